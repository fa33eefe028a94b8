package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * CSL's form fallbacks and Imprint's corrections written into a locale file ({@link LocalePatch}),
 * and the official Hebrew file as citeproc-java is now given it (issue 15, h15k).
 */
class LocalePatchTest {

    private static final String LOCALE = """
            <?xml version="1.0" encoding="utf-8"?>
            <locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="xx">
              <terms>
                <term name="editor"><single>editor</single><multiple>editors</multiple></term>
                <term name="no date">no date</term>
                <term name="no date" form="short"/>
                <term name="translator">translator</term>
                <term name="translator" form="verb">translated by</term>
                <term name="author"/>
                <term name="ordinal-01">1</term>
                <term name="ordinal-02">2</term>
              </terms>
            </locale>
            """;

    @Test
    void aMissingOrEmptyFormIsTheFormCslFallsBackTo() {
        String patched = LocalePatch.apply(LOCALE, null);
        assertAll(
                () -> assertTrue(patched.matches("(?s).*<term form=\"short\" name=\"editor\"><single>editor</single><multiple>editors</multiple></term>.*")
                        || patched.matches("(?s).*<term name=\"editor\" form=\"short\"><single>editor</single><multiple>editors</multiple></term>.*"), patched),
                () -> assertTrue(patched.matches("(?s).*<term (form=\"short\" name=\"no date\"|name=\"no date\" form=\"short\")>no date</term>.*"), patched),
                // verb-short falls back to the verb before the long form
                () -> assertTrue(patched.matches("(?s).*<term (form=\"verb-short\" name=\"translator\"|name=\"translator\" form=\"verb-short\")>translated by</term>.*"), patched),
                // an empty long term stays empty and gives no other form
                () -> assertFalse(patched.matches("(?s).*name=\"author\"[^>]*form=\"short\".*|.*form=\"short\"[^>]*name=\"author\".*"), patched));
    }

    /**
     * CSL's last locale is en-US: a term the file has in no form is en-US's, every form of it;
     * a term the file leaves empty is its own (empty), and en-US's ordinals do not mix with its own.
     */
    @Test
    void aTermTheFileHasInNoFormIsEnUs() {
        String english = """
                <locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
                  <terms>
                    <term name="original-work-published">original work published</term>
                    <term name="review-of">review of</term>
                    <term name="review-of" form="short">rev. of</term>
                    <term name="author">author</term>
                    <term name="ordinal-03">rd</term>
                  </terms>
                </locale>
                """;
        String patched = LocalePatch.apply(LOCALE, null, english);
        assertAll(
                () -> assertTrue(patched.contains(">original work published</term>"), patched),
                () -> assertTrue(patched.matches("(?s).*<term (form=\"short\" name=\"review-of\"|name=\"review-of\" form=\"short\")>rev. of</term>.*"), patched),
                () -> assertFalse(patched.contains(">author<"), patched),
                () -> assertFalse(patched.contains("ordinal-03"), patched),
                () -> assertTrue(CslLocaleFiles.read("ms-MY").contains(">original work published<"), "Malay file"));
    }

    @Test
    void correctionsReplaceTheTermAndAllOrdinals() {
        String corrections = """
                <locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="xx">
                  <terms><term name="ordinal"/><term name="no date">undated</term></terms>
                </locale>
                """;
        String patched = LocalePatch.apply(LOCALE, corrections);
        assertAll(
                () -> assertFalse(patched.contains("ordinal-01"), patched),
                () -> assertTrue(patched.contains("<term name=\"ordinal\"/>"), patched),
                () -> assertFalse(patched.contains(">no date<"), patched),
                () -> assertTrue(patched.matches("(?s).*<term (form=\"short\" name=\"no date\"|name=\"no date\" form=\"short\")>undated</term>.*"), patched));
    }

