package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title written wholly in capitals keeps them under a style's title case, as citeproc-js keeps
 * them (found by h15y): "JAMA" and "PLOS ONE" were printed "Jama" and "Plos One" by every style
 * that title-cases container-title, from CSL JSON and from BibTeX.
 */
class CitationCapitalTitlesBuildTest {

    static final String JSON = """
            [{"id": "jama", "type": "article-journal", "title": "Trial results", "container-title": "JAMA", "volume": "323",
              "page": "10-19", "author": [{"family": "Hill", "given": "Ann"}], "issued": {"date-parts": [[2019]]}},
             {"id": "plos", "type": "article-journal", "title": "Gene study", "container-title": "PLOS ONE", "volume": "5",
              "page": "e1", "author": [{"family": "Kim", "given": "Bo"}], "issued": {"date-parts": [[2018]]}},
             {"id": "mixed", "type": "article-journal", "title": "the state of AI in the USA", "container-title": "journal of the american NASA society",
              "author": [{"family": "Roe", "given": "Al"}], "issued": {"date-parts": [[2017]]}}]
            """;
    static final String BIB = """
            @article{jama, author = {Hill, Ann}, title = {Trial results}, journal = {JAMA}, volume = {323},
              pages = {10--19}, year = {2019}}
            """;

    @TempDir
    Path dir;

    /** Capitals kept; a title in small letters is still title-cased, its acronyms kept. */
    @Test
    void capitalsStayUnderTitleCase() throws Exception {
        String apa = text(TestReport.citing(dir, "apa", "apa").title("Faults").bibliography("refs.json")
                .body("See [@jama; @plos; @mixed].\n").file("refs.json", JSON)
                .build("pdf").pdf());
        String chicago = text(TestReport.citing(dir, "chicago", "chicago-author-date").title("Faults").bibliography("refs.bib")
                .body("See [@jama].\n").file("refs.bib", BIB).build("pdf").pdf());
        assertAll(
                () -> assertContains(apa, "Trial results. JAMA, 323, 10–19."),
                () -> assertContains(apa, "Gene study. PLOS ONE, 5, e1."),
                () -> assertContains(apa, "Journal of the American NASA Society."),
                () -> assertContains(chicago, "“Trial Results.” JAMA 323: 10–19."));
    }
}
