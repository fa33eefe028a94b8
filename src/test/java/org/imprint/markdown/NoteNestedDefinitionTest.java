package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note's definition written inside another note's ({@code [^b]:} indented under {@code [^a]:})
 * counted as a table in that note: every note of the PDF was set as an endnote, with a warning
 * naming a table or HTML block the note does not hold (h19s, session note 13). It is a note of its
 * own, set where it is called; the outer note's paragraphs run on round it.
 */
class NoteNestedDefinitionTest {

    @Test
    void aNestedDefinitionKeepsTheNotesAtThePageFoot(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).body("""
                Body ALPHA calls one[^a] and two[^b].

                Second paragraph BRAVO calls three[^c].

                [^a]: Note A CHARLIE.

                    [^b]: Note B DELTA nested.

                    Note A second paragraph ECHO.

                [^c]: Note C FOXTROT.
                """);
        TestReport.Built built = report.build("pdf");
        String warnings = String.join("\n", built.warningLines());
        assertTrue(!warnings.contains("endnotes"), warnings);
        String text;
        try (PDDocument pdf = Loader.loadPDF(built.pdf().toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        // at the page foot, in order, the outer note whole and the nested one once, no "Notes" section
        assertTrue(text.contains("1. Note A CHARLIE. Note A second paragraph ECHO. 2. Note B DELTA nested. 3. Note C FOXTROT."), text);
        assertTrue(text.indexOf("Note B DELTA") == text.lastIndexOf("Note B DELTA") && !text.contains("Notes 1."), text);
    }

    /**
     * Two deep (a definition in a definition in a definition) the innermost was printed as text,
     * "[^c]: Note C …", and its call warned as never defined: commonmark-java continued every
     * definition at the absolute column 4, so the lines of a nested one kept 4 columns of
     * indentation (NoteDefinitions continues each four columns past its own start).
     */
    @Test
    void definitionsNestTwoDeepAndKeepTheirParagraphs(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).body("""
                Body ALPHA calls one[^a], two[^b] and three[^c].

                [^a]: Note A CHARLIE.

                    [^b]: Note B DELTA nested once.

                        [^c]: Note C ECHO nested twice.

                        Note B second paragraph GOLF.

                    Note A second paragraph FOXTROT.
                """);
        TestReport.Built built = report.build("pdf");
        String warnings = String.join("\n", built.warningLines());
        assertTrue(!warnings.contains("never defined") && !warnings.contains("endnotes"), warnings);
        String text;
        try (PDDocument pdf = Loader.loadPDF(built.pdf().toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("1. Note A CHARLIE. Note A second paragraph FOXTROT. 2. Note B DELTA nested once."
                + " Note B second paragraph GOLF. 3. Note C ECHO nested twice."), text);
        assertTrue(!text.contains("[^"), text);
    }
}
