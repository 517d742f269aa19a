package org.scatterbench.emulator.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A golden transcript (shared/corpus/transcripts/README.md): its transfer lines in order. */
public final class Transcript {

    /** One transfer. For abbreviated ones, {@code head} is the first 32 bytes and {@code tail} the last 16. */
    public record Line(int number, boolean toDevice, int count, byte[] head, byte[] tail, Long crc, String note) {

        public boolean abbreviated() {
            return tail != null || head == null;
        }

        /** The full bytes of a line that is not abbreviated. */
        public byte[] bytes() {
            if (abbreviated()) {
                throw new IllegalStateException("line " + number + " is abbreviated");
            }
            return head;
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^(H>D|D>H) (\\d+) (\\S+|<[^>]*>)(?: crc32=([0-9a-f]{8}))?(?: # (.*))?$");

    private Transcript() {
    }

    public static List<Line> read(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        int no = 0;
        for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            no++;
            if (s.startsWith("#") || s.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException(file + ":" + no + ": unparsable line " + s);
            }
            boolean toDevice = m.group(1).equals("H>D");
            int count = Integer.parseInt(m.group(2));
            String hex = m.group(3);
            Long crc = m.group(4) == null ? null : Long.parseLong(m.group(4), 16);
            String note = m.group(5) == null ? "" : m.group(5);
            byte[] head;
            byte[] tail = null;
            if (hex.startsWith("<")) {
                head = null;
            } else if (hex.contains("\u2026")) {
                String[] parts = hex.split("\u2026");
                head = HexFormat.of().parseHex(parts[0]);
                tail = HexFormat.of().parseHex(parts[1]);
            } else {
                head = HexFormat.of().parseHex(hex);
                if (head.length != count) {
                    throw new IllegalArgumentException(file + ":" + no + ": " + head.length + " bytes, count " + count);
                }
            }
            out.add(new Line(no, toDevice, count, head, tail, crc, note));
        }
        return out;
    }
}
