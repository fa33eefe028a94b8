package org.imprint.article;

import java.util.List;

/**
 * Where the characters of a YAML value stand in its file. A folded block ("key: >"), a literal
 * block ("key: |") or a quoted or plain text continued on further lines is one value whose
 * lines are not the file's: its first character is on the line after the key's, a folded block
 * joins lines, a blank line in it is one line break. A message about a character of such a value
 * names the line the character is written on, found in the file's own lines, not the key's.
 */
public final class ValueLines {

    private ValueLines() {
    }

    /**
     * The last line of the value whose key is on {@code keyLine}: the key's line, and the lines
     * after it that are blank or indented more than the key (the value's block or continuation),
     * without blank lines at its end.
     *
     * @param source  the file's lines
     * @param keyLine the key's line, 1-based
     * @return a 1-based line, {@code keyLine} itself when the value is on it alone
     */
    public static int lastLine(List<String> source, int keyLine) {
        if (keyLine < 1 || keyLine > source.size()) {
            return keyLine;
        }
        int indent = indent(source.get(keyLine - 1));
        int last = keyLine;
        for (int i = keyLine; i < source.size(); i++) {
            String line = source.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (indent(line) <= indent) {
                break;
            }
            last = i + 1;
        }
        return last;
    }

    /**
     * The line of the file holding the value's character at {@code index}: the line of the same
     * occurrence of that character (the third "‫" of the value is the third in its lines), or 0
     * when the file does not hold it as written (an escape such as "\u202B" in quotes).
     *
     * @param source    the file's lines
     * @param firstLine the value's first line, 1-based
     * @param column    where the value starts on its first line
     * @param lastLine  the value's last line, 1-based
     */
    public static int lineOf(List<String> source, int firstLine, int column, int lastLine, String value, int index) {
        int cp = value.codePointAt(index);
        int occurrence = 0;
        for (int i = 0; i < index; i += Character.charCount(value.codePointAt(i))) {
            if (value.codePointAt(i) == cp) {
                occurrence++;
            }
        }
        for (int line = Math.max(firstLine, 1); line <= Math.min(lastLine, source.size()); line++) {
            String text = source.get(line - 1);
            for (int i = line == firstLine ? Math.min(column, text.length()) : 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                if (text.codePointAt(i) == cp && occurrence-- == 0) {
                    return line;
                }
            }
        }
        return 0;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
