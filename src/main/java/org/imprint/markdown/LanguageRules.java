package org.imprint.markdown;

import java.util.Locale;

import com.ibm.icu.util.ULocale;

/**
 * The punctuation rules of one language for {@link SmartPunctuation}: its quotation marks and
 * spaces, and whether English rules for primes and elisions ('90s, 'tis, 5'10") apply.
 *
 * @param tag     the BCP 47 tag the rules were made for
 * @param style   the language's quotation marks
 * @param english whether the language is English
 * @param rightToLeft whether the language is written right to left (by its script, as CLDR says)
 */
record LanguageRules(String tag, QuoteStyle style, boolean english, boolean rightToLeft) {

    /** The rules for a BCP 47 language tag; CLDR's quotation marks for languages {@link QuoteStyle} has no house rule for. */
    static LanguageRules of(String languageTag) {
        return new LanguageRules(languageTag, QuoteStyle.of(languageTag),
                languageTag == null || languageTag.toLowerCase(Locale.ROOT).startsWith("en"),
                languageTag != null && ULocale.forLanguageTag(languageTag).isRightToLeft());
    }
}
