package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link FigurePlacement} moves a stranded figure after the paragraphs that follow it, also when
 * its caption calls a note and they call notes: the notes are then numbered in the order the
 * PDF sets their calls ({@link NoteOrder}), so the page's notes still read in order, and each
 * stands at the foot of the page that calls it. Without a note in the caption the same figure
 * moves too (so the report does strand it).
 */
class FigureNotesOrderTest {

    private static final String FILLER = "The talks were watched closely by both capitals, and the press in each country "
            + "reported them in its own words and with its own emphasis, day after day, for weeks. ";

    @TempDir
    Path dir;

    /** The figure: with a caption calling a note, with a plain caption, or an image in raw HTML (no caption). */
    enum Kind { CAPTION_NOTE, CAPTION, RAW_IMG }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStrandedFigureMovesAndItsCaptionsNoteIsNumberedInReadingOrder(Kind kind) throws Exception {
        boolean captionNote = kind == Kind.CAPTION_NOTE;
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
        if (kind == Kind.RAW_IMG) {
            md.append("<img src=\"figures/fig1.png\" alt=\"An orange rectangle\">\n\n");
        } else {
            md.append("![A caption").append(captionNote ? " with a note[^c]" : "").append("](figures/fig1.png)\n\n");
        }
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
        List<String> pages = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        String text = String.join(" ", pages);
        int imagePage = imagePage(pdf);
        int followingPage = 0;
        while (followingPage < pages.size() && !pages.get(followingPage).contains("Following paragraph 1")) {
            followingPage++;
        }
        assertTrue(imagePage > 1 && followingPage < pages.size(), text);
        // the page before the figure's is full: no more than about four lines (8 %) white at its foot
        FootWhite.Page before = FootWhite.measure(pdf).get(imagePage - 2);
        assertTrue(before.whiteShare() <= 0.08, "the page before the figure ends early: " + before);
        // renumbered notes (FootnoteTags matches calls and notes by number) and moved images stay PDF/UA-1 and PDF/A-2u
        org.imprint.verify.PdfCheck check = new org.imprint.verify.PdfVerifier().check(pdf);
        assertTrue(check.passes(), check.conformance().toString());
        if (kind == Kind.RAW_IMG) {
            assertTrue(imagePage >= followingPage + 1, "the stranded image did not move after the next paragraph: " + text);
            return;
        }
        int figure = text.indexOf("Figure 1.");
        int following = text.indexOf("Following paragraph 1");
        assertTrue(figure >= 0 && following >= 0, text);
        assertTrue(figure > following, "the stranded figure did not move after the next paragraph: " + text);
        if (captionNote) {
            // the notes, in the order they print, are numbered 1, 2, 3...: the caption's too
            Matcher notes = Pattern.compile("(\\d+)\\. Note of (the caption|following paragraph \\d)").matcher(text);
            int expected = 1;
            while (notes.find()) {
                assertEquals(Integer.toString(expected++), notes.group(1), "notes out of order: " + text);
            }
            assertEquals(6, expected, "not every note printed: " + text);
            // the caption calls its note by the number the note prints, on the same page
            Matcher call = Pattern.compile("Figure 1\\. A caption with a note ?(\\d+)").matcher(text);
            assertTrue(call.find(), text);
            String number = call.group(1);
            String page = pages.stream().filter(p -> p.contains("Figure 1.")).findFirst().orElseThrow();
            assertTrue(page.contains(number + ". Note of the caption."), "the caption's note is not on its page: " + page);
        }
    }

    /** The number (from 1) of the first page that draws an image XObject. */
    private static int imagePage(Path pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                org.apache.pdfbox.pdmodel.PDResources resources = document.getPage(p).getResources();
                for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        return p + 1;
                    }
                }
            }
        }
        return 0;
    }
}
