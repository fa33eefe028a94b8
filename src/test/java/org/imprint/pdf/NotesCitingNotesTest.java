package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Reports;
import org.imprint.testing.TestReport;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfCheck;
import org.imprint.verify.PdfVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes whose text calls other notes (issue 18, item 20): in the page-foot notes of both PDF
 * profiles each note keeps its own number, set after the note that first calls it, and the
 * numbers are the e-book's endnote numbers. Before, the called note's text ran into the calling
 * note's, unnumbered.
 */
class NotesCitingNotesTest {

    @TempDir
    static Path dir;
    static Path report;

    /** The notes as a reader meets them: A, then B and E (called from A's and B's texts), C, D. */
    private static final List<String> NOTES = List.of(
            "1. Note A citing B2 and C4 and D5.",
            "2. Note B citing E3.",
            "3. Note E.",
            "4. Note C.",
            "5. Note D citing A1 again.");

    @BeforeAll
    static void write() throws Exception {
        report = TestReport.at(dir.resolve("notes")).title("Notes Citing Notes").date("2026-02-02").language(null).brand(null)
                .author("Jane Doe").body("""
                ## Introduction

                A note[^a] and another[^c] and again the first[^a].

                ## Method

                Text citing b late[^b].

                [^a]: Note A citing B[^b] and C[^c] and D[^d].

                [^b]: Note B citing E[^e].

                [^c]: Note C.

                [^d]: Note D citing A[^a] again.

                [^e]: Note E.
                """).write();
    }

    @Test
    void screenPdfNumbersEveryNoteAndStaysPdfUa() throws Exception {
        Path pdf = build(PdfProfile.SCREEN, "screen");
        assertNotes(pdf);
        PdfCheck check = new PdfVerifier().check(pdf);
        assertTrue(check.passes(), check.toString());
    }

    @Test
    void printPdfNumbersEveryNote() throws Exception {
        assertNotes(build(PdfProfile.PRINT, "print"));
    }

    @Test
    void epubEndnotesHaveTheSameNumbers() throws Exception {
        Path epub = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("epub")).formats("epub").build()).get(0);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Document doc = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8), "", Parser.xmlParser());
            List<String> notes = doc.select("section.endnotes li").stream()
                    .map(li -> li.id().substring("fn-".length()) + ". " + li.text().replace(" \u2191", "")).toList();
            assertEquals(NOTES, notes);
        }
        assertEquals(List.of(), new EpubVerifier().check(epub));
    }

    private static Path build(PdfProfile profile, String out) throws Exception {
        return new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve(out)).formats("pdf").profile(profile)
                .build()).get(0);
    }

    /** Each note on its own line, with its number; the body's calls carry the same numbers. */
    private static void assertNotes(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // the calls, set higher, on their lines
            String text = stripper.getText(document);
            List<String> lines = text.lines().map(String::strip).toList();
            int first = lines.indexOf(NOTES.get(0));
            assertTrue(first >= 0, "no first note in\n" + text);
            assertEquals(NOTES, lines.subList(first, first + NOTES.size()), text);
            assertTrue(text.contains("A note1 and another4 and again the first1."), text);
            assertTrue(text.contains("Text citing b late2."), text);
        }
    }
}
