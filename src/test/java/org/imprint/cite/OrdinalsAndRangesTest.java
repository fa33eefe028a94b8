package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CSL locale's ordinals, editions written as English ordinals, and collapsed citation numbers (issue 15). */
class OrdinalsAndRangesTest {

    private static final String NO_LOCALE = "<style><citation/></style>";

    @Test
    void ordinalsFollowTheLocalesTermsAndTheirMatch() {
        OrdinalTerms en = OrdinalTerms.of(NO_LOCALE, "en");
        OrdinalTerms fr = OrdinalTerms.of(NO_LOCALE, "fr");
        OrdinalTerms vi = OrdinalTerms.of(NO_LOCALE, "vi");
        assertAll(
                () -> assertEquals("1st", en.ordinal(1, "")),
                () -> assertEquals("11th", en.ordinal(11, "")),
                () -> assertEquals("13th", en.ordinal(13, "")),
                () -> assertEquals("22nd", en.ordinal(22, "")),
                () -> assertEquals("101st", en.ordinal(101, "")),
                () -> assertEquals("second", en.longOrdinal(2, "")),
                () -> assertEquals("feminine", fr.genderOf("edition")),
                () -> assertEquals("1ʳᵉ", fr.ordinal(1, "feminine")),
                () -> assertEquals("1ᵉʳ", fr.ordinal(1, "masculine")),
                () -> assertEquals("21ᵉ", fr.ordinal(21, "feminine")),
                () -> assertEquals("2ᵉ", fr.ordinal(2, "feminine")),
                () -> assertEquals("2", vi.ordinal(2, "")));
    }

    @Test
    void aStylesOwnOrdinalTermsReplaceTheLocales() {
        OrdinalTerms own = OrdinalTerms.of("<style><locale xml:lang=\"en\"><terms><term name=\"ordinal\">.</term></terms></locale></style>", "en");
        assertEquals("2.", own.ordinal(2, ""));
    }

    @Test
    void editionsWrittenAsEnglishOrdinalsAreNumbers() {
        assertAll(
                () -> assertEquals("2", Editions.number("2nd")),
                () -> assertEquals("2", Editions.number("Second")),
                () -> assertEquals("3", Editions.number("3rd ed.")),
                () -> assertEquals("2", Editions.number("second edition")),
                () -> assertEquals("2nd rev.", Editions.number("2nd rev.")),
                () -> assertEquals("Revised", Editions.number("Revised")),
                () -> assertEquals("2", Editions.number("2")));
    }

    @Test
    void runsOfThreeCitationNumbersCollapse() {
        assertAll(
                () -> assertEquals("[1–3, 5]", CitationNumbers.collapse("[1, 2, 3, 5]", "[", "]", ", ")),
                () -> assertEquals("<sup>1–4</sup>", CitationNumbers.collapse("<sup>1,2,3,4</sup>", "", "", ",")),
                () -> assertEquals("<sup>1,2,4</sup>", CitationNumbers.collapse("<sup>1,2,4</sup>", "", "", ",")),
                () -> assertEquals("[1, 2, 3, p. 4]", CitationNumbers.collapse("[1, 2, 3, p. 4]", "[", "]", ", ")));
    }
}
