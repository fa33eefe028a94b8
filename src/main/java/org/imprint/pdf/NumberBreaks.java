package org.imprint.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The breaks inside a number that the JDK's line breaker offers and a line must not take: after
 * the hyphen of a range, a date or a telephone number ("45-|47", "2024-|05-|12",
 * "+92-|51-|1234567", "COVID-|19") and after the colon of a time ("10:|30"). UAX #14 forbids
 * them (LB25: no break between a hyphen or an infix separator and a digit after it; ICU's line
 * breaker keeps "45-47" whole, the JDK's does not). In a right-to-left line the break is worse
 * than a split word: "-45" ends one line, read as a negative number, and "47" opens the next.
 *
 * <p>Beyond UAX #14, a dash between two digits (the en dash of "2024–2026", the hyphen and the
 * figure dash) holds the range together as well; ICU, and Chromium with it, break after it, as
 * after any dash. Chromium also breaks "45-|47" (it allows a break after a hyphen between ASCII
 * digits, for long URLs): inside a URL the breaks are {@link UrlBreaks}', not these.
 */
final class NumberBreaks {

    /** The dashes of a range between digits: hyphen, figure dash, en dash. */
    private static final String RANGE_DASHES = "\u2010\u2012\u2013";

    private NumberBreaks() {
    }

    /**
     * Whether a break at {@code position} of {@code text} falls inside a number: after a hyphen or
     * an infix separator (. , : ;) with a digit next, or after a range's dash between two digits.
     * Invisible format characters (the isolates and marks round a number in a right-to-left
     * line) are looked through.
     */
    static boolean inside(String text, int position) {
        int mark = ApostropheAwareLineBreaker.before(text, position);
        int digit = ApostropheAwareLineBreaker.after(text, position);
        if (position <= 0 || mark < 0 || digit >= text.length() || !UCharacter.isDigit(text.codePointAt(digit))) {
            return false;
        }
        int sign = text.codePointBefore(mark + 1);
        int kind = UCharacter.getIntPropertyValue(sign, UProperty.LINE_BREAK);
        if (kind == UCharacter.LineBreak.HYPHEN || kind == UCharacter.LineBreak.INFIX_NUMERIC) {
            return true;
        }
        int previous = ApostropheAwareLineBreaker.before(text, mark + 1 - Character.charCount(sign));
        return RANGE_DASHES.indexOf(sign) >= 0 && previous >= 0 && UCharacter.isDigit(text.codePointBefore(previous + 1));
    }
}
