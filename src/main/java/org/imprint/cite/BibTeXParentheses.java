package org.imprint.cite;

/**
 * BibTeX's other delimiters: an entry may be written {@code @book(key, ...)} as well as
 * {@code @book{key, ...}}, and {@code @string(name = "...")} too, which BibTeX and Biber read
 * and jbibtex, the reader citeproc-java uses, refuses ("unexpected token book(key"). Each such
 * entry's parentheses become braces before the file is read: one character for another, so that
 * every line and column stays where the author wrote it.
 */
final class BibTeXParentheses {

    private BibTeXParentheses() {
    }

    /** The text with each top-level entry in parentheses written in braces; the text itself when there is none. */
    static String toBraces(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            if (out[i] != '@') {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < out.length && (Character.isLetterOrDigit(out[j]) || out[j] == '_' || out[j] == '-')) {
                j++;
            }
            while (j < out.length && Character.isWhitespace(out[j])) {
                j++;
            }
            if (j == i + 1 || j >= out.length || (out[j] != '(' && out[j] != '{')) {
                i = j > i + 1 ? j : i + 1;
                continue;
            }
            boolean comment = new String(out, i + 1, j - i - 1).strip().equalsIgnoreCase("comment");
            int end = comment && out[j] == '(' ? closeComment(out, j) : close(out, j);
            if (end < 0) {
                i = j + 1;   // never closed: left for the reader, which names the fault where it is
                continue;
            }
            if (out[j] == '(') {
                out[j] = '{';
                out[end] = '}';
            }
            i = end + 1;
        }
        return new String(out);
    }

    /**
     * Where a {@code @comment(...)} ends: its free text, as Biber reads it, with parentheses of
     * its own ("This file (exported) has notes"), which ended it at the first ")" and left the
     * rest to the reader, which refused it ("unexpected has"); -1 for none.
     */
    private static int closeComment(char[] text, int open) {
        int depth = 0;
        for (int k = open + 1; k < text.length; k++) {
            if (text[k] == '(') {
                depth++;
            } else if (text[k] == ')') {
                if (depth == 0) {
                    return k;
                }
                depth--;
            }
        }
        return -1;
    }

    /**
     * Where the entry opened at {@code open} ends: its matching brace, or for a parenthesis the
     * first ")" outside braces and quotes (a title's "(2nd ed.)" is inside braces); -1 for none.
     */
    private static int close(char[] text, int open) {
        int depth = 0;
        boolean quoted = false;
        boolean paren = text[open] == '(';
        for (int k = open + 1; k < text.length; k++) {
            char c = text[k];
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return paren ? -1 : k;
                }
                depth--;
            } else if (c == '"' && depth == 0 && paren) {
                quoted = !quoted;
            } else if (c == ')' && paren && depth == 0 && !quoted) {
                return k;
            }
        }
        return -1;
    }
}
