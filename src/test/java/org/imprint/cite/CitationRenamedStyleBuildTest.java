package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A style asked for by an id the Citation Style Language has renamed: the error named the
 * ids nearest in spelling (MLA, AHA, MRC for "modern-humanities-research-association"), never
 * the style's new id, mhra-notes (h15aa 13).
 */
class CitationRenamedStyleBuildTest {

    @TempDir
    Path dir;

    private ReportException refused(String style) {
        return assertThrows(ReportException.class, () -> TestReport.at(dir.resolve(style)).out(dir.resolve("out-" + style))
                .title("Renamed").date("2026-03-02").author("Jane Doe").bibliography("refs.json")
                .frontMatter("citation_style: " + style)
                .file("refs.json", "[{\"id\": \"b\", \"type\": \"book\", \"title\": \"T\", \"author\": [{\"family\": \"Doe\"}]}]")
                .body("Text [@b].\n").build("epub"));
    }

    @Test
    void aFormerIdNamesTheNewOne() {
        ReportException mhra = refused("modern-humanities-research-association");
        ReportException mla = refused("mla");
        assertAll(
                () -> assertTrue(mhra.getMessage().contains("renamed it; use citation_style: mhra-notes"), mhra.getMessage()),
                () -> assertTrue(mla.getMessage().contains("use citation_style: modern-language-association"), mla.getMessage()));
    }

    @Test
    void aMisspeltIdStillGetsTheNearest() {
        ReportException e = refused("modern-humanities-research-associaton");
        assertTrue(e.getMessage().contains("the nearest bundled styles are"), e.getMessage());
    }
}
