package org.imprint.markdown;

import java.util.List;

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
 *
 * <p>The same rule faces the marks of text the body's punctuation never sees ({@link #faced}): a
 * citation style's quotation marks round a title, which come from its locale and were set in
 * the picture of the locale's direction whatever text they stood in.
 */
public final class MarkDirections {

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
        int[] placed = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            placed[i] = at[positions[i]];
        }
        return levels(isolated.toString(), paragraphRtl, placed);
    }

    /**
     * The text with each pair of curly quotation marks (“ ”, ‘ ’, either way round) turned to
     * the picture of the direction each mark is set in, as {@link SmartPunctuation} turns the
     * body's: “ opens and ” closes left to right, ” opens and “ closes right to left (the marks
     * have no mirrored glyphs), so an Urdu title's quotation reads ”…“ in an Urdu line and “…”
     * in an English one. A ’ between two letters is an apostrophe, never a mark of a pair, and
     * other marks (« », „ “, Hebrew's ” ”) are left as they are.
     *
     * @param text        the text as it is set, with the directional isolates it holds
     * @param rightToLeft the direction of the paragraph it is set in
     */
    public static String faced(String text, boolean rightToLeft) {
        char[] chars = text.toCharArray();
        // apostrophes ("Pakistan’s") would pair with a ‘ before them: paired as letters
        char[] pairing = chars.clone();
        for (int i = 1; i + 1 < pairing.length; i++) {
            if (pairing[i] == '\u2019' && Character.isLetter(pairing[i - 1]) && Character.isLetter(pairing[i + 1])) {
                pairing[i] = 'x';
            }
        }
        List<QuotePairs.Pair> pairs = QuotePairs.pairs(new String(pairing)).stream()
                .filter(pair -> curlyPair(chars[pair.open()], chars[pair.close()])).toList();
        if (pairs.isEmpty()) {
            return text;
        }
        int[] positions = new int[2 * pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            positions[2 * k] = pairs.get(k).open();
            positions[2 * k + 1] = pairs.get(k).close();
        }
        boolean[] rtl = levels(text, rightToLeft, positions);
        for (int k = 0; k < pairs.size(); k++) {
            boolean single = chars[pairs.get(k).open()] == '\u2018' || chars[pairs.get(k).open()] == '\u2019';
            char leftToRightOpen = single ? '\u2018' : '\u201C';
            char leftToRightClose = single ? '\u2019' : '\u201D';
            chars[positions[2 * k]] = rtl[2 * k] ? leftToRightClose : leftToRightOpen;
            chars[positions[2 * k + 1]] = rtl[2 * k + 1] ? leftToRightOpen : leftToRightClose;
        }
        return new String(chars);
    }

    /** Whether two marks are “ and ”, or ‘ and ’, in either order. */
    private static boolean curlyPair(char open, char close) {
        return open == '\u201C' && close == '\u201D' || open == '\u201D' && close == '\u201C'
                || open == '\u2018' && close == '\u2019' || open == '\u2019' && close == '\u2018';
    }

    /** Whether the char at each of {@code positions} of a paragraph's text (its isolates in it) is set right to left. */
    private static boolean[] levels(String text, boolean paragraphRtl, int[] positions) {
        Bidi bidi = new Bidi();
        bidi.setPara(text, paragraphRtl ? Bidi.RTL : Bidi.LTR, null);
        boolean[] rtl = new boolean[positions.length];
        for (int i = 0; i < positions.length; i++) {
            rtl[i] = (bidi.getLevelAt(positions[i]) & 1) == 1;
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
