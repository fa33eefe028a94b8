package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region with a locale file of its own beside its language's primary dialect prints its own
 * dates and punctuation, as citeproc-js (found by h15y): en-GB printed en-US's "January 15,
 * 2023" and a comma inside the closing quotation mark, es-MX es-ES's date without "el".
 */
class CitationRegionalDatesBuildTest {

    static final String JSON = """
            [{"id": "art", "type": "article-journal", "title": "A study of things", "container-title": "Journal of Studies",
              "volume": "12", "issue": "3", "page": "101-120", "author": [{"family": "Lee", "given": "Min"}],
              "issued": {"date-parts": [[2019, 5]]}},
             {"id": "web", "type": "webpage", "title": "Climate Change Indicators", "container-title": "EPA",
              "URL": "https://www.epa.gov/climate", "author": [{"literal": "United States Environmental Protection Agency"}],
              "issued": {"date-parts": [[2021, 3, 4]]}, "accessed": {"date-parts": [[2023, 1, 15]]}}]
            """;

    @TempDir
    Path dir;

    private String build(String style, String language) throws Exception {
        return text(TestReport.citing(dir, language, style).title("Faults").language(language).bibliography("refs.json")
                .body("See [@art; @web].\n").file("refs.json", JSON).build("pdf").pdf());
    }

    @Test
    void regionsPrintTheirOwnDatesAndPunctuation() throws Exception {
        String british = build("harvard-cite-them-right", "en-GB");
        String chicago = build("chicago-notes-bibliography", "en-GB");
        String mexican = build("harvard-cite-them-right", "es-MX");
        assertAll(
                () -> assertContains(british, "(Accessed: 15 January 2023)"),
                () -> assertContains(british, "‘A study of things’, Journal of Studies"),
                () -> assertContains(chicago, "EPA, 4 March 2021."),
                () -> assertContains(chicago, "‘A Study of Things’. Journal of Studies"),
                () -> assertContains(mexican, "(Consultado: el 15 de enero de 2023)"));
    }
}
