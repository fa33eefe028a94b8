package org.imprint.cite;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edition written as an English ordinal ("2nd", "Second", as Zotero and BibTeX files hold
 * them) read as its number, which the style then writes as the ordinal of the article's
 * language ("2nd ed.", "2. Aufl.", "2ᵉ éd."): as written, a German article printed "2nd Aufl."
 * and Harvard "Second" without "edn". An edition that is more than an ordinal ("2nd rev.",
 * "Revised") stays as written.
 */
final class Editions {

    private static final Pattern ORDINAL = Pattern.compile("(?i)\\s*(\\d+)\\s*(?:st|nd|rd|th|d)\\.?\\s*(?:ed\\.?|edition)?\\s*");
    private static final List<String> WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Pattern WORD = Pattern.compile("(?i)\\s*(\\p{L}+)\\s*(?:ed\\.?|edition)?\\s*");

    private Editions() {
    }

    /** The edition's number when it is an English ordinal and nothing else; else the edition as written. */
    static String number(String edition) {
        if (edition == null) {
            return null;
        }
        Matcher digits = ORDINAL.matcher(edition);
        if (digits.matches()) {
            return digits.group(1);
        }
        Matcher word = WORD.matcher(edition);
        if (word.matches()) {
            int n = WORDS.indexOf(word.group(1).toLowerCase(Locale.ROOT));
            if (n >= 0) {
                return Integer.toString(n + 1);
            }
        }
        return edition;
    }
}
