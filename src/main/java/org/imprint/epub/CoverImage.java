package org.imprint.epub;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imprint.image.Jpeg;

/**
 * The e-book's cover image: page 1 of the print edition, rendered by PDFBox, as a JPEG (the
 * cover is a picture, and JPEG encodes it several times faster and smaller than PNG).
 */
public final class CoverImage {

    /** 150 dpi gives a 1240 × 1754 pixel A4 cover, sharp on e-readers and tablets. */
    private static final float DPI = 150;

    private CoverImage() {
    }

    private static final float QUALITY = 0.9f;

    /** Renders the first page of a PDF as JPEG. */
    public static byte[] fromPdf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            // The JPEG writer copies int-RGB images pixel by pixel; 3-byte BGR it takes as it is.
            BufferedImage image = new BufferedImage(rendered.getWidth(), rendered.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = image.createGraphics();
            g.drawImage(rendered, 0, 0, null);
            g.dispose();
            return Jpeg.encode(image, QUALITY);
        }
    }
}
