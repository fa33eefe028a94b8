package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL's roman numbers ({@code <number variable="volume" form="roman"/>}, 97 bundled styles, most
 * for a volume or a series number): citeproc-java 3.5 prints the number as it is, so
 * ilahiyat-studies printed "Nature 543 … : 543, 373–77" where citeproc-js prints "DXLIII". The
 * number is set between two marks, and once citeproc-java has made the text each run of digits
 * between them is written in lower-case roman numerals, as CSL asks, or in capitals where the
 * style sets the number in upper case (citeproc-java's upper case cannot reach letters that are
 * not there yet). A number above 3999 stays in digits, as in citeproc-js.
 */
final class RomanNumbers {

    /** Before a roman number in lower case, in capitals; after either. */
    private static final String LOWER = "\uE092";
    private static final String UPPER = "\uE093";
    private static final String END = "\uE094";
    private static final Pattern NUMBER = Pattern.compile("<number\\b([^>]*?)\\s*/>");
    private static final Pattern ROMAN = Pattern.compile("\\s*\\bform=\"roman\"");
    private static final Pattern MARKED = Pattern.compile("([" + LOWER + UPPER + "])([^" + END + "]*)" + END);
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d&#])\\d+(?![\\d;])");
    private static final Pattern ANY_MARK = Pattern.compile("[" + LOWER + UPPER + END + "]");
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] LETTERS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private RomanNumbers() {
    }

    /** The style with each roman number between marks; a group keeps it printing nothing without its value. */
    static String mark(String xml) {
        return NUMBER.matcher(xml).replaceAll(m -> {
            Matcher roman = ROMAN.matcher(m.group(1));
            if (!roman.find()) {
                return Matcher.quoteReplacement(m.group());
            }
            String attributes = roman.replaceFirst("");
            String open = StyleAttributes.value(attributes, "text-case").equals("uppercase") ? UPPER : LOWER;
            return Matcher.quoteReplacement("<group><text value=\"" + open + "\"/><number" + attributes + "/><text value=\"" + END + "\"/></group>");
        });
    }

    /** The text with the digits of each marked number in roman numerals, the marks gone. */
    static String write(String html) {
        if (html == null || !ANY_MARK.matcher(html).find()) {
            return html;
        }
        String written = MARKED.matcher(html).replaceAll(m -> Matcher.quoteReplacement(DIGITS.matcher(m.group(2)).replaceAll(d -> {
            String roman = roman(d.group());
            return roman == null ? d.group() : m.group(1).equals(UPPER) ? roman.toUpperCase(java.util.Locale.ROOT) : roman;
        })));
        return ANY_MARK.matcher(written).replaceAll("");
    }

    /** A number from 1 to 3999 in lower-case roman numerals, {@code null} for any other. */
    static String roman(String digits) {
        if (digits.length() > 4) {
            return null;
        }
        int n = Integer.parseInt(digits);
        if (n < 1 || n > 3999) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                out.append(LETTERS[i]);
                n -= VALUES[i];
            }
        }
        return out.toString();
    }
}
