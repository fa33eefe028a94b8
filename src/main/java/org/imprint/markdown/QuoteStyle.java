package org.imprint.markdown;

import java.util.Locale;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * The quotation marks of a language, for {@link SmartPunctuation}, and for the marks the PDF
 * gives a {@code <q>} element (which the e-book's reading system marks by itself).
 *
 * @param open         opening double quote, with the space the language wants inside it
 * @param close        closing double quote, likewise
 * @param openSingle   opening quote inside a quotation
 * @param closeSingle  closing quote inside a quotation
 * @param spaceBefore  the space set before {@code ; : ! ?} (French), or {@code null} for none
 */
public record QuoteStyle(String open, String close, String openSingle, String closeSingle, String spaceBefore) {

    /** U+202F, the narrow no-break space French sets inside guillemets and before ; : ! ? */
    static final String NARROW_NBSP = "\u202F";

    private static final QuoteStyle ENGLISH = new QuoteStyle("\u201C", "\u201D", "\u2018", "\u2019", null);
    private static final QuoteStyle GERMAN = new QuoteStyle("\u201E", "\u201C", "\u201A", "\u2018", null);
    private static final QuoteStyle SWISS = new QuoteStyle("\u00AB", "\u00BB", "\u2039", "\u203A", null);
    /**
     * French of France: guillemets with narrow no-break spaces outside, English double quotes
     * without spaces inside (Imprimerie nationale). Swiss French keeps ‹ › inside.
     */
    private static final QuoteStyle FRENCH = new QuoteStyle("\u00AB" + NARROW_NBSP, NARROW_NBSP + "\u00BB",
            "\u201C", "\u201D", NARROW_NBSP);
    /** Spanish, Italian, European Portuguese: guillemets without spaces, English double quotes inside. */
    private static final QuoteStyle ROMANCE = new QuoteStyle("\u00AB", "\u00BB", "\u201C", "\u201D", null);
    /** Swedish and Finnish: the same mark opens and closes. */
    private static final QuoteStyle NORDIC = new QuoteStyle("\u201D", "\u201D", "\u2019", "\u2019", null);
    private static final QuoteStyle RUSSIAN = new QuoteStyle("\u00AB", "\u00BB", "\u201E", "\u201C", null);

    /**
     * The style of a BCP 47 language tag. The languages below keep the marks this house has
     * always set (some differ from CLDR: German Swiss, French, Spanish, Brazilian Portuguese);
     * every other language takes the quotation marks CLDR gives it through ICU4J: Arabic and
     * Urdu ” “ (the same picture as English once set right to left), Persian « », Hebrew ” ”,
     * Japanese 「 」. A tag CLDR does not know gets its root marks, English “ ”.
     */
    public static QuoteStyle of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag);
        String region = locale.getCountry();
        return switch (locale.getLanguage()) {
            case "de" -> region.equals("CH") || region.equals("LI") ? SWISS : GERMAN;
            case "cs", "sk", "sl", "hr", "bg", "lt", "et", "is" -> GERMAN;
            case "fr" -> region.equals("CH") ? SWISS : FRENCH;
            // Brazil writes “ ” with ‘ ’ inside (ABNT, Houaiss); Portugal keeps « »
            case "pt" -> region.equals("BR") ? ENGLISH : ROMANCE;
            case "es", "it", "ca" -> ROMANCE;
            case "sv", "fi" -> NORDIC;
            case "ru", "uk", "be" -> RUSSIAN;
            case "en" -> ENGLISH;
            default -> cldr(locale);
        };
    }

    /** The quotation marks CLDR has for a locale, without spaces (CLDR's French has none either). */
    private static QuoteStyle cldr(Locale locale) {
        if (locale.getLanguage().isEmpty()) {
            return ENGLISH;
        }
        LocaleData data = LocaleData.getInstance(ULocale.forLocale(locale));
        return new QuoteStyle(data.getDelimiter(LocaleData.QUOTATION_START), data.getDelimiter(LocaleData.QUOTATION_END),
                data.getDelimiter(LocaleData.ALT_QUOTATION_START), data.getDelimiter(LocaleData.ALT_QUOTATION_END), null);
    }

    /**
     * The marks as set in text of the direction {@code textRtl}. English “ ” and the ” “ of
     * Arabic and Urdu are the same picture, one set left to right, the other right to left (the
     * marks have no mirrored glyph); in text of the other direction than its language (an English
     * list item of an Urdu article, an Urdu paragraph of an English one, a quotation inside an
     * English quotation of an Urdu paragraph) they are swapped to keep that picture. Marks that
     * are not such a pair stay.
     */
    public QuoteStyle facing(boolean textRtl, boolean languageRtl) {
        if (textRtl == languageRtl || !curly(open, close) || !curly(openSingle, closeSingle)) {
            return this;
        }
        return new QuoteStyle(close, open, closeSingle, openSingle, spaceBefore);
    }

    /** One of the four marks: double or single, opening or closing. */
    public String mark(boolean single, boolean opens) {
        return single ? (opens ? openSingle : closeSingle) : (opens ? open : close);
    }

    /** Whether two marks are “ and ”, or ‘ and ’, in either order. */
    private static boolean curly(String a, String b) {
        String pair = a + b;
        return pair.equals("\u201C\u201D") || pair.equals("\u201D\u201C")
                || pair.equals("\u2018\u2019") || pair.equals("\u2019\u2018");
    }

    /** Whether a single straight quote after a letter closes a quotation rather than being an apostrophe. */
    boolean closeSingleIsApostrophe() {
        return closeSingle.equals(SmartPunctuation.APOSTROPHE);
    }
}
