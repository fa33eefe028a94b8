package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A law style's later note points back to the note that first cited the source (CSL's
 * first-reference-note-number), which citeproc-java reads from the source and never works out:
 * Bluebook printed "Novak, supra note at 4", OSCOLA "Novak, “Eps” 4" (issue 15, h15o nob, osc).
 */
class CitationFirstNoteBuildTest {

    private static final String BIB = """
            @article{a, author={Novak, Ana}, title={Alpha}, journal={J}, year={2019}}
            @article{e, author={Novak, Ana}, title={Eps}, journal={J}, year={2020}}
            """;

    @TempDir
    Path dir;

    private String pdf(String style) throws Exception {
        return text(TestReport.citing(dir.resolve(style), style, style).title("Back").file("references.bib", BIB)
                .body("# H\n\nS [@a; @e, 3]. More text. N @e [4]. Again [@e, 5].\n").build("pdf").pdf());
    }

    @Test
    void aLaterNoteNamesTheNoteThatFirstCitedTheSource() throws Exception {
        String bluebook = pdf("bluebook-law-review");
        String oscola = pdf("oscola");
        assertAll(
                () -> assertTrue(bluebook.contains("supra note 1"), bluebook),
                () -> assertTrue(oscola.contains("(n 1) 4"), oscola));
    }
}
