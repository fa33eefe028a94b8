package org.imprint.markdown;

import com.ibm.icu.text.Bidi;

/**
 * The direction each quotation mark of a paragraph is set in once the paragraph is laid out, for
 * {@link SmartPunctuation}: a curly mark has no mirrored glyph, so the mark that keeps the picture
 * depends on it (English “ ” left to right, Urdu ” “ right to left). That is the direction of
 * the text the mark sits in, not the paragraph's: in an Urdu paragraph the marks around an English
 * quotation are set right to left, but those of a quotation inside it ('A Turning Point') left to
 * right, among its English words. Found as every edition finds it: the paragraph's direction as
 * {@link ParagraphDirections} marks it, the quotations it sets apart with isolates, then the
 * Unicode bidirectional algorithm (ICU4J, as the PDF engine and browsers run it).
 */
final class MarkDirections {

    private MarkDirections() {
    }

    /**
     * Whether the character at each of {@code positions} is set right to left.
     *
     * @param text        the paragraph's text, its quotation marks as they will stand (either picture)
     * @param inheritedRtl the direction of a paragraph without letters (the article's, or its block's)
     * @param positions   indexes into {@code text}
     */
    static boolean[] rightToLeft(String text, boolean inheritedRtl, int[] positions) {
        int strong = ParagraphDirections.direction(text, inheritedRtl);
        boolean paragraphRtl = strong == 0 ? inheritedRtl : strong > 0;
        // the text with the isolates ParagraphDirections writes into the markup, and where each char went
        StringBuilder isolated = new StringBuilder(text.length() + 8);
        int[] at = new int[text.length()];
        int next = 0;
        for (ParagraphDirections.Isolate isolate : ParagraphDirections.isolates(text, paragraphRtl)) {
            next = copy(text, next, isolate.start(), isolated, at);
            isolated.append(paragraphRtl ? '\u2066' : '\u2067');
            next = copy(text, next, isolate.end(), isolated, at);
            isolated.append('\u2069');
        }
        copy(text, next, text.length(), isolated, at);
        Bidi bidi = new Bidi();
        bidi.setPara(isolated.toString(), paragraphRtl ? Bidi.RTL : Bidi.LTR, null);
        boolean[] rtl = new boolean[positions.length];
        for (int i = 0; i < positions.length; i++) {
            rtl[i] = (bidi.getLevelAt(at[positions[i]]) & 1) == 1;
        }
        return rtl;
    }

    private static int copy(String text, int from, int to, StringBuilder out, int[] at) {
        for (int i = from; i < to; i++) {
            at[i] = out.length();
            out.append(text.charAt(i));
        }
        return to;
    }
}
