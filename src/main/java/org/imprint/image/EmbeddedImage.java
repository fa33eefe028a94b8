package org.imprint.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG, JPEG or GIF image embedded in an SVG drawing as a {@code data:} URL, which every output
 * draws: decoded here (bounded, subsampled) so a damaged or oversized one is refused by name before
 * any output is written, rather than drawn blank or failing the PDF's drawer halfway.
 */
final class EmbeddedImage {

    /** More pixels than a figure's embedded picture needs (a 5,000 by 5,000 photo). */
    static final long MAX_PIXELS = 25_000_000;
    /** The decode proves the image whole at about this many pixels, whatever its size. */
    private static final long CHECK_PIXELS = 1_000_000;

    private EmbeddedImage() {
    }

    /**
     * Checks a {@code data:image/(png|jpeg|gif);base64,...} URL of an element.
     *
     * @throws SafeSvg.RefusedException when it does not decode, or is too large
     */
    static void check(String element, String url) throws SafeSvg.RefusedException {
        String format = url.substring("data:image/".length(), url.indexOf(';')).toLowerCase(Locale.ROOT);
        String what = "its <" + element + "> element's embedded " + format.toUpperCase(Locale.ROOT) + " image";
        String fix = "export the drawing again with its images embedded, or replace the image";
        byte[] data;
        try {
            data = Base64.getMimeDecoder().decode(url.substring(url.indexOf(',') + 1));
        } catch (IllegalArgumentException e) {
            throw new SafeSvg.RefusedException(what + " is not valid base64 (" + e.getMessage() + ")", fix);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw new SafeSvg.RefusedException(what + " cannot be read", fix);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new SafeSvg.RefusedException(what + " is " + reader.getWidth(0) + " by " + reader.getHeight(0)
                            + " pixels, over the limit of " + MAX_PIXELS / 1_000_000 + " megapixels",
                            "scale the image down in the drawing program");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / CHECK_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new SafeSvg.RefusedException(what + " is damaged (" + e.getMessage() + ")", fix);
        }
    }

    /**
     * A checked {@code data:image/gif} URL as a PNG one (its first frame): the PDF's SVG drawer
     * (Batik) reads no GIF and would give up on the whole figure.
     *
     * @throws SafeSvg.RefusedException when it does not decode
     */
    static String gifAsPng(String element, String url) throws SafeSvg.RefusedException {
        try {
            byte[] data = Base64.getMimeDecoder().decode(url.substring(url.indexOf(',') + 1));
            java.awt.image.BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw new IOException("no GIF reader");
            }
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new SafeSvg.RefusedException("its <" + element + "> element's embedded GIF image is damaged (" + e.getMessage() + ")",
                    "export the drawing again with its images embedded as PNG, or replace the image");
        }
    }
}
