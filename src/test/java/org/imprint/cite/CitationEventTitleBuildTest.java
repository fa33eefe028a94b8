package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A style's tests and texts of CSL 1.0.2's {@code event-title} read a source's event, as
 * citeproc-js reads them (found by h15y): Chicago printed a conference paper's publisher's place
 * as if the conference were held there, "Proceedings of the ACM Conference (New York)".
 */
class CitationEventTitleBuildTest {

    static final String JSON = """
            [{"id": "conf", "type": "paper-conference", "title": "Fast Sorting", "container-title": "Proceedings of the ACM Conference",
              "event-title": "SIGMOD 2017", "author": [{"family": "Berg", "given": "Jan"}], "page": "10-20", "publisher": "ACM",
              "publisher-place": "New York", "issued": {"date-parts": [[2017]]}},
             {"id": "other", "type": "paper-conference", "title": "Slow Sorting", "container-title": "Proceedings of the Other Conference",
              "author": [{"family": "Cole", "given": "Ann"}], "page": "1-2", "publisher": "ACM", "publisher-place": "Boston",
              "issued": {"date-parts": [[2016]]}}]
            """;

    @TempDir
    Path dir;

    @Test
    void aConferenceWithItsTitleIsNotPlacedAtThePublisher() throws Exception {
        String chicago = text(TestReport.citing(dir, "chicago", "chicago-author-date").title("Faults").bibliography("refs.json")
                .body("See [@conf; @other].\n").file("refs.json", JSON).build("pdf").pdf());
        assertAll(
                () -> assertContains(chicago, "“Fast Sorting.” Proceedings of the ACM Conference, 10–20."),
                // without an event the style still prints the publisher's place, as citeproc-js
                () -> assertContains(chicago, "“Slow Sorting.” Proceedings of the Other Conference (Boston), 1–2."));
    }
}
