package org.imprint.pdf;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * The JDK's line breaker, minus one wrong opportunity: it allows a break after a typographic
 * apostrophe (U+2019), which split "Pakistan’s" into "Pakistan’" and "s" across lines.
 * {@link ApostropheAwareBreakingStrategy} does the same for the OpenPDF engine.
 *
 * <p>For text in a script written without spaces between words (Thai, Lao, Khmer, Myanmar) it is
 * ICU's breaker instead, which finds the words with its dictionaries. Only there: ICU also breaks
 * after a slash ("SSCI/" at a line end), which the JDK does not.
 *
 * <p>Inside a URL it offers the breaks of {@link UrlBreaks} instead of the breaker's own.
 */
final class ApostropheAwareLineBreaker implements FSTextBreaker {

    private final BreakIterator jdk;
    private final com.ibm.icu.text.BreakIterator icu;
    private final SteeredBreaks steered;
    private String text = "";
    private Set<Integer> taken = Set.of();
    private UrlBreaks.Found urls = UrlBreaks.find("");
    /** The last position returned, and the breaker's next one not yet returned (-2: none read yet). */
    private int current;
    private int pending = -2;

    /**
     * @param dictionary whether the text holds a script whose words only a dictionary finds
     * @param steered    opportunities not to offer, so that lines break where {@link ParagraphBreaking} chose
     */
    ApostropheAwareLineBreaker(Locale locale, boolean dictionary, SteeredBreaks steered) {
        this.jdk = dictionary ? null : BreakIterator.getLineInstance(locale);
        this.icu = dictionary ? com.ibm.icu.text.BreakIterator.getLineInstance(ULocale.forLocale(locale)) : null;
        this.steered = steered;
    }

    ApostropheAwareLineBreaker(Locale locale, boolean dictionary) {
        this(locale, dictionary, new SteeredBreaks());
    }

    ApostropheAwareLineBreaker(Locale locale) {
        this(locale, false);
    }

    @Override
    public void setText(String newText) {
        this.text = newText;
        this.taken = steered.takenFrom(newText);
        this.urls = UrlBreaks.find(newText);
        this.current = 0;
        this.pending = -2;
        if (jdk != null) {
            jdk.setText(newText);
        } else {
            icu.setText(newText);
        }
    }

    @Override
    public int next() {
        if (pending != BreakIterator.DONE && pending <= current) {
            pending = nextOfBreaker();
        }
        int url = urls.breaks().nextSetBit(current + 1);
        while (url >= 0 && taken.contains(url)) {
            url = urls.breaks().nextSetBit(url + 1);
        }
        int position = url < 0 ? pending : pending == BreakIterator.DONE ? url : Math.min(url, pending);
        if (position != BreakIterator.DONE) {
            current = position;
        }
        return position;
    }

    /** The breaker's next opportunity that is not inside a word, not taken away, not inside a URL. */
    private int nextOfBreaker() {
        int position = advance();
        while (position != BreakIterator.DONE && (forbidden(text, position) || taken.contains(position)
                || position < text.length() && position > 0 && urls.inside().get(position) && urls.inside().get(position - 1))) {
            position = advance();
        }
        return position;
    }

    /**
     * Whether a break at {@code position} is one a typographer would not make: inside a word
     * ({@link #insideWord}), after an opening quotation mark ({@link #afterOpeningMark}) or before
     * a closing one ({@link #beforeClosingMark}), or
     * before an em dash, which would start a line ("yes” | —" and the spaced "word | — a"): an
     * em dash stays with the word before it and ends the line instead; or inside a number
     * ({@link NumberBreaks}: "45-|47").
     */
    static boolean forbidden(String text, int position) {
        return insideWord(text, position) || afterOpeningMark(text, position) || beforeClosingMark(text, position)
                || NumberBreaks.inside(text, position)
                || position > 0 && position < text.length() && text.charAt(position) == '\u2014';
    }

    /** Quotation marks of every language: which of them opens depends on the language and the side. */
    private static final String QUOTATION_MARKS = "\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A\u300C\u300E\"'";

    /**
     * Whether a break at {@code position} would leave an opening quotation mark alone at a line's
     * end: the mark stands at the start of the text or after a space or an opening bracket, and a
     * letter or digit follows it. Urdu and Arabic open with ” and Hebrew with ”, which the JDK
     * reads as closing marks and breaks after ("کہا ”|ہم"); no language opens a quotation
     * with a mark that a line may end with.
     */
    static boolean afterOpeningMark(String text, int position) {
        int mark = before(text, position);
        int letter = after(text, position);
        if (mark < 0 || letter >= text.length() || QUOTATION_MARKS.indexOf(text.charAt(mark)) < 0
                || !Character.isLetterOrDigit(text.codePointAt(letter))) {
            return false;
        }
        int previous = before(text, mark);
        if (previous < 0) {
            return true;
        }
        char before = text.charAt(previous);
        return Character.isWhitespace(before) || Character.isSpaceChar(before)
                || Character.getType(before) == Character.START_PUNCTUATION;
    }

    /**
     * Whether a break at {@code position} would set a closing quotation mark alone at a line's
     * start: the mark follows a letter, a digit or a sentence's punctuation ("ہیں!”") directly. Urdu and Arabic close with “, which the
     * JDK reads as an opening mark and breaks before ("ہم|“").
     */
    static boolean beforeClosingMark(String text, int position) {
        int mark = after(text, position);
        int letter = before(text, position);
        if (position <= 0 || letter < 0 || mark >= text.length() || QUOTATION_MARKS.indexOf(text.charAt(mark)) < 0) {
            return false;
        }
        int last = text.codePointBefore(letter + 1);
        return Character.isLetterOrDigit(last) || Character.getType(last) == Character.OTHER_PUNCTUATION;
    }

    /**
     * The index of the last visible character before {@code position}, -1 when none: invisible
     * format characters (Cf: the directional isolates round a quotation of the other direction,
     * joiners) are looked through, so "“⁧امن⁩”" keeps its marks with its word as "“امن”" does.
     */
    static int before(String text, int position) {
        int i = Math.min(position, text.length()) - 1;
        while (i >= 0 && Character.getType(text.charAt(i)) == Character.FORMAT) {
            i--;
        }
        return i;
    }

    /** The index of the first visible character at or after {@code position}, the text's length when none. */
    static int after(String text, int position) {
        int i = Math.max(position, 0);
        while (i < text.length() && Character.getType(text.charAt(i)) == Character.FORMAT) {
            i++;
        }
        return i;
    }

    private int advance() {
        // both iterators say DONE with -1
        return jdk != null ? jdk.next() : icu.next();
    }

    /**
     * Whether a break at {@code position} would part an apostrophe from the letters it belongs to:
     * after U+2019 or U+2018 with a letter next ("Pakistan’|s", "’|twas", and "’|s" at the start of
     * a text run after a link, whose word began in the link), or before U+2019 with a letter before
     * it ("Blur|’s" inside one run). The JDK offers both: it reads the marks as quotes. A digit
     * after the apostrophe counts as a letter: an elided year ("the ’|90s") is one word.
     */
    static boolean insideWord(String text, int position) {
        if (position <= 0 || position >= text.length()) {
            return false;
        }
        char before = text.charAt(position - 1);
        char after = text.charAt(position);
        return (before == '\u2019' || before == '\u2018') && Character.isLetterOrDigit(after)
                || after == '\u2019' && Character.isLetter(before);
    }
}
