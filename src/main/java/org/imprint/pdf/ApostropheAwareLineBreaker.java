package org.imprint.pdf;

import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * ICU's line breaker (UAX #14, with dictionaries for the scripts that write no spaces between
 * words, such as Thai), minus one wrong opportunity: it allows a break after a typographic
 * apostrophe (U+2019), which split "Pakistan’s" into "Pakistan’" and "s" across lines.
 * {@link ApostropheAwareBreakingStrategy} does the same for the OpenPDF engine.
 */
final class ApostropheAwareLineBreaker implements FSTextBreaker {

    private final BreakIterator lines;
    private String text = "";

    ApostropheAwareLineBreaker(Locale locale) {
        this.lines = BreakIterator.getLineInstance(ULocale.forLocale(locale));
    }

    @Override
    public void setText(String newText) {
        this.text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int position = lines.next();
        while (position != BreakIterator.DONE && insideWord(text, position)) {
            position = lines.next();
        }
        return position;
    }

    /** Whether a break at {@code position} would fall between an apostrophe and the rest of its word. */
    static boolean insideWord(String text, int position) {
        return position > 1 && position < text.length()
                && text.charAt(position - 1) == '\u2019'
                && Character.isLetter(text.charAt(position - 2))
                && Character.isLetter(text.charAt(position));
    }
}
