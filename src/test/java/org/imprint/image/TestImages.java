package org.imprint.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Small test images in the encodings photographs and charts arrive in, made here rather than
 * committed, so that what each one is stays readable. Each is 120 × 80 pixels of six flat
 * patches (two rows of three, 40 pixels square), so colours can be sampled at the patches'
 * centres.
 */
final class TestImages {

    static final int WIDTH = 120;
    static final int HEIGHT = 80;

    /** The CMYK patches, ink from 0 to 1: cyan, magenta, yellow / red, blue, 60 % black. */
    static final float[][] CMYK_PATCHES = {
            {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0},
            {0, 1, 1, 0}, {1, 1, 0, 0}, {0, 0, 0, 0.6f}};

    /** The RGB patches of the other images: red, green, blue / orange, grey, teal. */
    static final int[] RGB_PATCHES = {0xD62828, 0x2A9D4F, 0x1D4ED8, 0xF77F00, 0x808080, 0x0E7C7B};

    private TestImages() {
    }

    /** The CMYK profile PDFBox ships for DeviceCMYK (a small CGATS TR 001 profile). */
    static byte[] cmykProfile() throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc")) {
            return in.readAllBytes();
        }
    }

    /** The patch (0 to 5) at a pixel. */
    static int patch(int x, int y) {
        return (y / 40) * 3 + x / 40;
    }

    /**
     * An Adobe CMYK JPEG as Photoshop writes it: an APP14 "Adobe" marker and inverted samples
     * (255 is no ink); in YCCK (transform 2) when {@code ycck}, with the profile when not null.
     */
    static byte[] cmykJpeg(boolean ycck, byte[] profile) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, WIDTH, HEIGHT, 4, null);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                float[] ink = CMYK_PATCHES[patch(x, y)];
                int[] s = new int[4];
                for (int i = 0; i < 4; i++) {
                    s[i] = 255 - Math.round(ink[i] * 255);
                }
                if (ycck) {
                    // YCCK stores C, M and Y as the YCbCr of "RGB" 255 − stored CMY (libjpeg's
                    // ycck_cmyk_convert undoes it); K as it is
                    double r = 255 - s[0];
                    double g = 255 - s[1];
                    double b = 255 - s[2];
                    s[0] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
                    s[1] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
                    s[2] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
                }
                raster.setPixel(x, y, s);
            }
        }
        byte[] jpeg = writeJpeg(raster);
        jpeg = withSegment(jpeg, adobe(ycck ? 2 : 0));
        return profile == null ? jpeg : withSegment(jpeg, iccSegment(profile));
    }

    /** An RGB JPEG that carries an ICC profile no colour engine can use. */
    static byte[] brokenProfileJpeg() throws IOException {
        byte[] junk = new byte[300];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 31 + 7);
        }
        ByteBuffer.wrap(junk).putInt(junk.length); // a plausible size, then nonsense
        return withSegment(rgbJpeg(), iccSegment(junk));
    }

    /** An RGB JPEG tagged with the sRGB profile, as cameras write them. */
    static byte[] srgbJpeg() throws IOException {
        return withSegment(rgbJpeg(), iccSegment(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    }

    static byte[] rgbJpeg() throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        paint(image);
        return writeJpeg(image);
    }

    /** RGB with 16 bits per channel. */
    static byte[] deepPng() throws IOException {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(WIDTH, HEIGHT);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = RGB_PATCHES[patch(x, y)];
                raster.setPixel(x, y, new int[] {(rgb >> 16 & 0xFF) * 257, (rgb >> 8 & 0xFF) * 257, (rgb & 0xFF) * 257});
            }
        }
        return png(new BufferedImage(model, raster, false, null));
    }

    /** Indexed colour: a palette of the six patch colours. */
    static byte[] palettePng() throws IOException {
        byte[] r = new byte[6];
        byte[] g = new byte[6];
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            r[i] = (byte) (RGB_PATCHES[i] >> 16);
            g[i] = (byte) (RGB_PATCHES[i] >> 8);
            b[i] = (byte) RGB_PATCHES[i];
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(4, 6, r, g, b));
        paint(image);
        return png(image);
    }

    /** RGB with a gradient of transparency, left to right. */
    static byte[] alphaPng() throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int alpha = 255 - x * 200 / WIDTH;
                image.setRGB(x, y, alpha << 24 | RGB_PATCHES[patch(x, y)]);
            }
        }
        return png(image);
    }

    /** Greyscale with an embedded grey ICC profile (an iCCP chunk). */
    static byte[] greyIccPng() throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        paint(image);
        byte[] png = png(image);
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_GRAY).getData();
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes("Grey\0\0".getBytes(StandardCharsets.ISO_8859_1));
        Deflater deflater = new Deflater();
        deflater.setInput(profile);
        deflater.finish();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            chunk.write(buffer, 0, deflater.deflate(buffer));
        }
        return withPngChunk(png, "iCCP", chunk.toByteArray());
    }

    private static void paint(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(RGB_PATCHES[i]));
            g.fillRect(i % 3 * 40, i / 3 * 40, 40, 40);
        }
        g.dispose();
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static byte[] writeJpeg(Object image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1f);
            IIOImage iio = image instanceof Raster raster ? new IIOImage(raster, null, null) : new IIOImage((BufferedImage) image, null, null);
            writer.write(null, iio, param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** APP14 "Adobe", version 100, no flags, the given colour transform. */
    private static byte[] adobe(int transform) {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.put((byte) 0xFF).put((byte) 0xEE).putShort((short) 14).put("Adobe".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 100).putShort((short) 0).putShort((short) 0).put((byte) transform);
        return b.array();
    }

    /** APP2 "ICC_PROFILE", one chunk. */
    private static byte[] iccSegment(byte[] profile) {
        ByteBuffer b = ByteBuffer.allocate(4 + 14 + profile.length);
        b.put((byte) 0xFF).put((byte) 0xE2).putShort((short) (2 + 14 + profile.length))
                .put("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1).put(profile);
        return b.array();
    }

    /** The JPEG with a marker segment right after SOI (and any JFIF or Adobe segment of the writer dropped). */
    private static byte[] withSegment(byte[] jpeg, byte[] segment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment);
        int pos = 2;
        while ((jpeg[pos + 1] & 0xFF) == 0xE0 || (jpeg[pos + 1] & 0xFF) == 0xEE && (segment[1] & 0xFF) == 0xEE) {
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF));
        }
        out.write(jpeg, pos, jpeg.length - pos);
        return out.toByteArray();
    }

    /** The PNG with a chunk inserted after IHDR. */
    private static byte[] withPngChunk(byte[] png, String type, byte[] data) {
        int afterIhdr = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeAndData);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }
}
