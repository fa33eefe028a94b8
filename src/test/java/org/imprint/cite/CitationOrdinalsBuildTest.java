package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinal numbers (issue 15): citeproc-java printed a style's {@code <number form="ordinal"/>}
 * as a plain number, "2 ed." for "2nd ed." and German "2 Aufl." for "2. Aufl.".
 */
class CitationOrdinalsBuildTest {

    static final String BIB = """
            @book{smith, author={Smith, John}, title={The Art of Reporting}, publisher={Harbour Press}, address={London},
              year={2002}, edition={2}}
            @book{lee, author={Lee, Anna}, title={Coasts}, publisher={P}, address={Oxford}, year={2010}, edition={Revised}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String style, String language) throws Exception {
        return TestReport.citing(dir, style + language, style).title("Ordinals").language(language)
                .body("Reporting [@smith, 33]. Coasts [@lee].\n").file("references.bib", BIB).build("pdf", "epub");
    }

    private static void assertIn(String text, String needle) {
        assertTrue(text.contains(needle), "expected \"" + needle + "\" in\n" + text);
    }

    @Test
    void editionsAreOrdinalsOfTheLanguage() throws Exception {
        TestReport.Built chicago = build("chicago-notes-bibliography-16th-edition", "en");
        String chicagoPdf = text(chicago.pdf());
        String chicagoEpub = article(chicago.epub());
        String apa = text(build("apa", "en").pdf());
        String apaDe = text(build("apa", "de").pdf());
        TestReport.Built chicagoDe = build("chicago-notes-bibliography-16th-edition", "de");
        String chicagoDePdf = text(chicagoDe.pdf());
        assertAll(
                () -> assertIn(chicagoPdf, "2nd ed. (London: Harbour Press, 2002), 33."),
                () -> assertIn(chicagoPdf, "The Art of Reporting. 2nd ed. London"),
                () -> assertIn(chicagoEpub, "2nd ed."),
                () -> assertIn(chicagoPdf, "Revised"),
                () -> assertIn(apa, "(2nd ed.)"),
                () -> assertIn(apaDe, "(2. Aufl.)"),
                () -> assertIn(chicagoDePdf, "2. Aufl."),
                () -> assertFalse(chicagoPdf.contains("2 ed.") || apa.contains("2 ed.") || apaDe.contains("2 Aufl.")
                        || chicagoDePdf.contains("2 Aufl."), chicagoPdf),
                () -> assertFalse(chicagoPdf.contains("\uE040") || chicagoEpub.contains("\uE040"), chicagoPdf));
    }

    /**
     * A locale with its ordinal only in genders (pt-PT: ".º", ".ª"; also ca-AD, gl-ES, pa-PK) and a
     * term without one: citeproc-js takes the feminine form, citeproc-java's plain number was "2 ed.".
     */
    @Test
    void anOrdinalGivenOnlyInGendersTakesTheFeminine() throws Exception {
        String ptPt = article(build("apa", "pt-PT").epub());
        String ptAo = article(build("apa", "pt-AO").epub());
        assertAll(
                () -> assertIn(ptPt, "(2.ª ed.)"),
                () -> assertIn(ptAo, "(2.ª ed.)"));
    }
}
