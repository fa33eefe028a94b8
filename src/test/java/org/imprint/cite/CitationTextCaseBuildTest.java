package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSL's text-case="sentence" (issue 15), built for real into a PDF: citeproc-java ignored it. */
class CitationTextCaseBuildTest {

    @TempDir
    Path dir;

    /** elsevier-vancouver's {@code <text term="in" text-case="sentence"/>} printed "in:"; citeproc-js prints "In:". */
    @Test
    void sentenceCaseCapitalisesATerm() throws Exception {
        String pdf = text(TestReport.citing(dir, "vancouver", "elsevier-vancouver").title("Faults").body("Chap [@chap].\n")
                .file("references.bib", """
                        @incollection{chap, author={Kay, Ann}, title={A chapter}, editor={Carr, Cy}, booktitle={The Book},
                          publisher={Pub}, year={2020}, pages={1--10}}
                        """).build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, "A chapter. In: Carr C, editor. The Book"),
                () -> assertFalse(pdf.contains("in: Carr"), pdf));
    }
}
