package org.imprint.golden;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Low-resolution page images and their comparison with a tolerance. The tolerance absorbs
 * anti-aliasing noise (a glyph nudged by a fraction of a pixel), not visible changes. Measured on
 * the every-feature report when the limit was chosen (pixels counted per page, A4 = 124,740):
 * the h2 margin changed from 1.3em to 1.31em (text below moves 0.13 pt): 0-6; the h2 colour
 * changed from maroon to its darker shade (#7B1E2B to #5A1520): 22-41; to blue: 149-340; one
 * word changed in the example: 17 and 32; paragraph spacing 0.65em to 0.75em: thousands.
 */
final class PageImages {

    /** Resolution of the reference images: enough to see layout, colour and images, small in git. */
    static final int DPI = 36;
    /** A pixel differs when one of its channels differs by more than this (0-255). */
    static final int CHANNEL_THRESHOLD = 24;
    /** A page differs when more than this share of its pixels differ. */
    static final double PIXEL_SHARE_LIMIT = 0.0001;

    private PageImages() {
    }

    static List<BufferedImage> render(PDDocument pdf) throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.RGB));
        }
        return pages;
    }

    /** How two page images compare: the differing pixels, and an image that shows them. */
    record Comparison(int width, int height, long differing, boolean sameSize, BufferedImage diff) {

        double share() {
            return sameSize ? (double) differing / ((long) width * height) : 1;
        }

        boolean identical() {
            return sameSize && differing == 0;
        }

        boolean withinTolerance() {
            return sameSize && share() <= PIXEL_SHARE_LIMIT;
        }

        String describe() {
            if (!sameSize) {
                return "the page size differs";
            }
            return String.format(java.util.Locale.ROOT,
                    "%d of %d pixels (%.3f%%) differ by more than %d in a channel, beside a pixel that also differs (limit %.3f%%)",
                    differing, (long) width * height, 100 * share(), CHANNEL_THRESHOLD, 100 * PIXEL_SHARE_LIMIT);
        }
    }

    /**
     * Compares pixel by pixel, forgiving a shift of one pixel: a pixel differs when no pixel of
     * the other image within one pixel of it is within {@link #CHANNEL_THRESHOLD} (both ways, so
     * lost and added marks both count). A glyph moved by a fraction of a pixel thus does not count,
     * a recoloured one does. The diff image is the expected page faded to grey, with differing
     * pixels in red and smaller changes in yellow.
     */
    static Comparison compare(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return new Comparison(actual.getWidth(), actual.getHeight(), -1, false, null);
        }
        int w = expected.getWidth();
        int h = expected.getHeight();
        int[] e = expected.getRGB(0, 0, w, h, null, 0, w);
        int[] a = actual.getRGB(0, 0, w, h, null, 0, w);
        boolean[] changed = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                changed[i] = e[i] != a[i] && (!near(a[i], e, x, y, w, h) || !near(e[i], a, x, y, w, h));
            }
        }
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (changed[i] && changedNeighbour(changed, x, y, w, h)) {
                    differing++;
                    diff.setRGB(x, y, 0xFF0000);
                } else if (e[i] != a[i]) {
                    diff.setRGB(x, y, 0xFFD700);
                } else {
                    int grey = 192 + luminance(e[i]) / 4;
                    diff.setRGB(x, y, grey << 16 | grey << 8 | grey);
                }
            }
        }
        return new Comparison(w, h, differing, true, diff);
    }

    /**
     * Whether a neighbour changed too. A glyph edge moved by a fraction of a pixel changes single,
     * scattered pixels; a visible change (a recoloured stroke, a moved line) changes touching ones.
     */
    private static boolean changedNeighbour(boolean[] changed, int x, int y, int w, int h) {
        for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
            for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
                if ((nx != x || ny != y) && changed[ny * w + nx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a pixel of {@code image} within one pixel of (x, y) is within the threshold of {@code rgb}. */
    private static boolean near(int rgb, int[] image, int x, int y, int w, int h) {
        for (int ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
            for (int nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
                if (delta(rgb, image[ny * w + nx]) <= CHANNEL_THRESHOLD) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int delta(int e, int a) {
        return Math.max(channel(e, 16, a), Math.max(channel(e, 8, a), channel(e, 0, a)));
    }

    private static int channel(int e, int shift, int a) {
        return Math.abs((e >> shift & 0xFF) - (a >> shift & 0xFF));
    }

    private static int luminance(int rgb) {
        return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }
}
