package org.imprint.testing;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/** Where a PDF page draws its raster images, read back with PDFBox. */
public final class PdfImages {

    private PdfImages() {
    }

    /**
     * The heights, in points, of the images the PDF draws whose height is {@code aspect} times
     * their width (within 0.5), page by page in drawing order: a test's own tall image, told
     * apart from the layouts' logos and pictures.
     */
    public static List<Double> heightsOfAspect(java.nio.file.Path pdf, double aspect) throws IOException {
        List<Double> heights = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (Rectangle2D box : boxes(page)) {
                    if (Math.abs(box.getHeight() / box.getWidth() - aspect) < 0.5) {
                        heights.add(box.getHeight());
                    }
                }
            }
        }
        return heights;
    }

    /** The boxes of the images the page draws, in drawing order, in the PDF's own (bottom-up) space. */
    public static List<Rectangle2D> boxes(PDPage page) throws IOException {
        List<Rectangle2D> found = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void drawImage(PDImage image) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                found.add(new Rectangle2D.Float(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY()));
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        }.processPage(page);
        return found;
    }

    /**
     * The boxes of the small filled curved shapes the page draws (a list's disc bullets, drawn as
     * paths rather than text), in the PDF's own (bottom-up) space.
     *
     * @param most the largest width or height of a shape counted, in points
     */
    public static List<Rectangle2D> discs(PDPage page, float most) throws IOException {
        List<Rectangle2D> found = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
            private boolean curved;

            @Override
            public void drawImage(PDImage image) {
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                path.moveTo(p0.getX(), p0.getY());
                path.lineTo(p1.getX(), p1.getY());
                path.lineTo(p2.getX(), p2.getY());
                path.lineTo(p3.getX(), p3.getY());
                path.closePath();
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                path.lineTo(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                path.curveTo(x1, y1, x2, y2, x3, y3);
                curved = true;
            }

            @Override
            public Point2D getCurrentPoint() {
                return path.getCurrentPoint() == null ? new Point2D.Float() : path.getCurrentPoint();
            }

            @Override
            public void closePath() {
                path.closePath();
            }

            @Override
            public void endPath() {
                reset();
            }

            @Override
            public void strokePath() {
                reset();
            }

            @Override
            public void fillPath(int windingRule) {
                Rectangle2D box = path.getBounds2D();
                if (curved && box.getWidth() > 0 && box.getWidth() <= most && box.getHeight() <= most) {
                    found.add(box);
                }
                reset();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                fillPath(windingRule);
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            private void reset() {
                path.reset();
                curved = false;
            }
        }.processPage(page);
        return found;
    }
}
