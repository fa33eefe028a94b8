package org.imprint.epub;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The e-book's cover image: page 1 of the print edition, rendered by PDFBox. */
public final class CoverImage {

    /** 150 dpi gives a 1240 × 1754 pixel A4 cover, sharp on e-readers and tablets. */
    private static final float DPI = 150;

    private CoverImage() {
    }

    /** Renders the first page of a PDF as PNG. */
    public static byte[] fromPdf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }
}
