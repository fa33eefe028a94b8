package org.imprint.article;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.imprint.image.Jpeg;

/**
 * Turns a photo upright as its EXIF orientation says it should be shown. Cameras and phones
 * store the pixels as the sensor saw them and record the turn in EXIF (tag 274); browsers obey
 * it, but the PDF and EPUB renderers embed the pixels as they are, so a portrait photo would
 * lie on its side. The upright copy is a JPEG at high quality, with no EXIF orientation left.
 */
public final class UprightImage {

    /** The orientation of an image that needs no turning. */
    public static final int UPRIGHT = 1;
    private static final float QUALITY = 0.95f;

    private UprightImage() {
    }

    /** Whether images of this EXIF orientation (1-8) are shown with width and height swapped. */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * Writes an upright copy of an image.
     *
     * @param source      a JPEG (or other ImageIO-readable image)
     * @param orientation its EXIF orientation, 1 to 8
     * @param target      where the upright JPEG goes
     */
    public static void write(Path source, int orientation, Path target) throws IOException {
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null) {
            throw new IOException("no decoder for " + source.getFileName());
        }
        Files.write(target, Jpeg.encode(turn(image, orientation), QUALITY));
    }

    /** The image as EXIF orientation {@code orientation} says it is to be shown, in RGB. */
    static BufferedImage turn(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = swapsSides(orientation);
        int[] from = image.getRGB(0, 0, w, h, null, 0, w);
        int tw = swap ? h : w;
        int th = swap ? w : h;
        int[] to = new int[from.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    case 8 -> { dx = y; dy = w - 1 - x; }
                    default -> { dx = x; dy = y; }
                }
                to[dy * tw + dx] = from[y * w + x];
            }
        }
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, tw, th, to, 0, tw);
        return out;
    }
}
