package org.imprint.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;

/**
 * PNG images for OpenPDF without its slow path: OpenPDF 2.0 decodes a PNG with ImageIO, then
 * copies it pixel by pixel through AWT's PixelGrabber, which took half of a report's build time.
 * An opaque 8-bit PNG keeps its compressed data; others are decoded with ImageIO and handed over
 * in one piece (alpha as a soft mask).
 */
final class RawPngImages {

    private RawPngImages() {
    }

    /**
     * The image, or null when it is not an 8-bit grey or RGB PNG (palette and 16-bit images are
     * left to OpenPDF).
     */
    static Image read(byte[] png) throws IOException {
        Image passed = passThrough(png);
        if (passed != null) {
            return passed;
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
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
            throw new IOException("cannot use the PNG image: " + e.getMessage(), e);
        }
    }

    /**
     * An opaque, non-interlaced 8-bit grey or RGB PNG as it is: its compressed data with the PNG
     * predictors is what a PDF Flate stream with /Predictor 15 holds, so nothing is decoded or
     * compressed again. Null for any other PNG.
     */
    private static Image passThrough(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        if (in.readLong() != PNG_SIGNATURE) {
            return null;
        }
        int width = 0;
        int height = 0;
        int colours = 0;
        ByteArrayOutputStream data = new ByteArrayOutputStream(png.length);
        while (true) {
            int length = in.readInt();
            int type = in.readInt();
            if (type == IHDR) {
                width = in.readInt();
                height = in.readInt();
                int depth = in.readUnsignedByte();
                int colourType = in.readUnsignedByte();
                in.skipNBytes(2);
                int interlace = in.readUnsignedByte();
                colours = colourType == 0 ? 1 : colourType == 2 ? 3 : 0;
                if (depth != 8 || colours == 0 || interlace != 0) {
                    return null;
                }
            } else if (type == IDAT) {
                data.write(in.readNBytes(length));
            } else if (type == IEND) {
                break;
            } else if (type == TRNS || type == GAMA || type == ICCP) {
                // transparency, or colours that need correcting: decode instead
                return null;
            } else {
                in.skipNBytes(length);
            }
            in.skipNBytes(4); // CRC
        }
        try {
            Image image = new ImgRaw(width, height, colours, 8, data.toByteArray());
            image.setDeflated(true);
            PdfDictionary decode = new PdfDictionary();
            decode.put(PdfName.PREDICTOR, new PdfNumber(15));
            decode.put(PdfName.COLORS, new PdfNumber(colours));
            decode.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
            decode.put(PdfName.COLUMNS, new PdfNumber(width));
            PdfDictionary additional = new PdfDictionary();
            additional.put(PdfName.DECODEPARMS, decode);
            image.setAdditional(additional);
            return image;
        } catch (BadElementException e) {
            return null;
        }
    }

    private static final long PNG_SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int IHDR = 0x49484452;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final int TRNS = 0x74524E53;
    private static final int GAMA = 0x67414D41;
    private static final int ICCP = 0x69434350;
}
