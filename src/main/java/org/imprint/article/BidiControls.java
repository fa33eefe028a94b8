package org.imprint.article;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the bidirectional controls of a front-matter value that are not closed within it, or
 * close what the value did not open. A name, title or affiliation is set beside other text (a
 * byline, a running head, the PDF's metadata): a right-to-left override U+202E left open turns
 * the words after it around too, an isolate U+2066 left open takes them into it, and a stray
 * U+2069 ends the isolate the layout puts round the name early. Balanced controls are the
 * author's to use and pass as written.
 *
 * <p>Pairs follow the Unicode Bidirectional Algorithm: U+202A, U+202B, U+202D and U+202E are
 * closed by U+202C, U+2066, U+2067 and U+2068 by U+2069, which also closes the embeddings opened
 * inside its isolate.
 */
final class BidiControls {

    private BidiControls() {
    }

    /**
     * What is wrong with the value's controls and how to mend it ("U+202E RIGHT-TO-LEFT OVERRIDE
     * (character 3 of the value) that is never closed: ..."), or empty when they are balanced.
     */
    static Optional<Fault> problem(String text) {
        Deque<int[]> open = new ArrayDeque<>(); // {code point, character number, index}
        int n = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            n++;
            if (isEmbedding(cp) || isIsolate(cp)) {
                open.push(new int[] {cp, n, i});
            } else if (cp == 0x202C) {
                if (open.isEmpty() || !isEmbedding(open.peek()[0])) {
                    return Optional.of(new Fault(name(cp) + " (character " + n + " of the value) that closes no"
                            + " embedding or override opened before it; remove it", i));
                }
                open.pop();
            } else if (cp == 0x2069) {
                if (open.stream().noneMatch(o -> isIsolate(o[0]))) {
                    return Optional.of(new Fault(name(cp) + " (character " + n + " of the value) that closes no isolate"
                            + " opened before it: it would end the isolate set round the value early; remove it", i));
                }
                while (!isIsolate(open.pop()[0])) {
                    // the embeddings inside the isolate end with it
                }
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        int[] first = open.peekLast();
        String closing = isIsolate(first[0]) ? name(0x2069) : name(0x202C);
        return Optional.of(new Fault(name(first[0]) + " (character " + first[1] + " of the value) that is never closed:"
                + " it would carry on into the text set after the value; close it with " + closing
                + " where it should end, or remove it", first[2]));
    }

    /**
     * What is wrong, and the index in the value of the control it is about.
     *
     * @param message what is wrong and how to mend it
     * @param index   the control's index in the value
     */
    record Fault(String message, int index) {
    }

    private static boolean isEmbedding(int cp) {
        return cp == 0x202A || cp == 0x202B || cp == 0x202D || cp == 0x202E;
    }

    private static boolean isIsolate(int cp) {
        return cp >= 0x2066 && cp <= 0x2068;
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE" */
    private static String name(int cp) {
        return String.format(Locale.ROOT, "U+%04X %s", cp, Character.getName(cp));
    }
}
