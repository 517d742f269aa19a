package org.scatterbench.scatter.text;

/**
 * The pieces of a YAML-like {@code [indent][- ]key: value [# comment]} line. Every character of
 * the line is in exactly one piece, so writing the pieces back gives the line.
 */
record KeyValueLine(String lead, String key, String separator, String value, String trailing) {

    /** Returns null when the line is not a key-value line. */
    static KeyValueLine parse(String content) {
        int i = 0;
        int len = content.length();
        while (i < len && isBlank(content.charAt(i))) {
            i++;
        }
        if (i < len && content.charAt(i) == '-' && (i + 1 == len || isBlank(content.charAt(i + 1)))) {
            i++;
            while (i < len && isBlank(content.charAt(i))) {
                i++;
            }
        }
        int keyStart = i;
        while (i < len && isKeyChar(content.charAt(i))) {
            i++;
        }
        if (i == keyStart || i >= len || content.charAt(i) != ':') {
            return null;
        }
        int keyEnd = i;
        i++;
        if (i < len && !isBlank(content.charAt(i)) && content.charAt(i) != '#') {
            return null; // "key:value" without a blank is not YAML; it is unlikely to be meant as a field
        }
        while (i < len && isBlank(content.charAt(i))) {
            i++;
        }
        int valueStart = i;
        int commentAt = commentStart(content, valueStart);
        int valueEnd = commentAt;
        while (valueEnd > valueStart && isBlank(content.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        return new KeyValueLine(content.substring(0, keyStart), content.substring(keyStart, keyEnd),
                content.substring(keyEnd, valueStart), content.substring(valueStart, valueEnd),
                content.substring(valueEnd));
    }

    /** Index of a {@code #} that starts a comment (at the value start or after a blank), else the length. */
    private static int commentStart(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '#' && (i == from || isBlank(s.charAt(i - 1)))) {
                return i;
            }
        }
        return s.length();
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.';
    }
}
