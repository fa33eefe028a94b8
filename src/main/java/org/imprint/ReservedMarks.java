package org.imprint;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The private-use characters U+E000 to U+E0FF, which the pipeline writes into a citation's text
 * as marks of its own while it formats it (a prefix's end, an escaped "@", the place of an
 * ordinal, "et al.", a guard between two brackets) and takes out again. Written by an author in
 * what the citation processor reads (a bibliography file, a citation's prefix, locator or
 * suffix), one was dropped or changed with exit status 0, so it is refused there. Everywhere
 * else (prose, code, headings, the front matter) such a character never meets the processor and
 * passes as written, as does the rest of the private-use area (MUFI's medieval letters among
 * them).
 */
public final class ReservedMarks {

    private static final char FIRST = '\uE000';
    private static final char LAST = '\uE0FF';

    private ReservedMarks() {
    }

    /** Whether {@code c} is one of the marks. */
    public static boolean isReserved(int c) {
        return c >= FIRST && c <= LAST;
    }

    /** Where the first mark in {@code text} stands; -1 when it holds none. */
    public static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isReserved(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Refuses the text if it holds a reserved mark.
     *
     * @param firstLine the line of {@code file} on which {@code text} starts
     * @throws ReportException naming the line, the column and the character
     */
    public static void refuse(Path file, String text, int firstLine) throws ReportException {
        CharacterAt mark = CharacterAt.first(text, firstLine, ReservedMarks::isReserved);
        if (mark != null) {
            throw new ReportException(file, mark.line(), message(mark.c(), "at column " + mark.column()));
        }
    }

    /**
     * What is wrong with mark {@code c} and the fix.
     *
     * @param where where it stands, e.g. "at column 12"
     */
    public static String message(char c, String where) {
        return "the private-use character U+" + String.format(Locale.ROOT, "%04X", (int) c) + " " + where
                + " is one of U+E000 to U+E0FF, which Imprint uses as marks of its own while it formats citations,"
                + " so it would be lost; write the character it stands for with its standard Unicode code point,"
                + " or one outside that range";
    }
}
