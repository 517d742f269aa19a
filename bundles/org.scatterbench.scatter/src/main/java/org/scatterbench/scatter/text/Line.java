package org.scatterbench.scatter.text;

import java.util.ArrayList;
import java.util.List;

/** A physical line of text: its content and its own terminator (empty on an unterminated last line). */
record Line(int number, String content, String eol) {

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = 1;
        int len = text.length();
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int eolLen = c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n' ? 2 : 1;
                lines.add(new Line(n++, text.substring(start, i), text.substring(i, i + eolLen)));
                i += eolLen;
                start = i;
            } else {
                i++;
            }
        }
        if (start < len) {
            lines.add(new Line(n, text.substring(start), ""));
        }
        return lines;
    }

    boolean isBlank() {
        return content.isBlank();
    }

    /** A comment line: {@code #} is the first non-blank character. */
    boolean isComment() {
        return content.stripLeading().startsWith("#");
    }

    /** The content with leading and trailing whitespace removed. */
    String trimmed() {
        return content.strip();
    }
}
