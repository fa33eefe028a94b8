package org.imprint.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

/**
 * PNG images for OpenPDF without its slow path: OpenPDF 2.0 decodes a PNG with ImageIO, then
 * copies it pixel by pixel through AWT's PixelGrabber, which took half of a report's build time.
 * This decodes with ImageIO and hands the samples over in one piece (alpha as a soft mask).
 */
final class RawPngImages {

    private RawPngImages() {
    }

    /**
     * The image, or null when it is not an 8-bit grey or RGB PNG (palette and 16-bit images are
     * left to OpenPDF).
     */
    static Image read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null || !(image.getColorModel() instanceof ComponentColorModel)
                || image.getRaster().getTransferType() != DataBuffer.TYPE_BYTE) {
            return null;
        }
        Raster raster = image.getRaster();
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bands = raster.getNumBands();
        boolean alpha = image.getColorModel().hasAlpha();
        int colours = alpha ? bands - 1 : bands;
        if (colours != 1 && colours != 3) {
            return null;
        }
        int[] samples = raster.getPixels(0, 0, width, height, (int[]) null);
        int pixels = width * height;
        byte[] colour = new byte[pixels * colours];
        byte[] mask = alpha ? new byte[pixels] : null;
        for (int p = 0, s = 0; p < pixels; p++) {
            for (int c = 0; c < colours; c++) {
                colour[p * colours + c] = (byte) samples[s++];
            }
            if (alpha) {
                mask[p] = (byte) samples[s++];
            }
        }
        try {
            Image result = Image.getInstance(width, height, colours, 8, colour);
            if (alpha) {
                Image softMask = Image.getInstance(width, height, 1, 8, mask);
                softMask.makeMask();
                result.setImageMask(softMask);
            }
            return result;
        } catch (BadElementException e) {
            throw new IOException("cannot use image " + file, e);
        }
    }
}
