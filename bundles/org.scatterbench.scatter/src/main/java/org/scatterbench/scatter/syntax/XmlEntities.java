package org.scatterbench.scatter.syntax;

/** The five predefined XML entities and numeric character references. */
public final class XmlEntities {

    private XmlEntities() {
    }

    public static String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int semi = c == '&' ? raw.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 12) {
                sb.append(c);
                i++;
                continue;
            }
            String name = raw.substring(i + 1, semi);
            String rep = resolve(name);
            if (rep == null) {
                sb.append(c);
                i++;
            } else {
                sb.append(rep);
                i = semi + 1;
            }
        }
        return sb.toString();
    }

    private static String resolve(String name) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                try {
                    int cp;
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        cp = Integer.parseInt(name.substring(2), 16);
                    } else if (name.startsWith("#")) {
                        cp = Integer.parseInt(name.substring(1));
                    } else {
                        return null;
                    }
                    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }

    public static String encode(String value, boolean attribute) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append(attribute ? "&quot;" : "\""); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
