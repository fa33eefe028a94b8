package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FigurePlacement} moves a stranded figure after the paragraphs that follow it, but not
 * past paragraphs that call notes when its caption calls one: notes are numbered in the order
 * the text calls them, so the caption's note would print after theirs. Without a note in the
 * caption the same figure does move (so the report does strand it).
 */
class FigureNotesOrderTest {

    private static final String FILLER = "The talks were watched closely by both capitals, and the press in each country "
            + "reported them in its own words and with its own emphasis, day after day, for weeks. ";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFigureWhoseCaptionCallsANoteStaysBeforeParagraphsCallingNotes(boolean captionNote) throws Exception {
        Path report = Files.createDirectories(dir.resolve("figure-notes"));
        Files.createDirectories(report.resolve("figures"));
        BufferedImage image = new BufferedImage(400, 500, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(20, 20, 360, 460);
        g.dispose();
        ImageIO.write(image, "png", report.resolve("figures/fig1.png").toFile());
        StringBuilder md = new StringBuilder("""
                ---
                title: "Figure and notes"
                date: 2026-04-21
                language: en
                authors:
                  - name: Jane Doe
                ---

                """);
        for (int i = 1; i <= 8; i++) {
            md.append("Opening paragraph ").append(i).append(". ").append(FILLER.repeat(4)).append("\n\n");
        }
        md.append("![A caption").append(captionNote ? " with a note[^c]" : "").append("](figures/fig1.png)\n\n");
        for (int i = 1; i <= 4; i++) {
            md.append("Following paragraph ").append(i).append(" calls a note.[^f").append(i).append("] ")
                    .append(FILLER.repeat(2)).append("\n\n");
        }
        if (captionNote) {
            md.append("[^c]: Note of the caption.\n\n");
        }
        for (int i = 1; i <= 4; i++) {
            md.append("[^f").append(i).append("]: Note of following paragraph ").append(i).append(".\n\n");
        }
        Files.writeString(report.resolve("article.md"), md);
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document).replaceAll("\\s+", " ");
        }
        int figure = text.indexOf("Figure 1.");
        int following = text.indexOf("Following paragraph 1");
        assertTrue(figure >= 0 && following >= 0, text);
        if (captionNote) {
            assertTrue(figure < following, "the figure whose caption calls a note moved past a paragraph calling a note: " + text);
            int captionNoteAt = text.indexOf("1. Note of the caption.");
            int firstFollowing = text.indexOf("2. Note of following paragraph 1.");
            assertTrue(captionNoteAt >= 0 && firstFollowing > captionNoteAt, "notes out of order: " + text);
        } else {
            assertTrue(figure > following, "the report no longer strands its figure, so it tests nothing: " + text);
        }
    }
}
