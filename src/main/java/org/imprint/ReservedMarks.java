package org.imprint;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The private-use characters U+E000 to U+E0FF, which the pipeline writes into text as marks of
 * its own while it formats citations (a prefix's end, an escaped "@", the place of an ordinal,
 * "et al.", a guard between two brackets) and takes out again. Written by an author, one was
 * dropped or changed ("@") with exit status 0, so an input holding one is refused. The rest of
 * the private-use area (MUFI's medieval letters among them) passes as written.
 */
public final class ReservedMarks {

    private static final char FIRST = '\uE000';
    private static final char LAST = '\uE0FF';

    private ReservedMarks() {
    }

    /**
     * Refuses the text if it holds a reserved mark.
     *
     * @param firstLine the line of {@code file} on which {@code text} starts
     * @throws ReportException naming the line, the column and the character
     */
    public static void refuse(Path file, String text, int firstLine) throws ReportException {
        CharacterAt mark = CharacterAt.first(text, firstLine, c -> c >= FIRST && c <= LAST);
        if (mark != null) {
            throw new ReportException(file, mark.line(), "the private-use character U+" + String.format(Locale.ROOT, "%04X", (int) mark.c())
                    + " at column " + mark.column() + " is one of U+E000 to U+E0FF, which Imprint uses as marks of its"
                    + " own while it formats citations, so it would be lost; write the character it stands for with its"
                    + " standard Unicode code point, or one outside that range");
        }
    }
}
