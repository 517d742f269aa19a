package org.scatterbench.flash.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scatterbench.flash.report.Sha256;

/**
 * {@code SHA256SUMS} of a backup folder, in the format {@code sha256sum -c} checks: one
 * {@code <64 hex>  <file name>} line per file.
 */
public final class BackupManifest {

    public static final String FILE = "SHA256SUMS";
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](\\S.*)");

    private final Map<String, String> hashes;

    public BackupManifest(Map<String, String> hashes) {
        this.hashes = new LinkedHashMap<>(hashes);
    }

    /** File name to SHA-256 hex, in file order. */
    public Map<String, String> hashes() {
        return java.util.Collections.unmodifiableMap(hashes);
    }

    public void write(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder();
        hashes.forEach((f, h) -> sb.append(h).append("  ").append(f).append('\n'));
        Files.writeString(folder.resolve(FILE), sb.toString(), StandardCharsets.US_ASCII);
    }

    /**
     * Reads the folder's manifest.
     *
     * @throws BackupException naming the file and line of anything that is not a manifest line
     */
    public static BackupManifest read(Path folder) throws BackupException {
        Path f = folder.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new BackupException(f + ": cannot read the manifest (" + e.getMessage() + "); is " + folder
                    + " a Scatterbench backup?");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            Matcher x = LINE.matcher(l);
            if (!x.matches()) {
                throw new BackupException(f + " line " + (i + 1) + ": not '<sha256>  <file>'");
            }
            m.put(x.group(2), x.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return new BackupManifest(m);
    }

    /** SHA-256 hex of a file, streamed. */
    public static String hashFile(Path file) throws IOException {
        MessageDigest md = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return Sha256.hex(md.digest());
    }
}
