package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure caption that calls a note, in a report with a bibliography: the note is numbered in
 * reading order with the article's notes and the citations set as notes (it crashed the build).
 */
class CaptionNotesTest {

    @ParameterizedTest
    @CsvSource({
            "chicago-notes-bibliography, 'Text with a note.1|Figure 1. A caption with a note2|More text.3|1. One.|2. Two.|3. John Smith and Mary Jones'",
            "apa, 'Text with a note.1|Figure 1. A caption with a note2|More text (Smith & Jones, 2002).|1. One.|2. Two.'"})
    void aCaptionsNoteIsNumberedInReadingOrder(String style, String expected, @TempDir Path dir) throws Exception {
        BufferedImage image = new BufferedImage(400, 250, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(40, 40, 320, 170);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Path pdf = TestReport.at(dir.resolve("caption-note")).title("Caption note").date("2026-04-21").brand(null).author("Jane Doe")
                .bibliography("references.json").frontMatter("citation_style: " + style).file("figures/fig1.png", png.toByteArray())
                .file("references.json", """
                [{"id": "smith2002", "type": "book", "title": "The art of reporting",
                  "author": [{"family": "Smith", "given": "John"}, {"family": "Jones", "given": "Mary"}],
                  "publisher": "Harbour Press", "issued": {"date-parts": [[2002]]}}]
                """).body("""
                Text with a note.[^1]

                ![A caption with a note[^2]](figures/fig1.png)

                More text [@smith2002].

                [^1]: One.

                [^2]: Two.
                """).build("pdf").pdf();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("[ \\t]+", " ");
        }
        int at = 0;
        for (String line : expected.split("\\|")) {
            int found = text.indexOf(line, at);
            assertTrue(found >= 0, "\"" + line + "\" is not after what came before it in:\n" + text.substring(at));
            at = found + line.length();
        }
    }

    /**
     * A figure floats away from the text that precedes it in the Markdown: its caption's citation
     * of the source the text cited right before is no "Ibid." (which would point to whatever the
     * reader met last) but the full reference; the text's next note of the same source is the
     * "Ibid." of the text's own last note, as the caption is not in the text's sequence.
     */
    @org.junit.jupiter.api.Test
    void aCaptionsCitationIsNeverIbid(@TempDir Path dir) throws Exception {
        BufferedImage image = new BufferedImage(400, 250, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Path pdf = TestReport.at(dir.resolve("caption-ibid")).title("Caption ibid").date("2026-04-21").author("Jane Doe")
                .bibliography("references.json").frontMatter("citation_style: chicago-notes-bibliography-16th-edition")
                .file("figures/fig1.png", png.toByteArray())
                .file("references.json", """
                [{"id": "smith2002", "type": "book", "title": "The art of reporting",
                  "author": [{"family": "Smith", "given": "John"}], "publisher": "Harbour Press", "issued": {"date-parts": [[2002]]}},
                 {"id": "lee2010", "type": "book", "title": "Rivers",
                  "author": [{"family": "Lee", "given": "Anna"}], "publisher": "Harbour Press", "issued": {"date-parts": [[2010]]}}]
                """).body("""
                Text citing a source [@lee2010, 3].

                Text again [@smith2002, 4].

                ![Water levels after Smith [@smith2002, 5]](figures/fig1.png)

                More text [@smith2002, 6].
                """).build("pdf", "epub").pdf();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("\\s+", " ");
        }
        String caption = text.substring(text.indexOf("Figure 1."));
        caption = caption.substring(0, caption.indexOf("2002)") + 5);
        assertTrue(caption.contains("John Smith, The Art of Reporting (Harbour Press, 2002)"), caption);
        assertTrue(!text.contains("Ibid., 5"), text);
        assertTrue(text.contains("3. Ibid., 6."), text);
    }
}
