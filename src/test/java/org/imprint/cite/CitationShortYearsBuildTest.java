package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year a style prints in two digits ({@code <date-part name="year" form="short"/>}, 55 bundled
 * styles) as citeproc-js prints it: accident-analysis-and-prevention's access date was
 * "(accessed 3.1.2024)" for "(accessed 3.1.24)"; the issued year, printed in full, stays (issue 15).
 */
class CitationShortYearsBuildTest {

    private static final String JSON = """
            [{"id":"w","type":"webpage","title":"Pakistan mediates","author":[{"family":"Khan","given":"Ayesha"}],
              "issued":{"date-parts":[[2024,1,15]]},"accessed":{"date-parts":[[2024,3,1]]},"URL":"https://example.org/x","container-title":"Dawn"}]
            """;

    @TempDir
    Path dir;

    @Test
    void aShortYearHasTwoDigits() throws Exception {
        String pdf = text(TestReport.citing(dir, "short", "accident-analysis-and-prevention").title("Years").bibliography("refs.json")
                .file("refs.json", JSON).body("Seen [@w].\n").build("pdf").pdf()).replaceAll("\\s+", " ");
        assertAll(
                () -> assertTrue(pdf.contains("(accessed 3.1.24)"), pdf),
                () -> assertTrue(pdf.contains("Khan, A., 2024. Pakistan mediates"), pdf));
    }
}
