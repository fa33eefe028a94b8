package org.imprint.image;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Images as a PDF/A-2 file with an sRGB output intent can hold them. A JPEG in CMYK or YCCK would
 * be embedded as DeviceCMYK, which PDF/A forbids without a CMYK output intent; an image with an
 * embedded ICC profile would lose it, and its colours with it. Such images are converted to sRGB,
 * through their own profile when they have a usable one (as a colour-managed browser shows
 * them), else as plain CMYK (as browsers show untagged CMYK); a broken profile is ignored. Every
 * other image keeps its bytes: 16-bit, palette and alpha PNGs are valid in PDF/A-2 as they are.
 *
 * <p>JPEGs stay JPEGs (photographs), others become PNGs, alpha kept. The conversion is
 * deterministic: the same file gives the same bytes.
 */
public final class PdfSafeImage {

    private static final float JPEG_QUALITY = 0.92f;

    private PdfSafeImage() {
    }

    /**
     * The bytes to embed for an image file's bytes: the same array when it can be embedded as it
     * is (or is not an image this class knows), else the image converted to sRGB.
     */
    public static byte[] of(byte[] image) throws IOException {
        ImageHeader header = ImageHeader.of(image);
        if (!header.needsConversion() || header.jpeg() && header.components() != 4 && IccProfiles.isSrgb(image)) {
            return image;
        }
        BufferedImage decoded = decode(image, header);
        if (decoded == null) {
            return image; // not decodable here: left to the engine, which reports what it cannot use
        }
        boolean alpha = decoded.getColorModel().hasAlpha() && !header.jpeg();
        BufferedImage srgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (decoded.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_RGB
                && decoded.getColorModel().getColorSpace().isCS_sRGB()) {
            srgb.getGraphics().drawImage(decoded, 0, 0, null);
        } else {
            new ColorConvertOp(null).filter(decoded, srgb);
        }
        return header.jpeg() ? jpeg(srgb) : png(srgb);
    }

    /** Decodes the image, through its ICC profile; a profile that cannot be used is left out. */
    private static BufferedImage decode(byte[] image, ImageHeader header) throws IOException {
        try {
            if (header.jpeg() && header.components() == 4) {
                return cmyk(image, header);
            }
            return read(image);
        } catch (IOException | RuntimeException e) {
            if (!header.hasIcc()) {
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
            return read(header.withoutIcc(image));
        }
    }

    /**
     * A CMYK or YCCK JPEG as CMYK samples (the reader undoes Adobe's inversion and YCCK), in the
     * colour space of the embedded profile when Java's colour engine can use it. The profile is
     * applied here rather than by the reader, which refuses profiles that convert one way only
     * (input profiles), though they are all a conversion to sRGB needs.
     */
    private static BufferedImage cmyk(byte[] image, ImageHeader header) throws IOException {
        return decode(image, reader -> {
            ICC_ColorSpace profile = header.hasIcc() ? IccProfiles.cmyk(image) : null;
            ImageTypeSpecifier raw = reader.getRawImageType(0);
            if (profile == null || raw == null || raw.getNumComponents() != 4) {
                return reader.read(0); // the reader's own conversion, as a browser shows untagged CMYK
            }
            ImageReadParam param = reader.getDefaultReadParam();
            param.setDestinationType(raw);
            WritableRaster samples = reader.read(0, param).getRaster();
            if (header.adobe()) {
                // Adobe's CMYK JPEGs store ink inverted (255 is none), as the reader leaves them here
                invert(samples);
            }
            ComponentColorModel model = new ComponentColorModel(profile, false, false, Transparency.OPAQUE,
                    samples.getTransferType());
            return new BufferedImage(model, samples, false, null);
        });
    }

    private static void invert(WritableRaster raster) {
        int[] row = new int[raster.getWidth() * raster.getNumBands()];
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getPixels(0, y, raster.getWidth(), 1, row);
            for (int i = 0; i < row.length; i++) {
                row[i] = 255 - row[i];
            }
            raster.setPixels(0, y, raster.getWidth(), 1, row);
        }
    }

    private static BufferedImage read(byte[] image) throws IOException {
        return decode(image, reader -> {
            BufferedImage decoded = reader.read(0);
            if (decoded.getColorModel().getColorSpace() instanceof ICC_ColorSpace icc) {
                // a profile Java's colour engine cannot use fails here, not half-way through the conversion
                icc.toRGB(new float[icc.getNumComponents()]);
            }
            return decoded;
        });
    }

    /** Reads an image with its reader, set to its bytes; null when no reader knows the format. */
    private interface Decoding {
        BufferedImage with(ImageReader reader) throws IOException;
    }

    private static BufferedImage decode(byte[] image, Decoding decoding) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return decoding.with(reader);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        return Jpeg.encode(image, JPEG_QUALITY);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }

    static String ascii(byte[] data, int offset, int length) {
        return new String(data, offset, Math.min(length, Math.max(0, data.length - offset)), StandardCharsets.ISO_8859_1);
    }
}
