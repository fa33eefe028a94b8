package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Empty texts in CSL JSON and YAML (an exported {@code "dropping-particle": ""}) are read as
 * absent, as citeproc-js reads them (found by h15y): the empty particle failed the build with
 * "the citation style "apa" cannot be used: String index out of range: -1".
 */
class CitationEmptyFieldsBuildTest {

    static final String JSON = """
            [{"id": "conf", "type": "paper-conference", "title": "Fast Sorting", "container-title": "Proceedings of the ACM Conference",
              "author": [{"family": "Berg", "given": "Jan", "dropping-particle": "", "non-dropping-particle": "van der", "suffix": ""}],
              "editor": [{"family": "", "given": ""}], "DOI": "", "page": "10-20", "issued": {"date-parts": [[2017]]}}]
            """;
    static final String YAML = """
            - id: book
              type: book
              title: Empty Parts
              author:
              - family: Lee
                given: Anna
                dropping-particle: ""
              publisher: ""
              issued:
                date-parts:
                - [2019]
            """;

    @TempDir
    Path dir;

    @Test
    void emptyTextsAreAbsent() throws Exception {
        String json = text(TestReport.citing(dir, "json", "apa").title("Faults").bibliography("refs.json")
                .body("See [@conf].\n").file("refs.json", JSON).build("pdf").pdf());
        String yaml = text(TestReport.citing(dir, "yaml", "apa").title("Faults").bibliography("refs.yaml")
                .body("See [@book].\n").file("refs.yaml", YAML).build("pdf").pdf());
        assertAll(
                () -> assertContains(json, "See (van der Berg, 2017)."),
                () -> assertContains(json, "van der Berg, J. (2017). Fast Sorting. Proceedings of the ACM Conference, 10–20."),
                () -> assertContains(yaml, "See (Lee, 2019)."),
                () -> assertContains(yaml, "Lee, A. (2019). Empty Parts."));
    }
}
