package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A locator's label in a group with the source's pages ({@link LocatorLabels}), built for real:
 * presses-universitaires-de-rennes's notes printed "2015, 45–67" for a chapter cited without a
 * page, where citeproc-js prints the "page" term, "2015, p. 45–67" (h15ab 6), in every language ("S." in German).
 * A cite with a locator keeps its own label.
 */
class CitationLocatorLabelBuildTest {

    static final String JSON = """
            [{"id": "chap", "type": "chapter", "title": "Floods and Cities", "author": [{"family": "Garcia", "given": "Maria"}],
              "container-title": "Water and Power", "editor": [{"family": "Novak", "given": "Petr"}], "publisher": "Routledge",
              "publisher-place": "London", "page": "45-67", "issued": {"date-parts": [[2015]]}},
             {"id": "art", "type": "article-journal", "title": "Monsoon Variability", "author": [{"family": "Nguyen", "given": "Van An"}],
              "container-title": "Journal of Climate", "volume": "12", "issue": "3", "page": "100-120", "issued": {"date-parts": [[2019]]}}]
            """;

    @TempDir
    Path dir;

    /** The language's "page" term: the style's own "p." in French, the locale's elsewhere (German "S."), as in citeproc-js. */
    @ParameterizedTest
    @CsvSource({"en, p.", "fr, p.", "de, S."})
    void theLabelOfACiteWithoutALocatorIsThePageTerm(String language, String page) throws Exception {
        String style = "presses-universitaires-de-rennes";
        String pdf = text(TestReport.citing(dir, style + "-" + language, style).title("Labels").language(language).bibliography("refs.json")
                .body("One [@chap]. Two [@art]. Three [@chap, chap. 4].\n").file("refs.json", JSON).build("pdf").pdf())
                .replace('\u2011', '–');   // French ranges take a non-breaking hyphen
        assertAll(
                () -> assertContains(pdf, "Routledge, London, 2015, " + page + " 45–67."),   // the note (the list has "London, Routledge")
                () -> assertContains(pdf, "ap. 4 45–67."),   // chap., Kap.: the locator's own label
                () -> assertFalse(pdf.contains(" p. 4 "), pdf));
    }
}
