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
}
