package org.imprint;

import java.util.function.IntPredicate;

/**
 * A character of an input text and where it stands, for a message that names its line and
 * column: the characters an input may not hold are invisible or look like others in an editor.
 *
 * @param c      the character
 * @param line   its 1-based line in the file
 * @param column its 1-based column on that line
 */
public record CharacterAt(char c, int line, int column) {

    /**
     * The first character of {@code text} that {@code refused} holds for; null when none does.
     *
     * @param firstLine the line of the file on which {@code text} starts
     */
    public static CharacterAt first(String text, int firstLine, IntPredicate refused) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (refused.test(c)) {
                return new CharacterAt(c, line, i - lineStart + 1);
            }
        }
        return null;
    }
}
