package org.scatterbench.scatter.syntax;

/**
 * How a value is spelled in the file: plain text, a YAML-style quoted scalar, XML character data
 * or an XML attribute. Reading decodes, an edit encodes, so a caller only ever sees the value.
 */
public enum ValueCodec {
    PLAIN, XML_TEXT, XML_ATTRIBUTE;

    public String decode(String raw) {
        switch (this) {
            case PLAIN:
                if (raw.length() >= 2 && (raw.startsWith("\"") && raw.endsWith("\"")
                        || raw.startsWith("'") && raw.endsWith("'"))) {
                    return raw.substring(1, raw.length() - 1);
                }
                return raw;
            default:
                return XmlEntities.decode(raw.strip());
        }
    }

    /** Encodes {@code value} in the spelling of {@code previousRaw} (keeps quotes, XML padding). */
    public String encode(String value, String previousRaw) {
        switch (this) {
            case PLAIN:
                if (previousRaw.length() >= 2 && previousRaw.charAt(0) == previousRaw.charAt(previousRaw.length() - 1)
                        && (previousRaw.charAt(0) == '"' || previousRaw.charAt(0) == '\'')) {
                    return previousRaw.charAt(0) + value + previousRaw.charAt(0);
                }
                return value;
            case XML_TEXT:
                return XmlEntities.encode(value, false);
            default:
                return XmlEntities.encode(value, true);
        }
    }

    /** Characters a value can never hold in this spelling, or null when all are fine. */
    public String rejects(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r') {
                return "a line break";
            }
            if (c < 0x20 && c != '\t') {
                return "a control character";
            }
        }
        if (this == PLAIN && value.contains(" #")) {
            return "' #' (it would start a comment)";
        }
        return null;
    }
}
