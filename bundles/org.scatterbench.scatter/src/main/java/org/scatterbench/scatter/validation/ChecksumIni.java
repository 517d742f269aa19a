package org.scatterbench.scatter.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Checksum.ini} that MediaTek ROMs ship: a {@code [CheckSum]} section of
 * {@code name=0xHHHH} lines (a 16-bit sum of the image's bytes, as the ROM tools' documentation
 * describes it) and, in newer packs, 32-hex-digit MD5 values. The byte-sum reading is not
 * confirmed by a specification, so callers report its mismatches as warnings; MD5 is exact.
 */
public final class ChecksumIni {

    /** One expected checksum: {@code md5} true for a 128-bit MD5, false for the 16-bit byte sum. */
    public record Expected(String key, String value, boolean md5, int line) {
    }

    private final Map<String, Expected> entries;

    private ChecksumIni(Map<String, Expected> entries) {
        this.entries = entries;
    }

    /** Finds {@code Checksum.ini} in any letter case directly inside {@code rom}, or returns null. */
    public static Path find(Path rom) throws IOException {
        try (var s = Files.list(rom)) {
            return s.filter(p -> p.getFileName().toString().equalsIgnoreCase("checksum.ini"))
                    .filter(Files::isRegularFile).findFirst().orElse(null);
        }
    }

    /** Reads the keys of checksum sections; unparseable lines are skipped (the file is advisory). */
    public static ChecksumIni parse(String text) {
        Map<String, Expected> map = new LinkedHashMap<>();
        String section = "";
        int lineNo = 0;
        for (String raw : text.split("\r\n|\r|\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            int eq = line.indexOf('=');
            if (!section.startsWith("checksum") || eq <= 0 || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            String hex = value.startsWith("0x") || value.startsWith("0X") ? value.substring(2) : value;
            if (!hex.matches("[0-9A-Fa-f]{1,8}|[0-9A-Fa-f]{32}")) {
                continue;
            }
            map.putIfAbsent(key, new Expected(key, hex.toLowerCase(Locale.ROOT), hex.length() == 32, lineNo));
        }
        return new ChecksumIni(map);
    }

    /** The expectation for a partition, looked up by partition name, then by image file name. */
    public Expected lookup(String partitionName, String fileName) {
        Expected e = entries.get(partitionName.toLowerCase(Locale.ROOT));
        if (e == null && fileName != null) {
            e = entries.get(fileName.toLowerCase(Locale.ROOT));
        }
        return e;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The value of {@code file} in the form {@code e} states, lower-case hex. */
    public static String compute(Path file, Expected e) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            if (e.md5()) {
                MessageDigest md = md5();
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
                StringBuilder sb = new StringBuilder();
                for (byte b : md.digest()) {
                    sb.append(String.format("%02x", b & 0xFF));
                }
                return sb.toString();
            }
            long sum = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    sum += buf[i] & 0xFF;
                }
            }
            return Long.toHexString(sum & 0xFFFF);
        }
    }

    /** Compares ignoring leading zeros ({@code 0x0BCD} equals {@code bcd}). */
    public static boolean sameValue(String expected, String actual) {
        return stripZeros(expected).equals(stripZeros(actual));
    }

    private static String stripZeros(String s) {
        String t = s.replaceFirst("^0+", "");
        return t.isEmpty() ? "0" : t;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has MD5", ex);
        }
    }

    static String readText(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    }
}
