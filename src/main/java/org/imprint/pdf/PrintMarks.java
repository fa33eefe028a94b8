package org.imprint.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Turns pages laid out at trim size plus bleed into print-shop pages: the laid-out page becomes
 * the BleedBox, the trim inside it the TrimBox, and the MediaBox grows around both to make room
 * for crop marks, which are drawn outside the bleed so that no cut shows them.
 *
 * <p>The MediaBox grows to negative coordinates rather than moving the content: links,
 * bookmarks and destinations keep their coordinates.
 */
final class PrintMarks {

    static final float POINTS_PER_MM = 72f / 25.4f;
    /** How long a crop mark is. */
    private static final float MARK_LENGTH = 6 * POINTS_PER_MM;
    /** Paper beyond the marks, so that no viewer or printer clips them. */
    private static final float MARGIN = 2 * POINTS_PER_MM;
    /** Hairline: visible on any device, thin enough not to mislead the cutter. */
    private static final float LINE_WIDTH = 0.25f;

    private final float bleed;

    /** @param bleedMm the bleed the pages were laid out with, on each side */
    PrintMarks(double bleedMm) {
        this.bleed = (float) (bleedMm * POINTS_PER_MM);
    }

    void apply(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDRectangle laidOut = page.getMediaBox();
            PDRectangle trim = inset(laidOut, bleed);
            float slug = bleed + MARK_LENGTH + MARGIN;
            page.setBleedBox(laidOut);
            page.setTrimBox(trim);
            page.setMediaBox(inset(laidOut, bleed - slug));
            page.setCropBox(null);
            try (PDPageContentStream marks = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                drawCropMarks(marks, trim);
            }
        }
    }

    /** Two marks at each corner, in line with the trim edges, starting at the bleed's edge. */
    private void drawCropMarks(PDPageContentStream cs, PDRectangle trim) throws IOException {
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(LINE_WIDTH);
        float[] xs = {trim.getLowerLeftX(), trim.getUpperRightX()};
        float[] ys = {trim.getLowerLeftY(), trim.getUpperRightY()};
        for (int i = 0; i < 2; i++) {
            float outX = i == 0 ? -1 : 1;
            for (int j = 0; j < 2; j++) {
                float outY = j == 0 ? -1 : 1;
                float x = xs[i];
                float y = ys[j];
                // horizontal mark, level with the trim's top or bottom edge
                cs.moveTo(x + outX * bleed, y);
                cs.lineTo(x + outX * (bleed + MARK_LENGTH), y);
                // vertical mark, level with the trim's left or right edge
                cs.moveTo(x, y + outY * bleed);
                cs.lineTo(x, y + outY * (bleed + MARK_LENGTH));
            }
        }
        cs.stroke();
    }

    private static PDRectangle inset(PDRectangle r, float by) {
        return new PDRectangle(r.getLowerLeftX() + by, r.getLowerLeftY() + by,
                r.getWidth() - 2 * by, r.getHeight() - 2 * by);
    }
}
