package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL's implicit year suffix: a style that asks for {@code disambiguate-add-year-suffix} but
 * prints no {@code year-suffix} variable (elsevier-harvard, ambio, the-auk and some 1,100 other
 * styles) has the letter added after the first date of issue a cite or entry prints (CSL 1.0.2,
 * Disambiguation). citeproc-java 3.5 prints the letter only where a style names the variable, so
 * two works of one author in one year were cited alike, "(Kim, 2019, 2019)", with two identical
 * "Kim, A., 2019." in the reference list.
 * <p>
 * Each date element of the style that prints the year of issue is given the letter after it,
 * inside the date's own affixes ("(2019a)", not "(2019)a"), and only for a source that has a date
 * (a letter never stands alone). The letter is marked so that an entry which prints its date twice
 * keeps the letter on the first only ({@link #firstOnly}).
 */
final class ImplicitYearSuffixes {

    /** Before each letter this class adds, taken off by {@link #firstOnly} and {@link #unmarked}. */
    static final String MARK = "\uE0A0";

    /** A date element of the issued variable, empty or with its date-parts. */
    private static final Pattern ISSUED = Pattern.compile("(?s)<date\\b([^>]*\\bvariable=\"issued\"[^>]*?)(/>|>(.*?)</date>)");
    private static final Pattern AFFIX = Pattern.compile("\\s(prefix|suffix)=\"([^\"]*)\"");
    private static final Pattern MARKED = Pattern.compile(MARK + "([a-z]+)");

    private ImplicitYearSuffixes() {
    }

    /** Whether the style wants year letters and leaves CSL to place them. */
    static boolean applies(String xml) {
        return Pattern.compile("<citation\\b[^>]*\\bdisambiguate-add-year-suffix=\"true\"").matcher(xml).find()
                && !Pattern.compile("<text\\b[^>]*\\bvariable=\"year-suffix\"").matcher(xml).find();
    }

    /** The style with the letter placed after each date of issue that prints a year, where {@link #applies}. */
    static String apply(String xml) {
        if (!applies(xml)) {
            return xml;
        }
        return ISSUED.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(
                printsYear(m.group(1), m.group(3)) ? lettered(m.group(1), m.group(2)) : m.group()));
    }

    /** A localized date prints the year unless its date-parts leave it out; a date of its own parts, where it has one. */
    private static boolean printsYear(String attributes, String parts) {
        if (attributes.contains("form=\"")) {
            Matcher which = Pattern.compile("\\bdate-parts=\"([^\"]*)\"").matcher(attributes);
            return !which.find() || which.group(1).startsWith("year");
        }
        return parts != null && parts.contains("name=\"year\"");
    }

    /** The date without its affixes, then the letter, in a group that has them. */
    private static String lettered(String attributes, String rest) {
        StringBuilder affixes = new StringBuilder();
        Matcher affix = AFFIX.matcher(attributes);
        while (affix.find()) {
            affixes.append(affix.group());
        }
        return "<group" + affixes + "><date" + AFFIX.matcher(attributes).replaceAll("") + rest
                + "<choose><if variable=\"issued\"><text variable=\"year-suffix\" prefix=\"" + MARK + "\"/></if></choose></group>";
    }

    /** An entry with the letter after its first date only, unmarked: a date printed again is printed as it is. */
    static String firstOnly(String html) {
        Matcher letter = MARKED.matcher(html);
        if (!letter.find()) {
            return html;
        }
        return html.substring(0, letter.start()) + letter.group(1) + MARKED.matcher(html.substring(letter.end())).replaceAll("");
    }

    /** A citation unmarked: each of its sources prints its date once. */
    static String unmarked(String html) {
        return html.replace(MARK, "");
    }
}
