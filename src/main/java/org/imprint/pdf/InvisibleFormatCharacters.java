package org.imprint.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Unicode's default-ignorable characters that steer the text and show nothing themselves: the
 * joiners ZWJ and ZWNJ, the bidirectional marks, embeddings and isolates, the word joiner, the
 * variation selectors. The Noto faces give ZWJ, ZWNJ, LRM and RLM a visible glyph (a bar with
 * an x on top, for an editor's "show invisibles"), and the word joiner of Noto Serif is as wide
 * as a letter: a face that draws one prints what the author did not write (پاک‍ستان printed a bar
 * inside the word).
 *
 * <p>Not the soft hyphen (drawn as a hyphen where a line breaks at it, {@link DrawnHyphens}) nor
 * the Hangul fillers, which are letters of a syllable.
 */
final class InvisibleFormatCharacters {

    private InvisibleFormatCharacters() {
    }

    /** Whether the character is one that is never drawn, and never decides a font. */
    static boolean invisible(int cp) {
        return cp != 0x00AD && cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0
                && UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /**
     * Whether the character is invisible and steers the letters beside it, not the direction of
     * the text: a joiner, a variation selector, the grapheme joiner. The bidirectional controls
     * (LRM, RLM, ALM, embeddings, isolates) mark where a run of one direction starts and ends,
     * with the punctuation round them: they are left where the font fallback puts them.
     */
    static boolean steersLetters(int cp) {
        return invisible(cp) && !switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                 Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                 Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                 Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                 Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
            default -> cp == 0x200E || cp == 0x200F || cp == 0x061C;
        };
    }

    /**
     * The string as it is drawn: without its invisible characters, but for those a later step
     * still needs, beside what they steer: a joiner, variation selector or tag next to an emoji
     * (the emoji face's own are blank, and 👩‍💻 reads back whole) and a joiner next to a letter
     * {@link IndicShaping} shapes after layout (क्‍ष); and a ZWNJ beside an Arabic-script letter,
     * which is the word's spelling (می‌خواهیم: copied without it, the letters join) and which
     * the Naskh face shows no mark for. A ZWJ there has done all it does once the letters took their
     * forms ({@link ArabicShaper}): its glyph in that face is a bar with an x.
     */
    static String undrawn(String string) {
        if (string == null || string.codePoints().noneMatch(InvisibleFormatCharacters::invisible)) {
            return string;
        }
        int[] cps = string.codePoints().toArray();
        StringBuilder kept = new StringBuilder(string.length());
        for (int i = 0; i < cps.length; i++) {
            if (!invisible(cps[i]) || steersNeighbour(cps, i)) {
                kept.appendCodePoint(cps[i]);
            }
        }
        return kept.toString();
    }

    private static boolean steersNeighbour(int[] cps, int i) {
        int cp = cps[i];
        boolean joiner = cp == 0x200C || cp == 0x200D;
        // variation selectors and the tags of a subdivision's flag (🏴 and tag letters)
        boolean selector = cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0xE0020 && cp <= 0xE007F;
        if (!joiner && !selector) {
            return false;
        }
        for (int step : new int[] {-1, 1}) {
            int j = i + step;
            while (j >= 0 && j < cps.length && invisible(cps[j])) {
                j += step;
            }
            if (j >= 0 && j < cps.length && (emoji(cps[j]) || joiner && shapedLater(cps[j])
                    || cp == 0x200C && arabicLetter(cps[j]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean emoji(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
                || cp == 0x20E3;
    }

    /** An Arabic-script letter: the ZWNJ beside it is drawn in the Naskh face, which shows no mark for it. */
    private static boolean arabicLetter(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetter(cp);
    }

    private static boolean shapedLater(int cp) {
        return IndicShaping.SCRIPTS.contains(Character.UnicodeScript.of(cp));
    }
}
