package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.imprint.verify.EpubVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note of several blocks (a second paragraph, a list, indented by four spaces as pandoc and
 * GitHub write them) stays in its note in both outputs: before, the blocks after the first left
 * the note and were printed in the body as code. Its paragraphs run together as one; a list stays
 * a list, each item on a line of its own with its number (the items ran together in the note's
 * sentence, "Note with a list: • first • second").
 */
class MultiBlockNotesTest {

    @Test
    void aNotesParagraphsAndListStayInTheNote(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("notes")).title("Notes").date("2026-02-02").language(null).brand(null)
                .author("Jane Doe").body("""
                Text one.[^1] Text two.[^2]

                [^1]: Note with a list:

                    - first
                    - second

                [^2]: Second note.

                    Its second paragraph.

                    100. hundredth
                    101. hundred and first
                """).build("pdf", "epub");
        Path pdf = built.pdf();
        Path epub = built.epub();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String lines = new PDFTextStripper().getText(doc);
            assertTrue(lines.contains("1. Note with a list:\n\u2022 first\n\u2022 second\n"), lines);
            assertTrue(lines.contains("2. Second note. Its second paragraph.\n100. hundredth\n101. hundred and first\n"), lines);
            String text = lines.replaceAll("\\s+", " ");
            assertTrue(!text.substring(0, text.indexOf("1. Note with a list")).contains("first"), "nothing of a note in the body: " + text);
        }
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String article = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            String flat = article.replaceAll("\n", "");
            assertTrue(flat.contains("<p>Note with a list:</p><ul><li>first</li><li>second</li></ul><p><a href=\"#fnref-1\""), article);
            assertTrue(flat.contains("<p>Second note. Its second paragraph.</p><ol start=\"100\"><li>hundredth</li><li>hundred and first"
                    + "</li></ol><p><a href=\"#fnref-2\""), article);
            assertTrue(!article.contains("<pre>"), article);
        }
        assertEquals(List.of(), new EpubVerifier().check(epub).stream().map(Object::toString).toList());
    }

    /**
     * A list inside a quotation inside an endnote (h19m note-lists): the quotation ran into the
     * note's paragraph and its list was set as lines of text, no list to a screen reader. It is a
     * quotation after the note's paragraph, its list a real list: in the e-book's markup and in
     * the tagged PDF's structure (BlockQuote, L, LI), with the link back under it.
     */
    @Test
    void aListInAnEndnotesQuotationIsAList(@TempDir Path dir) throws Exception {
        String body = """
                Text one.[^1]

                [^1]: A note with a quotation holding a list:

                    > Quoted words.
                    >
                    > 3. three in quote
                    > 4. four in quote
                """;
        TestReport.Built built = TestReport.at(dir.resolve("quote")).out(dir.resolve("out")).body(body).build("epub");
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            String flat = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("\n", "");
            assertTrue(flat.contains("<p>A note with a quotation holding a list:</p><blockquote><p>Quoted words.</p><ol start=\"3\">"
                    + "<li>three in quote</li><li>four in quote</li></ol></blockquote><p><a href=\"#fnref-1\""), flat);
        }
        assertEquals(List.of(), new EpubVerifier().check(built.epub()).stream().map(Object::toString).toList());
        Path pdf = org.imprint.testing.EndnotesBrand.imprint(dir).build(org.imprint.BuildRequest.of(
                TestReport.at(dir.resolve("endn")).brand(org.imprint.testing.EndnotesBrand.NAME).body(body).write())
                .out(dir.resolve("out-pdf")).formats("pdf").build()).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> inQuotes = new java.util.ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), false, inQuotes);
            assertEquals(List.of("L", "LI", "LI"), inQuotes.stream().filter(t -> t.equals("L") || t.equals("LI")).toList(),
                    "the structure inside the note's quotation: " + inQuotes);
        }
    }

    /**
     * The same note in a PDF that sets page-foot notes (the default brand, pdfbox): there a note
     * stands inside its sentence, and its quotation ran into the paragraph, its list set as lines
     * of text, no L or LI. The PDF sets its notes as endnotes instead, with a warning at the
     * note's line, and the quotation's list is a list.
     */
    @Test
    void aListInAPageFootNotesQuotationMakesEndnotes(@TempDir Path dir) throws Exception {
        String body = """
                Text one.[^1]

                [^1]: A note with a quotation holding a list:

                    > Quoted words.
                    >
                    > - first in quote
                    > - second in quote
                """;
        TestReport.Built built = TestReport.at(dir.resolve("foot")).body(body).build("pdf");
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("article.md:")
                && w.contains("the PDF sets the notes as endnotes: this note holds a quotation with a list")), built.warningLines().toString());
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            List<String> inQuotes = new java.util.ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), false, inQuotes);
            assertEquals(List.of("L", "LI", "LI"), inQuotes.stream().filter(t -> t.equals("L") || t.equals("LI")).toList(),
                    "the structure inside the note's quotation: " + inQuotes);
        }
    }

    /** The structure types of the elements inside a BlockQuote, in order. */
    private static void collect(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node, boolean inQuote,
                                List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (inQuote) {
                    types.add(e.getStructureType());
                }
                collect(e, inQuote || "BlockQuote".equals(e.getStructureType()), types);
            }
        }
    }
}
