package org.imprint.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Finds the quotations and asides of a text: the quotation marks paired by the conventions of
 * the languages that use them („…“ and „…” German and Polish, “…” English, ”…“ Arabic and Urdu,
 * ”…” Hebrew and Swedish, «…» French, »…« Danish,
 * ‹…› and ›…‹, ‘…’ and ‚…‘) and the brackets Unicode pairs (UAX #9 BD16). A closing mark that
 * pairs with nothing, such as the ")" of a list marker "a)", is left alone, and so is an opener
 * that is never closed. A ” or ’ (or ") between two Hebrew letters is not a quotation mark but
 * gershayim or geresh, as word processors type them ("צה”ל", "צ’יפס"): it neither opens nor closes,
 * unless it opens a quotation after a one-letter prefix (ב”הארץ”).
 */
public final class QuotePairs {

    /** Each opening quotation mark and the marks that close it. */
    private static final Map<Integer, String> QUOTES = Map.of(
            0x201E, "\u201C\u201D", // „…“ „…”
            0x201C, "\u201D", // “…”
            // ”…“ Arabic and Urdu, ”…” Hebrew, Swedish and Finnish: a ” that closes nothing opens
            0x201D, "\u201C\u201D",
            0x00AB, "\u00BB", // «…»
            0x00BB, "\u00AB", // »…«
            0x2039, "\u203A", // ‹…›
            0x203A, "\u2039", // ›…‹
            0x201A, "\u2018\u2019", // ‚…‘
            0x2018, "\u2019", // ‘…’
            (int) '"', "\"");

    private QuotePairs() {
    }

    private record Open(int index, String closers) {
    }

    /**
     * A pair: the index of its opening mark and of its closing mark.
     *
     * @param open  the index of the opening mark
     * @param close the index of the closing mark
     */
    public record Pair(int open, int close) {
    }

    /** For each char of {@code text}, whether it lies inside a pair of quotation marks or brackets. */
    static boolean[] inside(String text) {
        boolean[] inside = new boolean[text.length()];
        for (Pair pair : pairs(text)) {
            for (int j = pair.open() + 1; j < pair.close(); j++) {
                inside[j] = true;
            }
        }
        return inside;
    }

    /** The pairs of quotation marks and brackets of {@code text}, each inner pair before the pair around it. */
    public static List<Pair> pairs(String text) {
        List<Pair> pairs = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isGershayim(text, i, cp) || wordFinalGeresh(text, i)) {
                i++;
                continue;
            }
            Open closed = null;
            for (Open candidate : open) { // from the innermost out
                if (candidate.closers().indexOf(cp) >= 0) {
                    closed = candidate;
                    break;
                }
            }
            if (closed != null) {
                // openers inside the pair that were never closed are not quotations
                while (open.pop() != closed) {
                    // discard
                }
                pairs.add(new Pair(closed.index(), i));
            } else if (QUOTES.containsKey(cp)) {
                open.push(new Open(i, QUOTES.get(cp)));
            } else if (UCharacter.getIntPropertyValue(cp, UProperty.BIDI_PAIRED_BRACKET_TYPE)
                    == UCharacter.BidiPairedBracketType.OPEN) {
                open.push(new Open(i, new String(Character.toChars(UCharacter.getBidiPairedBracket(cp)))));
            }
            i += Character.charCount(cp);
        }
        return pairs;
    }

    /**
     * Whether the mark {@code cp} at {@code i} stands between two Hebrew letters: a gershayim or
     * geresh, inside a word, unless it opens a quotation after a prefix ({@link #opensAfterPrefix}).
     */
    private static boolean isGershayim(String text, int i, int cp) {
        if (cp != '\u201D' && cp != '\u2019' && cp != '"' || i == 0 || i + 1 >= text.length()) {
            return false;
        }
        return hebrewLetter(text.codePointBefore(i)) && hebrewLetter(text.codePointAt(i + 1)) && !opensAfterPrefix(text, i);
    }

    /** The Hebrew letters a geresh ends a word after, for a sound Hebrew lacks (ג׳ורג׳, ז׳, צ׳, ת׳). */
    private static final String GERESH_LETTERS = "\u05D2\u05D6\u05E6\u05E5\u05EA";

    /**
     * Whether the ’ (or ') at {@code at} ends a Hebrew word as a geresh (ג’ורג’, סעיף א’) inside a
     * single quotation, rather than closing it: it follows one of {@link #GERESH_LETTERS} or a
     * word of one letter (a number, א’), and another closing mark follows it at once
     * (‘ג’ורג’’). Otherwise it closes the quotation: a mark any later in the text may be an
     * English possessive (the students') or a Hebrew abbreviation's geresh (עמ' 5, גב' כהן) as
     * well as a closing mark, and taking the author's closing mark for a geresh changed the text
     * of the body ('שבת' printed ‘שבת׳), where a geresh taken for the closing mark (‘הנשיא
     * ג’ורג’ בוש…’) only costs a running head cut in the quotation its closing mark.
     */
    public static boolean wordFinalGeresh(String text, int at) {
        char mark = text.charAt(at);
        if (mark != '\u2019' && mark != '\'' || at == 0 || !hebrewLetter(text.charAt(at - 1)) || at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        if (next != '\u2019' && next != '\'') {
            return false;
        }
        boolean oneLetter = at < 2 || !Character.isLetter(text.charAt(at - 2));
        return GERESH_LETTERS.indexOf(text.charAt(at - 1)) >= 0 || oneLetter;
    }

    /** Hebrew's one-letter prefixes (and, the, in, as, to, from, that), which join the word after them. */
    private static final String HEBREW_PREFIXES = "\u05D5\u05D4\u05D1\u05DB\u05DC\u05DE\u05E9";

    /**
     * Where the Hebrew prefixes written before the mark at {@code at} start (ב, וב, מה: one to three
     * of them, after no other letter); -1 when the letters before it are no prefixes.
     */
    public static int prefixStart(String text, int at) {
        int start = at;
        while (start > 0 && hebrewLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == at || at - start > 3 || start > 0 && Character.isLetter(text.charAt(start - 1))) {
            return -1;
        }
        for (int i = start; i < at; i++) {
            if (HEBREW_PREFIXES.indexOf(text.charAt(i)) < 0) {
                return -1;
            }
        }
        return start;
    }

    /**
     * Whether the " or ” at {@code at}, between two Hebrew letters, opens a quotation after a
     * prefix (כתב ב"הארץ" כי, ב”הארץ”) rather than being a gershayim: the letters before it are
     * prefixes only ({@link #prefixStart}), more than one letter follows it (צה"ל, ש"ח: a
     * gershayim stands before an abbreviation's last letter), and a mark that closes it (after no
     * space, before no letter) comes later in the paragraph. דו"חות keeps its gershayim: ד is no prefix.
     */
    public static boolean opensAfterPrefix(String text, int at) {
        char mark = text.charAt(at);
        if (mark != '"' && mark != '\u201D' || prefixStart(text, at) < 0) {
            return false;
        }
        int end = at + 1;
        while (end < text.length() && hebrewLetter(text.charAt(end))) {
            end++;
        }
        if (end - at - 1 < 2) {
            return false;
        }
        String closers = mark == '"' ? "\"" : "\u201C\u201D";
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2029' || c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return false;
            }
            if (closers.indexOf(c) >= 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hebrewLetter(int cp) {
        return UCharacter.isLetter(cp) && UScript.getScript(cp) == UScript.HEBREW;
    }
}
