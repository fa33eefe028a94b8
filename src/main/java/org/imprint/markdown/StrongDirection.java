package org.imprint.markdown;

/**
 * The strong direction of a letter and of a text's first strong letter, as the Unicode
 * bidirectional algorithm reads them (classes L, R and AL; rule P2 for a text): 1 right to left,
 * -1 left to right, 0 for a character or text without one. One rule for every part of the
 * pipeline that decides a direction by letters (a paragraph's {@code dir}, an isolate in a
 * citation, a quotation kept whole in a running head).
 */
public final class StrongDirection {

    private StrongDirection() {
    }

    /** A character's strong direction: 1 right to left, -1 left to right, 0 neither. */
    public static int of(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> 1;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> -1;
            default -> 0;
        };
    }

    /** The direction of the first strong letter of {@code text}: 1 right to left, -1 left to right, 0 none. */
    public static int first(CharSequence text) {
        return first(text, 0, text.length());
    }

    /** The direction of the first strong letter of {@code text} in [from, to): 1 right to left, -1 left to right, 0 none. */
    public static int first(CharSequence text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(text, i);
            int strong = of(cp);
            if (strong != 0) {
                return strong;
            }
            i += Character.charCount(cp);
        }
        return 0;
    }
}
