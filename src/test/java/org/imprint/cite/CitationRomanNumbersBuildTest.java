package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number a style prints in roman numerals ({@code <number variable="volume" form="roman"/>},
 * 97 bundled styles), built for real: citeproc-java printed the digits, where citeproc-js prints
 * "vol. xiv" (cambridge-university-press-note) and, set in upper case, "DXLIII" (ilahiyat-studies).
 */
class CitationRomanNumbersBuildTest {

    static final String JSON = """
            [{"id": "set", "type": "book", "title": "Collected works", "author": [{"family": "Mill", "given": "John Stuart"}],
              "volume": "14", "number-of-volumes": "33", "publisher": "Toronto University Press", "publisher-place": "Toronto",
              "issued": {"date-parts": [[1972]]}},
             {"id": "art", "type": "article-journal", "title": "Climate change and coral reefs", "author": [{"family": "Hughes",
              "given": "Terry P."}], "container-title": "Nature", "volume": "543", "issue": "7645", "page": "373-377",
              "issued": {"date-parts": [[2017, 3, 16]]}}]
            """;

    @TempDir
    Path dir;

    private String build(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Numbers").bibliography("refs.json")
                .body("Mill [@set]. Hughes [@art].\n").file("refs.json", JSON).build("pdf").pdf());
    }

    @Test
    void aRomanNumberIsWrittenInRomanNumerals() throws Exception {
        String cambridge = build("cambridge-university-press-note");
        String ilahiyat = build("ilahiyat-studies");
        assertAll(
                () -> assertContains(cambridge, "33 vols. (Toronto University Press, 1972), vol. xiv."),
                () -> assertContains(ilahiyat, "(March 16, 2017): DXLIII, 373–77."));
    }
}
