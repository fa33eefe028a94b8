package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.PdfProfile;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's readers count what they claim: {@code bench/foot-white.sh} ({@link FootWhite})
 * finds the page-foot notes of a print PDF too, whose media box starts below 0 at its crop
 * marks (it read them as text, and the white above them as none).
 */
class BenchReadersTest {

    @TempDir
    Path dir;

    private static final String BODY = """
            A paragraph that calls a note, so that the page has notes at its foot.[^1] The sentences go on for a while, so that the text is set justified over several lines of the column, as a report's body text is. Then a table follows below, whose cells stand far apart on their row.

            | Decade | Attempts | Agreements | Share |
            | --- | ---: | ---: | ---: |
            | 1990s | 1,350 | 270 | 20 %[^2] |
            | 2000s | 1,900 | 240 | 13 % |
            | 2010s | 2,700 | 225 | 8 % |

            [^1]: The note, at the foot of the page in print.
            [^2]: A note in a table.
            """;

    @Test
    void footWhiteFindsAPrintPdfsNotes() throws Exception {
        Path pdf = TestReport.at(dir.resolve("print")).language("en").body(BODY)
                .build(b -> b.profile(PdfProfile.PRINT), "pdf").pdf();
        List<FootWhite.Page> pages = FootWhite.measure(pdf);
        assertTrue(pages.stream().anyMatch(FootWhite.Page::notes), "no page read with notes: " + pages);
    }
}
