package org.imprint.catalogue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.imprint.image.Jpeg;

/** The catalogue's pictures of a cover: smaller JPEGs of the publication's cover picture. */
public final class CoverPictures {

    /** Width of the picture the feed offers as the cover, in pixels. */
    public static final int COVER_WIDTH = 600;
    /** Width of the catalogue's and the feed's thumbnail, in pixels (twice its CSS width, for sharp screens). */
    public static final int THUMBNAIL_WIDTH = 240;

    private CoverPictures() {
    }

    /** The cover scaled to {@code width} pixels wide (never enlarged), as JPEG. */
    public static byte[] scaled(byte[] coverJpeg, int width) throws IOException {
        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(coverJpeg));
        if (cover == null) {
            throw new IOException("the cover picture cannot be read");
        }
        int w = Math.min(width, cover.getWidth());
        int h = Math.max(1, Math.round(cover.getHeight() * (float) w / cover.getWidth()));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(cover, 0, 0, w, h, null);
        g.dispose();
        return Jpeg.encode(small, 0.85f);
    }
}
