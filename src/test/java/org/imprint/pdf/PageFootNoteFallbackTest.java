package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.verify.VeraPdfAssertions;
import org.imprint.testing.PdfImages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notes that openhtmltopdf 1.1.31 cannot set at the foot of their page (a note longer than the
 * room left, notes called just before a figure or in a table) are not printed over the figure
 * or on a page of their own: the build finds them after layout, sets the notes as endnotes and
 * says which notes and why.
 */
class PageFootNoteFallbackTest {

    @TempDir
    Path out;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // note 1 is about 60 sentences: openhtmltopdf reserved page 4 for it, and notes 2 and 3 with it
            // (the warning stands at the line of note 1's definition)
            "long-page-foot-note | note 1 is too long for the foot of page 3 (it would run on to page 4); note 2 would print on page 4, not on page 3 | 23",
            // note 8, called in a heading, was printed across the figure below it (it is [^6], defined at line 61)
            "notes-near-figures  | note 8 would print over the figure on page 4 | 61"})
    void notesThatCannotStandAtThePageFootBecomeEndnotesWithAWarning(String name, String reason, int line) throws Exception {
        Path report = Reports.HOME.resolve("src/test/resources/reports/" + name);
        List<Problem> warnings = new ArrayList<>();
        Path file = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(out).formats("pdf").warnings(warnings::add).build())
                .get(0);
        String said = warnings.toString();
        assertTrue(warnings.stream().anyMatch(w -> w.file().equals(report.resolve("article.md"))
                && w.line() == line && w.message().startsWith("the PDF sets the notes as endnotes") && w.message().contains(reason)), said);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<PDStructureElement> notes = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), notes);
            assertEquals(List.of(), notes.stream().map(PDStructureElement::getElementIdentifier).toList(),
                    "no page-foot note is left once the notes are endnotes");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Notes"), "the endnotes have their heading");
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                assertNoTextOverImages(pdf, p);
            }
        }
        VeraPdfAssertions.assertPdfAAndPdfUa(file);
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Note".equals(e.getStructureType())) {
                    found.add(e);
                }
                collect(e, found);
            }
        }
    }

    /** No glyph of the page's text stands inside a raster image drawn on it. */
    private static void assertNoTextOverImages(PDDocument pdf, int index) throws IOException {
        PDPage page = pdf.getPage(index);
        List<Rectangle2D> images = PdfImages.boxes(page);
        if (images.isEmpty()) {
            return;
        }
        float height = page.getMediaBox().getHeight();
        List<String> over = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition glyph : positions) {
                    // text positions run from the top; the middle of the glyph, in the PDF's own (bottom-up) space
                    float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
                    float y = height - (glyph.getYDirAdj() - glyph.getHeightDir() / 2);
                    for (Rectangle2D image : images) {
                        if (image.getWidth() > 20 && image.getHeight() > 20 && image.contains(x, y)) {
                            over.add(text);
                            return;
                        }
                    }
                }
            }
        };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(pdf);
        assertEquals(List.of(), over, "text printed over an image on page " + (index + 1));
    }
}
