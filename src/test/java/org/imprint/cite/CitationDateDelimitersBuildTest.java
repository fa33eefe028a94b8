package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date's parts set apart by the date's delimiter ({@link DateDelimiters}), as citeproc-js prints them. */
class CitationDateDelimitersBuildTest {

    @TempDir
    Path dir;

    @Test
    void aDatesPartsAreSetApartByItsDelimiter() throws Exception {
        String sources = """
                [{"id":"w1","type":"webpage","author":[{"family":"Lee","given":"Bo"}],"title":"Web one","URL":"https://example.org/1",
                  "issued":{"date-parts":[[2020,1,5]]},"accessed":{"date-parts":[[2021,2,3]]}}]
                """;
        String ambio = epub("ambio", sources);
        String aerosol = epub("aerosol-and-air-quality-research", sources);
        assertTrue(ambio.contains("Lee, B. 2020. Web one. January 5."), ambio);
        assertTrue(aerosol.contains("(accessed 3 February 2021)"), aerosol);
    }

    /**
     * A date after a self-closing date element keeps its delimiter: pontifical-gregorian-university
     * printed "[accessed: 322021]" (issue 15, h15aa 9), as 116 other bundled styles that write
     * {@code <date .../>} before a delimited date.
     */
    @Test
    void aDateAfterASelfClosingDateKeepsItsDelimiter() throws Exception {
        String sources = """
                [{"id":"w1","type":"webpage","author":[{"family":"Lee","given":"Bo"}],"title":"Web one","URL":"https://example.org/1",
                  "issued":{"date-parts":[[2020,1,5]]},"accessed":{"date-parts":[[2021,2,3]]}}]
                """;
        String gregorian = epub("pontifical-gregorian-university", sources);
        String population = epub("comparative-population-studies", sources);
        assertTrue(gregorian.contains("[accessed: 3.2.2021]"), gregorian);
        assertTrue(population.contains("3.2.2021]"), population);
    }

    private String epub(String style, String sources) throws Exception {
        return CitationLocaleTermsBuildTest.text(TestReport.citing(dir, style, style).title("Dates").language("en")
                .bibliography("references.json").body("One [@w1].\n").file("references.json", sources).build("epub").epub());
    }
}
