package org.imprint.brand;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;

/**
 * The long date pattern CLDR gives a language (through ICU4J), as a {@code java.time} pattern:
 * "y年M月d日" for Chinese, "d MMMM, y" for Vietnamese. The letters these patterns use (d, M, y and
 * quoted words) mean the same in both pattern languages; the date stays Gregorian with Latin
 * digits, as the brand's own patterns print it.
 */
final class CldrDates {

    private CldrDates() {
    }

    /** CLDR's long date pattern for a language tag ("zh", "vi-VN"). */
    static String longPattern(String languageTag) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLanguageTag(languageTag));
        // ICU's date formats for a locale are SimpleDateFormats; the pattern is all that is kept
        String pattern = ((SimpleDateFormat) format).toPattern();
        try {
            java.time.format.DateTimeFormatter.ofPattern(pattern);
            return pattern;
        } catch (IllegalArgumentException e) {
            // a letter java.time lacks (none of CLDR's long Gregorian dates has one today): the numeric date
            return "yyyy-MM-dd";
        }
    }
}
