package org.imprint.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.imprint.markdown.QuotePairs;
import org.imprint.markdown.StrongDirection;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * A text shortened at a word: the longest beginning of at most so many columns that ends where
 * a line may break, then an ellipsis. ICU's line breaks find the words of Thai, Lao, Khmer and
 * Burmese, written without spaces, in its dictionaries: cut at the last space, a Thai title of 166
 * characters was cut mid-word ("…ความเห็…"). A quotation or a directional isolate the cut falls
 * in is closed after the ellipsis ("“Peace now and forever in the…”"): left open, the running
 * head lost the quotation's closing mark, and an isolate ran on to the end of the line. A column
 * is the width of a Latin letter: a wide or fullwidth character (Chinese, Japanese, Korean, by
 * Unicode's East Asian Width) takes two, as it is set about twice as wide; counted as one, a
 * Chinese title of 150 characters ran to four lines in a head meant for two. A letter with its
 * combining marks is one column ({@link #charsWithin}).
 */
final class WordCut {

    private static final String ELLIPSIS = "\u2026";
    private static final char PDI = '\u2069';
    private static final char NO_BREAK_SPACE = '\u00A0';
    /**
     * How many lines a head of {@code max} columns is set on: a quotation of the other direction
     * as wide as one of them is kept whole.
     */
    private static final int LINES = 2;

    private WordCut() {
    }

    /** Something opened before the cut and closed after it: where it opens, and what closes it. */
    private record Open(int at, String closer) {
    }

    /**
     * {@code text} itself when it is at most {@code max} columns wide; else its beginning up to
     * the last line-break opportunity within {@code max} columns (at the last grapheme boundary
     * when a single word is longer), without the spaces before it, an ellipsis and the closing
     * marks of the quotations and isolates still open there, innermost first.
     */
    static String cut(String text, int max, Locale locale) {
        return keepOtherDirectionWhole(shorten(text, max, locale), max / LINES, locale);
    }

    private static String shorten(String text, int max, Locale locale) {
        int fits = charsWithin(text, max, locale);
        if (fits >= text.length()) {
            return text;
        }
        BreakIterator lines = BreakIterator.getLineInstance(ULocale.forLocale(locale));
        lines.setText(text);
        int end = lines.preceding(fits + 1);
        if (end <= 0) {
            BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.forLocale(locale));
            graphemes.setText(text);
            end = Math.max(graphemes.preceding(fits + 1), 0);
        }
        String kept = text.substring(0, end).stripTrailing();
        StringBuilder result = new StringBuilder(kept).append(ELLIPSIS);
        for (Open open : stillOpen(text, kept.length())) {
            result.append(open.closer());
        }
        return result.toString();
    }

    /**
     * {@code text}, cut as {@link #cut} does, as HTML: each quotation kept whole in a span of class
     * {@code whole}, which the brand's print style sheet sets without wrapping. The no-break spaces
     * alone do not hold it: the layout sets the digits inside an Urdu quotation as runs of their own
     * and breaks a line between two runs without asking the line breaker ("امن 1999–" / "2024 اور").
     */
    static String cutMarkup(String text, int max, Locale locale) {
        String cut = cut(text, max, locale);
        StringBuilder html = new StringBuilder();
        int from = 0;
        for (QuotePairs.Pair pair : wholeQuotations(cut, max / LINES, locale)) {
            char mark = cut.charAt(pair.open());
            // not one opened low: QuotationGlue's move of „ inside the run does not reach into the span
            if (pair.open() < from || mark == '\u201E' || mark == '\u201A') {
                continue;
            }
            html.append(escape(cut.substring(from, pair.open()))).append("<span class=\"whole\">")
                    .append(escape(cut.substring(pair.open(), pair.close() + 1))).append("</span>");
            from = pair.close() + 1;
        }
        return html.append(escape(cut.substring(from))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The short quotations of the other direction {@link #keepOtherDirectionWhole} keeps whole, in text order. */
    private static List<QuotePairs.Pair> wholeQuotations(String text, int line, Locale locale) {
        List<QuotePairs.Pair> whole = new ArrayList<>();
        // only in a left-to-right head: a left-to-right quotation kept whole in an Urdu head has its
        // marks read traded from the PDF ("”Peace now and forever in the…“", RunningHeadCutPdfTest)
        if (StrongDirection.first(text) != -1) {
            return whole;
        }
        for (QuotePairs.Pair pair : QuotePairs.pairs(text)) {
            // a low mark („ ‚) opens one too: QuotationGlue moves it inside the quotation's run with its
            // closing mark, as it does “ and ”, so the whole goes to the next line as one piece
            if (StrongDirection.first(text, pair.open() + 1, pair.close()) == 1
                    && columns(text.substring(pair.open(), pair.close() + 1), locale) <= line) {
                whole.add(pair);
            }
        }
        whole.sort(Comparator.comparingInt(QuotePairs.Pair::open));
        return whole;
    }

    /**
     * The text with the spaces of each short quotation (or bracketed aside) of the other direction
     * made no-break spaces. The layout sets such a quotation apart in a run of its own direction,
     * and the engine breaks a line between two runs without asking the line breaker: a head that
     * wrapped ended its first line with the quotation ("… their “امن و امان") and started the
     * second with its closing mark alone ("” doctrine …"), or ended the first with the opening
     * mark. Kept whole, the quotation takes its marks inside its run and moves to the next line as
     * one piece. One wider than a line of the head, {@code line} columns with its marks, keeps
     * its spaces, as it cannot fit one (one of 40 chars and more, the limit until fix19af, wrapped
     * inside the quotation in a head that had room for it on the next line). The marks stay
     * where they are written, outside the quotation's run, so the text reads them in order.
     */
    static String keepOtherDirectionWhole(String text, int line, Locale locale) {
        StringBuilder out = new StringBuilder(text);
        for (QuotePairs.Pair pair : wholeQuotations(text, line, locale)) {
            for (int i = pair.open() + 1; i < pair.close(); i++) {
                if (out.charAt(i) == ' ' && !betweenNumbers(text, i)) {
                    out.setCharAt(i, NO_BREAK_SPACE);
                }
            }
        }
        return out.toString();
    }

    /**
     * Whether the space at {@code at} stands between two digits. The bidi algorithm reads a no-break
     * space as a number separator, not a space: "امن 1999 2024" glued would make "1999 2024" one
     * number, set left to right, where the cover sets the two years right to left ("2024 1999").
     */
    private static boolean betweenNumbers(String text, int at) {
        return at > 0 && at + 1 < text.length() && isNumber(text.codePointBefore(at)) && isNumber(text.codePointAt(at + 1));
    }

    private static boolean isNumber(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_EUROPEAN_NUMBER || d == Character.DIRECTIONALITY_ARABIC_NUMBER;
    }

    /**
     * How many chars of {@code text}, from its start, are at most {@code max} columns wide. A
     * column is a letter with its combining marks (Hebrew niqqud, Arabic harakat, Indic vowel
     * signs and viramas), two for a wide one, or a grapheme cluster without letters (an emoji
     * sequence): counted by code points, a pointed Hebrew title of 100 letters and 164 code points
     * was cut after 90, its second line holding one word. A cluster of several letters (an Indic
     * conjunct, क्ष, is two letters joined by a virama) counts each: as one column, a Hindi title of
     * 181 letters in 142 clusters was not cut and ran to three lines.
     */
    private static int charsWithin(String text, int max, Locale locale) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.forLocale(locale));
        graphemes.setText(text);
        int columns = 0;
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            columns += columns(text, start, end);
            if (columns > max) {
                return start;
            }
        }
        return text.length();
    }

    /** How many columns {@code text} is wide, counted as {@link #charsWithin} counts them. */
    static int columns(String text, Locale locale) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.forLocale(locale));
        graphemes.setText(text);
        int columns = 0;
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            columns += columns(text, start, end);
        }
        return columns;
    }

    /**
     * The columns of the grapheme cluster {@code [start, end)}: an emoji drawn as a picture (a
     * family joined by ZWJ, 👨‍👩‍👧, a flag of two regional indicators, 🇵🇰) is one wide cluster, as
     * Chinese is; a flag, whose indicators are of neutral width to Unicode, was one column.
     */
    private static int columns(String text, int start, int end) {
        int first = text.codePointAt(start);
        int width = UCharacter.getIntPropertyValue(first, UProperty.EAST_ASIAN_WIDTH);
        boolean picture = UCharacter.hasBinaryProperty(first, UProperty.EMOJI_PRESENTATION)
                || UCharacter.hasBinaryProperty(first, UProperty.REGIONAL_INDICATOR)
                || text.substring(start, end).indexOf('\uFE0F') >= 0 && UCharacter.hasBinaryProperty(first, UProperty.EMOJI);
        if (picture) {
            return 2;
        }
        int letters = (int) text.substring(start, end).codePoints().filter(Character::isLetter).count();
        return (width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1)
                * Math.max(letters, 1);
    }

    /** The quotations and isolates of {@code text} opened before {@code end} and not closed before it, innermost first. */
    private static List<Open> stillOpen(String text, int end) {
        List<Open> open = new ArrayList<>();
        for (QuotePairs.Pair pair : QuotePairs.pairs(text)) {
            if (pair.open() < end && pair.close() >= end) {
                open.add(new Open(pair.open(), String.valueOf(text.charAt(pair.close()))));
            }
        }
        List<Integer> isolates = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '\u2066' && c <= '\u2068') {
                isolates.add(i);
            } else if (c == PDI && !isolates.isEmpty()) {
                isolates.remove(isolates.size() - 1);
            }
        }
        isolates.forEach(at -> open.add(new Open(at, String.valueOf(PDI))));
        open.sort(Comparator.comparingInt(Open::at).reversed());
        return open;
    }
}
