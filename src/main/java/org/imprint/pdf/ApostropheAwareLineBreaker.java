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
 */
final class ApostropheAwareLineBreaker implements FSTextBreaker {

    private final BreakIterator jdk;
    private final com.ibm.icu.text.BreakIterator icu;
    private final SteeredBreaks steered;
    private String text = "";
    private Set<Integer> taken = Set.of();

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
        if (jdk != null) {
            jdk.setText(newText);
        } else {
            icu.setText(newText);
        }
    }

    @Override
    public int next() {
        int position = advance();
        while (position != BreakIterator.DONE && (insideWord(text, position) || taken.contains(position))) {
            position = advance();
        }
        return position;
    }

    private int advance() {
        // both iterators say DONE with -1
        return jdk != null ? jdk.next() : icu.next();
    }

    /** Whether a break at {@code position} would fall between an apostrophe and the rest of its word. */
    static boolean insideWord(String text, int position) {
        return position > 1 && position < text.length()
                && text.charAt(position - 1) == '\u2019'
                && Character.isLetter(text.charAt(position - 2))
                && Character.isLetter(text.charAt(position));
    }
}
