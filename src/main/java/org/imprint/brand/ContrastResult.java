package org.imprint.brand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One colour pair of a brand measured against WCAG 2.1 AA.
 *
 * @param use      what the layouts set in it, in the brand's words ("series label")
 * @param textKey  the key of the foreground colour under {@code colours:}
 * @param text     the foreground colour
 * @param onKey    the key of the colour it stands on (or, for links, beside)
 * @param on       that colour
 * @param ratio    their contrast ratio
 * @param needed   the ratio AA needs here: 4.5 for normal text, 3 for large text and for links
 *                 told from the text around them by colour alone
 * @param passing  the nearest colour of the foreground's hue that reaches {@code needed}, if any
 * @param line     where the pair is declared
 * @param link     whether this is a link against the text around it (WCAG 1.4.1) rather than
 *                 text against its background (WCAG 1.4.3)
 */
public record ContrastResult(String use, String textKey, Colour text, String onKey, Colour on, double ratio, double needed,
                             Optional<Colour> passing, ProfileLines.Line line, boolean link) {

    /** Whether the pair meets AA. */
    public boolean passes() {
        return ratio >= needed;
    }

    /** What is wrong and how to fix it, for the brand's author; meaningful when the pair fails. */
    public String message() {
        String pair = textKey + " " + text.hex() + (link ? " beside " : " on ") + onKey + " " + on.hex();
        String fix = passing.map(c -> "; the nearest colour of the same hue that passes is " + c.hex() + " ("
                + ratio(c.contrast(on)) + ":1)").orElse("; no colour of this hue passes against " + on.hex());
        if (link) {
            return use + ": links (" + pair + ") are told from the text around them by colour alone at " + ratio(ratio)
                    + ":1, and WCAG 2.1 AA (1.4.1) needs " + ratio(needed) + ":1 for that; underline them"
                    + " (accessibility.links.underline: true)" + fix.replace("; the nearest", ", or use the nearest");
        }
        return use + ": " + pair + " has a contrast of " + ratio(ratio) + ":1, and WCAG 2.1 AA needs " + ratio(needed)
                + ":1 for " + (needed < 4.5 ? "large" : "normal-size") + " text" + fix;
    }

    /** Two decimals, rounded down, so a ratio just below the threshold never prints as passing. */
    static String ratio(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.FLOOR).stripTrailingZeros().toPlainString();
    }
}
