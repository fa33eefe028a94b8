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
 * A numbered style whose list is sorted by author, built for real: revista-fave-seccion-ciencias-agrarias
 * and 26 other bundled styles numbered their list from 2 and every cite one too high ("(4) (3) (2)"
 * where citeproc-js prints "(3) (2) (1)", h15ab 2). The item Imprint registers to stand for a break
 * between notes, titled "-", took number 1: the style's author macro falls back on the title, and "-"
 * sorts before every name.
 */
class CitationNumberedFromOneBuildTest {

    static final String JSON = """
            [{"id": "book", "type": "book", "title": "The Rivers of the South", "author": [{"family": "Smith", "given": "John"},
              {"family": "Lee", "given": "Anna"}], "publisher": "Basic Books", "publisher-place": "New York", "issued": {"date-parts": [[2002]]}},
             {"id": "art", "type": "article-journal", "title": "Monsoon Variability", "author": [{"family": "Nguyen", "given": "Van An"}],
              "container-title": "Journal of Climate", "volume": "12", "issue": "3", "page": "100-120", "issued": {"date-parts": [[2019]]}},
             {"id": "b6", "type": "article-journal", "title": "Six Hands", "container-title": "Journal of Hands", "volume": "4",
              "page": "1-20", "author": [{"family": "Brown", "given": "Amy"}], "issued": {"date-parts": [[2010]]}}]
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "revista-fave-seccion-ciencias-agrarias|Paragraph (3).|Paragraph (1).|1 Brown, A. 2010.|3 Smith, J. and Lee, A. 2002.|(4)",
        "pain|Paragraph [3].|Paragraph [1].|[1] Brown A. Six Hands.|[3] Smith J, Lee A.|[4]"})
    void theListAndItsCitesNumberFromOne(String style, String first, String last, String firstEntry, String lastEntry, String fourth)
            throws Exception {
        String pdf = text(TestReport.citing(dir, style, style).title("Numbers").bibliography("refs.json")
                .body("Paragraph [@book].\n\nParagraph [@art].\n\nParagraph [@b6].\n").file("refs.json", JSON).build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, first),
                () -> assertContains(pdf, last),
                () -> assertContains(pdf, firstEntry),
                () -> assertContains(pdf, lastEntry),
                () -> assertFalse(pdf.contains(fourth), pdf));
    }
}