    @Test
    void theHebrewFileHasNoDigitOrdinalsNorColonsInBrackets() {
        String he = CslLocaleFiles.read("he-IL");
        assertAll(
                () -> assertFalse(he.contains("name=\"ordinal-02\""), "ordinal-02"),
                () -> assertFalse(he.contains("<multiple>בעריכת:</multiple>"), "בעריכת:"),
                () -> assertEquals(1, OrdinalTerms.of("<style/>", "he").ordinal(2, "").length()));
    }

    /**
     * Hebrew's label changes places with its number, the affixes stay in their places ({@link LabelFirst}):
     * the first place keeps the number's, the second the label's.
     */
    @Test
    void aLabelSetFirstTakesThePlaceAndAffixesOfItsNumber() {
        String biomed = "<group delimiter=\" \"><number variable=\"edition\" form=\"ordinal\"/>\n"
                + "<text term=\"edition\" form=\"long\" suffix=\".\"/></group>";
        String gardner = "<number variable=\"edition\" form=\"ordinal\" prefix=\"(\"/><text prefix=\" \" term=\"edition\" suffix=\")\"/>";
        String apa = "<number form=\"ordinal\" variable=\"edition\"/><label form=\"short\" variable=\"edition\"/>";
        assertAll(
                () -> assertEquals("<group delimiter=\" \"><text term=\"edition\" form=\"long\"/>\n"
                        + "<number variable=\"edition\" form=\"ordinal\" suffix=\".\"/></group>", LabelFirst.apply(biomed, "he", biomed)),
                () -> assertEquals("<text term=\"edition\" prefix=\"(\"/><number variable=\"edition\" form=\"ordinal\" prefix=\" \" suffix=\")\"/>",
                        LabelFirst.apply(gardner, "he", gardner)),
                () -> assertEquals("<label form=\"short\" variable=\"edition\"/><number form=\"ordinal\" variable=\"edition\"/>",
                        LabelFirst.apply(apa, "he", apa)),
                () -> assertEquals(biomed, LabelFirst.apply(biomed, "en", biomed)));
    }

    /**
     * A style that words the label itself in a locale of no language (springer-basic-author-date's
     * "edn.") keeps its order in Hebrew: "2 edn.", not the swapped English "edn. 2"; a Hebrew locale
     * of the style's own still sets its label first.
     */
    @Test
    void aStylesOwnLabelForEveryLanguageKeepsItsPlace() {
        String springer = "<style><locale><terms><term name=\"edition\" form=\"short\">edn.</term></terms></locale>"
                + "<number variable=\"edition\" form=\"ordinal\"/><text term=\"edition\" form=\"short\"/></style>";
        String hebrew = springer.replace("<locale>", "<locale xml:lang=\"he\">").replace("edn.", "מהד׳");
        assertAll(
                () -> assertEquals(springer, LabelFirst.apply(springer, "he", springer)),
                () -> assertTrue(LabelFirst.apply(hebrew, "he", hebrew).contains("<text term=\"edition\" form=\"short\"/><number"),
                        LabelFirst.apply(hebrew, "he", hebrew)));
    }

    /**
     * A style's own long term gives the forms that neither its locale nor the language's file
     * defines ({@link StyleTermForms}); a form the file defines itself (English "ed.") stays the file's.
     */
    @Test
    void aStylesLongTermGivesTheFormsTheFileLacks() {
        String style = "<style><locale><terms><term name=\"editor\">محرر</term><term name=\"translator\">مترجم</term>"
                + "<term name=\"translator\" form=\"short\">م.</term></terms></locale><locale xml:lang=\"de\"><terms>"
                + "<term name=\"editor\">Hrsg.</term></terms></locale></style>";
        String ar = StyleTermForms.apply(style, "ar");
        String en = StyleTermForms.apply(style, "en");
        assertAll(
                () -> assertTrue(ar.contains("<term name=\"editor\" form=\"short\">محرر</term>"), ar),
                () -> assertFalse(ar.contains("<term name=\"translator\" form=\"short\">مترجم"), ar),
                () -> assertFalse(ar.contains("<term name=\"editor\" form=\"short\">Hrsg."), ar),
                () -> assertFalse(en.contains("<term name=\"editor\" form=\"short\">"), en));
    }
}
