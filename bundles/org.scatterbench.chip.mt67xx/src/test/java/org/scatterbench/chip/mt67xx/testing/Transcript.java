package org.scatterbench.chip.mt67xx.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A golden transcript (corpus/transcripts/README.md): units in order, abbreviated ones with length + CRC only. */
public final class Transcript {

    /** One transfer. {@code bytes} is null when the transcript abbreviates it. */
    public record Unit(boolean hostToDevice, int length, byte[] bytes, long crc, String annotation, int line) {
    }

    private Transcript() {
    }

    public static List<Unit> read(Path file) throws IOException {
        List<Unit> units = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int hash = line.indexOf(" # ");
            String annotation = hash < 0 ? "" : line.substring(hash + 3);
            String[] f = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
            boolean h2d = f[0].equals("H>D");
            int len = Integer.parseInt(f[1]);
            byte[] bytes = null;
            long crc = -1;
            if (!f[2].contains("…") && !f[2].startsWith("<")) {
                bytes = HexFormat.of().parseHex(f[2]);
            }
            for (String x : f) {
                if (x.startsWith("crc32=")) {
                    crc = Long.parseLong(x.substring(6), 16);
                }
            }
            units.add(new Unit(h2d, len, bytes, crc, annotation, n));
        }
        return units;
    }
}
