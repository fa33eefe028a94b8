package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line that an image too wide to follow it wrapped away from is not justified: in both
 * engines the task box of "- [ ] ![Task](chart.png)" was spread over the whole measure ("[" at
 * one edge, "]" at the other, or letter by letter), and so was "Note start." before a linked
 * image that is a paragraph of an endnote ("N o t e      s t a r t."). The image starts a line
 * of its own after a forced break (ImageLines, BodyNodeRenderer), which no engine justifies.
 */
class TaskImageLinesTest {

    @ParameterizedTest
    @CsvSource({"pdfbox", "openpdf"})
    void aTaskBoxBeforeAnImageIsNotSpread(String engine, @TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).file("chart.png", widePng())
                .body("A paragraph.\n\n- [ ] ![Task](chart.png)\n- [x] A task in words.\n")
                .build(o -> o.engine(engine), "pdf");
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        Glyph open = PdfGlyphs.find(glyphs, "[").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, open, 1f).stream().filter(g -> !g.blank() && g.x() >= open.x()).toList();
        assertTrue(PdfGlyphs.text(line).equals("[]"), "the task box's line: " + PdfGlyphs.text(line));
        float span = line.get(line.size() - 1).right() - open.x();
        assertTrue(span < 12, "the task box \"[ ]\" is spread over " + span + " pt");
    }

    @ParameterizedTest
    @CsvSource({"pdfbox", "openpdf"})
    void aNotesLineBeforeItsLinkedImageIsNotSpread(String engine, @TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).file("chart.png", widePng())
                .body("""
                        The text calls the note.[^1]

                        [^1]: Note start.

                            [![A linked chart.](chart.png)](https://example.org)

                            Note end.
                        """)
                .build(o -> o.engine(engine), "pdf");
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        Glyph start = PdfGlyphs.find(glyphs, "Note start").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, start, 1f).stream().filter(g -> !g.blank() && g.x() >= start.x()).toList();
        assertTrue(PdfGlyphs.text(line).equals("Notestart."), "the note's first line: " + PdfGlyphs.text(line));
        float span = line.get(line.size() - 1).right() - start.x();
        assertTrue(span < 4 * start.fontSize() + 20, "\"Note start.\" is spread over " + span + " pt");
    }

    /** A landscape PNG wider than the measure, which no line can hold beside words. */
    private static byte[] widePng() throws Exception {
        BufferedImage image = new BufferedImage(1200, 500, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < 1200; x++) {
                image.setRGB(x, y, new Color(200, 120 + y / 5, 60).getRGB());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
