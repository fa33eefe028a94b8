package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of Markdown block in a page-foot note: the note's every word stands at the page foot
 * or in the endnotes, never in the body. A thematic break (and an image in the note's text) was
 * not among the blocks the check looked for: the foot kept the note's first part and the rule
 * and the rest of the note printed in the body (a screen PDF with an image failed the build with
 * openhtmltopdf's NullPointerException, a print PDF left the image out).
 */
class NoteBlocksTest {

    /** The body: the note's call in its first paragraph, and words after it to find the body's end by. */
    private static final String BODY = "Text with a note.[^n] Then more body words.\n\nLast body words here.\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // kind ; the block, indented under the note | whether the page foot carries it
        "rule ; *** ; false",
        "dashes ; --- ; false",
        "image ; An image ![pictureword](fig.png) in text. ; false",
        "raw image ; An image <img src=\"fig.png\" alt=\"pictureword\"> in text. ; false",
        "list ; - listword one\\n    - listword two ; true",
        "quotation ; > quoteword here ; true",
        "code ; ```\\n    codeword()\\n    ``` ; true",
        "heading ; ### headword ; true",
        "html block ; <div>divword</div> ; false",
        "table ; | Colword | Two |\\n    |-----|-----|\\n    | cellword | x | ; false",
        "comment ; <!-- <div>hidden</div> --> ; true",
        "inline comment ; Words <!-- old: <div>boxed</div> --> and more. ; true",
        // HTML's abrupt empty comments are whole comments, and a <!-- in an attribute's value opens
        // none: a check that cut from <!-- to the next --> hid the rule after them, which printed
        // in the body with the note's rest
        "abrupt comment ; <!--> <hr> ; false",
        "abrupt comment with a dash ; <!---> <hr> ; false"})
    @MethodSource("blocksCsvCannotWrite")
    void everyWordOfTheNoteStandsOutOfTheBody(String kind, String block, boolean pageFoot, @TempDir Path dir) throws Exception {
        String note = "[^n]: Startword of the note.\n\n    " + block.replace("\\n", "\n") + "\n\n    Endword of the note.\n";
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).body(BODY + note).file("fig.png", png());
        TestReport.Built built = report.build("pdf", "epub");
        int line = List.of(report.article().split("\n")).indexOf("[^n]: Startword of the note.") + 1;
        boolean endnotes = built.warningLines().stream().anyMatch(w -> w.contains("article.md:" + line
                + ": warning: the PDF sets the notes as endnotes: this note holds "));
        assertEquals(!pageFoot, endnotes, String.join("\n", built.warningLines()));
        String text = text(built.pdf());
        int bodyStart = text.indexOf("Text with a note.");
        int bodyEnd = text.indexOf("Last body words here.");
        assertTrue(bodyStart >= 0 && bodyEnd > bodyStart, text);
        String body = text.substring(bodyStart, bodyEnd);
        for (String word : List.of("Startword", "Endword", "listword", "quoteword", "codeword", "headword", "divword", "cellword", "Colword")) {
            assertTrue(!body.contains(word), word + " printed in the body:\n" + text);
            if (note.contains(word)) {
                assertTrue(text.indexOf(word, bodyEnd) > bodyEnd, word + " lost:\n" + text);
            }
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(built.epub().toFile())) {
            String xhtml = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            // the e-book's endnote: the block between the note's paragraphs, none left empty
            assertTrue(xhtml.contains("Endword of the note.") && !xhtml.contains("<p></p>"), xhtml);
        }
        if (block.contains("fig.png")) {
            try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
                boolean drawn = false;
                for (var page : doc.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        drawn |= page.getResources().isImageXObject(name);
                    }
                }
                assertTrue(drawn, "the note's image is not drawn");
            }
        }
    }

    /** Blocks whose quotation marks or colons a CSV row cannot hold as they are. */
    static Stream<Arguments> blocksCsvCannotWrite() {
        return Stream.of(
                // a <!-- in an attribute's value opens no comment: the rule after it is a rule
                Arguments.of("comment mark in an attribute", "<span title=\"<!--\">\n    <hr>\n    divword.</span>", false),
                // prints nothing: it set every note as an endnote, warned as a block written in HTML
                Arguments.of("link reference definition", "See [the site][s].\n\n    [s]: https://example.org", true),
                // the text of a raw-text element is no markup, though CommonMark splits a "<p>" in it off
                // as a tag of its own: read tag by tag, it set every note as an endnote
                Arguments.of("script holding <p>", "Words <script>var a = \"<p>\";</script> and more.", true),
                Arguments.of("style holding <hr>", "Words <style>p::after { content: \"<hr>\"; }</style> and more.", true),
                Arguments.of("textarea holding <p>", "Words <textarea>x <p> y</textarea> and more.", true),
                Arguments.of("title holding <hr>", "Words <title>t <hr> t</title> and more.", true));
    }

    /** The abrupt comment in a Hebrew article of a brand whose notes stand at the page foot. */
    @Test
    void anAbruptCommentHidesNoRuleInAHebrewNote(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out")).language("he").brand("fieldstone")
                .body("פסקה ראשונה Bodyalpha עם הערה.[^1] עוד טקסט Bodybeta בגוף המאמר.\n\nפסקה אחרונה Bodygamma.\n\n"
                        + "[^1]: ההערה Startword מתחילה כאן.\n\n    <!--> <hr>\n\n    ההערה Endword נמשכת אחרי הקו.\n");
        TestReport.Built built = report.build("pdf");
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("this note holds a table or another block written in HTML")),
                String.join("\n", built.warningLines()));
        String text = text(built.pdf());
        int bodyStart = text.indexOf("Bodyalpha");
        int bodyEnd = text.indexOf("Bodygamma");
        assertTrue(bodyStart >= 0 && bodyEnd > bodyStart, text);
        for (String word : List.of("Startword", "Endword")) {
            assertTrue(!text.substring(bodyStart, bodyEnd).contains(word), word + " printed in the body:\n" + text);
            assertTrue(text.indexOf(word, bodyEnd) > bodyEnd, word + " lost:\n" + text);
        }
    }

    /** The print profile, untagged, left a page-foot note's image out, exit 0. */
    @Test
    void aPrintPdfKeepsTheNotesImageInAnEndnote(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).body(BODY + "[^n]: Startword ![pictureword](fig.png) Endword.\n")
                .file("fig.png", png()).build(request -> request.out(dir.resolve("out")).profile(org.imprint.PdfProfile.PRINT), "pdf");
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("this note holds an image")), String.join("\n", built.warningLines()));
        try (PDDocument doc = Loader.loadPDF(built.pdf().toFile())) {
            boolean drawn = false;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    drawn |= page.getResources().isImageXObject(name);
                }
            }
            assertTrue(drawn, "the note's image is not drawn");
        }
    }

    /**
     * An image alone in a paragraph of a note was made a figure numbered with the body's:
     * "Figure 1.", the picture and the rest of the note printed in the body, and the e-book split
     * the note's paragraph around it. It is refused at its line, as a chart in a note is.
     */
    @Test
    void aFigureInANoteIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body(BODY + "[^n]: Startword.\n\n    ![A picture in a note](fig.png)\n\n    Endword.\n").file("fig.png", png());
        ReportException refused = assertThrows(ReportException.class, () -> report.build("epub"));
        int line = List.of(report.article().split("\n")).indexOf("    ![A picture in a note](fig.png)") + 1;
        assertTrue(refused.getMessage().contains("article.md:" + line + ": a figure cannot stand in a note"), refused.getMessage());
    }

    /**
     * A note no text calls is left out of the report with a warning; a figure or chart in it
     * stopped the build ("a figure cannot stand in a note") as if it were printed.
     */
    @Test
    void aFigureInANoteNeverCalledGoesWithTheNote(@TempDir Path dir) throws Exception {
        TestReport report = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("Body words.\n\n![A body figure](fig.png)\n\nLast body words here.\n\n"
                        + "[^lost]: Startword.\n\n    ![A picture in a lost note](fig.png)\n\n    ```chart\n    type: line\n"
                        + "    data: none.csv\n    x: a\n    y: [b]\n    caption: A lost chart.\n    ```\n\n    Endword.\n")
                .file("fig.png", png());
        TestReport.Built built = report.build("pdf", "epub");
        int line = List.of(report.article().split("\n")).indexOf("[^lost]: Startword.") + 1;
        assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("article.md:" + line + ": warning: note \"[^lost]\" is never"
                + " called, so it is left out of the report")), String.join("\n", built.warningLines()));
        String text = text(built.pdf());
        assertTrue(text.contains("Figure 1. A body figure") && !text.contains("Figure 2") && !text.contains("lost"), text);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                image.setRGB(x, y, x < 20 ? 0x336699 : 0xcc9933);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
