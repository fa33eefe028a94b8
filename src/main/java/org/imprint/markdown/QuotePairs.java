package org.imprint.markdown;

import java.util.ArrayList;
import java.util.HashMap;
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
 * gershayim or geresh, as word processors type them ("צה”ל", "צ’יפס", pointed "רַשִׁ”י" too): it
 * neither opens nor closes, unless it opens a quotation after a one-letter prefix (ב”הארץ”).
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
        // each pair's inside counted once at its ends, then summed along the text: marking every
        // char of every pair walked a paragraph's nested asides once for each pair around them
        int[] depthChange = new int[text.length() + 1];
        for (Pair pair : pairs(text)) {
            depthChange[pair.open() + 1]++;
            depthChange[pair.close()]--;
        }
        boolean[] inside = new boolean[text.length()];
        int depth = 0;
        for (int j = 0; j < text.length(); j++) {
            depth += depthChange[j];
            inside[j] = depth > 0;
        }
        return inside;
    }

    /** The pairs of quotation marks and brackets of {@code text}, each inner pair before the pair around it. */
    public static List<Pair> pairs(String text) {
        List<Pair> pairs = new ArrayList<>();
        List<Open> open = new ArrayList<>(); // the innermost last
        // how many open marks each closing mark would close: a mark that closes none is passed
        // over at once, not looked for through every opener left open (a long paragraph of
        // unclosed brackets walked them all at each character)
        Map<Integer, Integer> awaited = new HashMap<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isGershayim(text, i, cp) || wordFinalGeresh(text, i)) {
                i++;
                continue;
            }
            int closed = !open.isEmpty() && awaited.getOrDefault(cp, 0) > 0 ? innermostClosedBy(open, cp) : -1;
            if (closed >= 0) {
                Open pair = open.get(closed);
                // openers inside the pair that were never closed are not quotations: every mark
                // looked past is dropped, so the look costs no more than the drop
                while (open.size() > closed) {
                    await(awaited, open.remove(open.size() - 1), -1);
                }
                pairs.add(new Pair(pair.index(), i));
            } else if (QUOTES.containsKey(cp)) {
                push(open, awaited, new Open(i, QUOTES.get(cp)));
            } else if (cp == '\u2019' && opensAfterPrefix(text, i)) {
                // ל’שבת‘ as set in a left-to-right paragraph, ל’שבת’ as typed: a ’ opens only here
                push(open, awaited, new Open(i, "\u2018\u2019"));
            } else if (UCharacter.getIntPropertyValue(cp, UProperty.BIDI_PAIRED_BRACKET_TYPE)
                    == UCharacter.BidiPairedBracketType.OPEN) {
                push(open, awaited, new Open(i, new String(Character.toChars(UCharacter.getBidiPairedBracket(cp)))));
            }
            i += Character.charCount(cp);
        }
        return pairs;
    }

    /** Where in {@code open} the innermost mark that {@code cp} closes stands; -1 when none. */
    private static int innermostClosedBy(List<Open> open, int cp) {
        for (int k = open.size() - 1; k >= 0; k--) {
            if (open.get(k).closers().indexOf(cp) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static void push(List<Open> open, Map<Integer, Integer> awaited, Open mark) {
        open.add(mark);
        await(awaited, mark, 1);
    }

    /** Counts the marks that close {@code mark} as awaited once more ({@code by} 1) or once less (-1). */
    private static void await(Map<Integer, Integer> awaited, Open mark, int by) {
        for (int k = 0; k < mark.closers().length(); k++) {
            awaited.merge((int) mark.closers().charAt(k), by, Integer::sum);
        }
    }

    /**
     * Whether the mark at {@code i} is a gershayim or geresh between two Hebrew letters (צה"ל),
     * not a quotation mark.
     */
    public static boolean isGershayim(String text, int i) {
        return isGershayim(text, i, text.charAt(i));
    }

    /**
     * Whether the mark {@code cp} at {@code i} stands between two Hebrew letters (the one before
     * it with its points, רַשִׁ"י): a gershayim or geresh, inside a word, unless it opens a
     * quotation after a prefix ({@link #opensAfterPrefix}).
     */
    private static boolean isGershayim(String text, int i, int cp) {
        if (cp != '\u201D' && cp != '\u2019' && cp != '"' || i == 0 || i + 1 >= text.length()) {
            return false;
        }
        return hebrewLetter(letterBefore(text, i)) && hebrewLetter(text.codePointAt(i + 1)) && !opensAfterPrefix(text, i);
    }

    /** The letter before {@code at}, through the combining marks written after it (niqqud, harakat); 0 at the start. */
    static char letterBefore(String text, int at) {
        int j = at - 1;
        while (j >= 0 && mark(text.charAt(j))) {
            j--;
        }
        return j < 0 ? 0 : text.charAt(j);
    }

    /** Whether {@code c} is a combining mark: Hebrew points and cantillation, Arabic harakat. */
    private static boolean mark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** The Hebrew letters a geresh ends a word after, for a sound Hebrew lacks (ג׳ורג׳, ז׳, צ׳, ת׳). */
    private static final String GERESH_LETTERS = "\u05D2\u05D6\u05E6\u05E5\u05EA";

    /**
     * Whether the ’ (or ') at {@code at} ends a Hebrew word as a geresh (ג’ורג’, סעיף א’) inside a
     * single quotation, rather than closing it. It does when it follows one of
     * {@link #GERESH_LETTERS} or a word of one letter (a number, א’) and another closing mark
     * follows it at once (‘ג’ורג’’), and when it ends a word that a geresh already marks as
     * foreign inside (ג’ורג’, צ’יפס: a geresh between two of its letters), after one of
     * {@link #GERESH_LETTERS}, and the next mark that can close a single quotation after it closes
     * after a Hebrew letter before any quotation opens ('ג'ורג' בוש' said). Otherwise it closes
     * the quotation: a mark any later in the text may be an English possessive (the students') or
     * a Hebrew abbreviation's geresh (עמ' 5, גב' כהן) as well as a closing mark, and taking the
     * author's closing mark for a geresh changed the text of the body ('שבת' printed ‘שבת׳).
     */
    public static boolean wordFinalGeresh(String text, int at) {
        char mark = text.charAt(at);
        if (mark != '\u2019' && mark != '\'' || at == 0 || !hebrewLetter(letterBefore(text, at)) || at + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(at + 1);
        boolean geresh = GERESH_LETTERS.indexOf(text.charAt(at - 1)) >= 0;
        if (next != '\u2019' && next != '\'') {
            return !Character.isLetter(next) && geresh && foreignWord(text, at) && closedLater(text, at);
        }
        boolean oneLetter = at < 2 || !Character.isLetter(text.charAt(at - 2));
        return geresh || oneLetter;
    }

    /**
     * Whether the Hebrew word ending before {@code end} holds a geresh between two of its letters
     * (ג'ורג, צ’יפס), after one of {@link #GERESH_LETTERS}: the mark after a one-letter prefix
     * opens a quotation (ל'שבת' … ל'חג': the ' closing 'שבת' was taken for a geresh).
     */
    private static boolean foreignWord(String text, int end) {
        for (int j = end - 1; j > 0; j--) {
            char c = text.charAt(j);
            if (isGereshMark(c) && GERESH_LETTERS.indexOf(letterBefore(text, j)) >= 0 && hebrewLetter(text.charAt(j + 1))) {
                return true;
            }
            if (!Character.isLetter(c) && !mark(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isGereshMark(char c) {
        return c == '\'' || c == '\u2019' || c == '\u05F3';
    }

    /**
     * Whether a single quotation open at the mark {@code at} is closed later in its paragraph: the
     * first ' or ’ after it that follows a Hebrew letter and no letter follows closes it before
     * any other single quotation opens (a mark after a space, or ‘). A mark between two letters
     * (צ'יפס) or after a Latin one (the students') is passed over.
     */
    private static boolean closedLater(String text, int at) {
        for (int k = at + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\u2029' || c == '\n' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
                return false;
            }
            if (c == '\u2018') {
                return false;
            }
            if (c != '\'' && c != '\u2019') {
                continue;
            }
            char before = letterBefore(text, k);
            boolean letterAfter = k + 1 < text.length() && Character.isLetter(text.charAt(k + 1));
            if (Character.isWhitespace(text.charAt(k - 1))) {
                if (letterAfter) {
                    return false;
                }
            } else if ((hebrewLetter(before) || Character.isDigit(before) || endsWords(text, k)) && !letterAfter
                    && !abbreviation(text, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mark at {@code at} follows a sentence's punctuation after a word ('שלום ג'ורג'!'). */
    private static boolean endsWords(String text, int at) {
        int j = at - 1;
        while (j > 0 && ".!?,;:\u2026".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j < at - 1 && (Character.isLetterOrDigit(text.charAt(j)) || isGereshMark(text.charAt(j)) && hebrewLetter(letterBefore(text, j)));
    }

    /** Whether the mark at {@code at} ends an abbreviation before a number (עמ' 5), not a quotation. */
    private static boolean abbreviation(String text, int at) {
        return at + 2 < text.length() && text.charAt(at + 1) == ' ' && Character.isDigit(text.charAt(at + 2))
                && hebrewLetter(text.charAt(at - 1));
    }

    /** Hebrew's one-letter prefixes (and, the, in, as, to, from, that), which join the word after them. */
    private static final String HEBREW_PREFIXES = "\u05D5\u05D4\u05D1\u05DB\u05DC\u05DE\u05E9";
    /** Arabic's one-letter prefixes (and, so, in, to, as), which join the word after them: و«…», لـ«…». */
    private static final String ARABIC_PREFIXES = "\u0648\u0641\u0628\u0644\u0643";
    /** The tatweel, which Arabic writes after a prefix before a quotation mark (لـ«…»), the letter joining on. */
    private static final char TATWEEL = '\u0640';

    /**
     * Where the prefixes written before the mark at {@code at} start, after no other letter; -1 when
     * the letters before it are no prefixes. Hebrew writes one to three of them (ב, וב, מה), each
     * with its points (בְּ); Arabic one or two (و, فب), the last perhaps drawn out by a tatweel (لـ).
     */
    public static int prefixStart(String text, int at) {
        int start = at;
        int letters = 0;
        boolean tatweel = false;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (c == TATWEEL && letters == 0 && !tatweel) {
                tatweel = true;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (!mark(c)) {
                break;
            }
            start--;
        }
        // the last letter of an abbreviation (the ל of צה״ל) is no prefix
        if (letters == 0 || start > 0 && (text.charAt(start - 1) == '\u05F3' || text.charAt(start - 1) == '\u05F4')) {
            return -1;
        }
        boolean hebrew = !tatweel && HEBREW_PREFIXES.indexOf(text.charAt(start)) >= 0;
        String prefixes = hebrew ? HEBREW_PREFIXES : ARABIC_PREFIXES;
        if (letters > (hebrew ? 3 : 2)) {
            return -1;
        }
        for (int i = start; i < at; i++) {
            char c = text.charAt(i);
            if (c != TATWEEL && !mark(c) && prefixes.indexOf(c) < 0) {
                return -1;
            }
        }
        return start;
    }

    /**
     * Whether the quotation mark at {@code at}, after a letter, opens a quotation after a prefix
     * (כתב ב"הארץ" כי, ב”הארץ”, ל'שבת', و"الأهرام") rather than being a gershayim or geresh, or an
     * apostrophe: the letters before it are prefixes only ({@link #prefixStart}), more than one
     * letter follows it (צה"ל, ש"ח: a gershayim stands before an abbreviation's last letter), and a
     * mark that closes it (after no space, before no letter) comes later in the paragraph.
     * דו"חות keeps its gershayim: ד is no prefix. A single mark opens only if the first like mark
     * after it closes it and no double mark stands between: ה'תשפ"ו, a year, keeps its geresh.
     */
    public static boolean opensAfterPrefix(String text, int at) {
        return prefixedClose(text, at) >= 0;
    }

    /**
     * Where the quotation that the mark at {@code at} opens after a prefix closes, as
     * {@link #opensAfterPrefix} finds it; -1 when the mark opens none. Curly marks as the author
     * typed them (ב“הארץ”, ל‘שבת’) open as straight ones do.
     */
    public static int prefixedClose(String text, int at) {
        char mark = text.charAt(at);
        boolean single = mark == '\'' || mark == '\u2019' || mark == '\u2018';
        boolean doubled = mark == '"' || mark == '\u201D' || mark == '\u201C';
        if (!doubled && !single || prefixStart(text, at) < 0) {
            return -1;
        }
        int end = at + 1;
        int letters = 0;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || mark(text.charAt(end)))) {
            letters += Character.isLetter(text.charAt(end)) ? 1 : 0;
            end++;
        }
        if (letters < 2) {
            return -1;
        }
        String closers = mark == '"' ? "\"" : doubled ? "\u201C\u201D" : mark == '\'' ? "'" : "\u2018\u2019";
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2029' || c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1;
            }
            if (closers.indexOf(c) >= 0) {
                if (!Character.isWhitespace(text.charAt(i - 1))
                        && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                    return i;
                }
                if (single) {
                    return -1;
                }
            } else if (single && (c == '"' || c == '\u201D' || c == '\u201C' || c == '\u05F4')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hebrewLetter(int cp) {
        return UCharacter.isLetter(cp) && UScript.getScript(cp) == UScript.HEBREW;
    }
}
