package org.imprint.article;

import java.nio.file.Path;

/**
 * A checked image of a report.
 *
 * @param file        the file the outputs embed: inside the report folder, a downloaded copy of a
 *                    remote image, or an upright copy of a photo whose EXIF turns it
 * @param width       width in pixels, as shown (upright)
 * @param height      height in pixels, as shown (upright)
 * @param href        where documents refer to the image, relative to the report folder: its path
 *                    for a file of the report, {@code remote-images/image-N.ext} for a downloaded
 *                    one, so no output ever refers to the network
 * @param orientation the EXIF orientation (1 to 8) of the image the article names; 1 when it has
 *                    none. When it is not 1, {@code file} is already the upright copy
 *                    ({@link UprightImage})
 * @param notes       what cleaning an SVG drawing changed that the author should know, in words
 *                    ({@link org.imprint.image.SafeSvg#notes()}); empty for other images
 */
public record ImageInfo(Path file, int width, int height, String href, int orientation, java.util.List<String> notes) {

    /** An image with no EXIF turn. */
    public ImageInfo(Path file, int width, int height, String href) {
        this(file, width, height, href, UprightImage.UPRIGHT);
    }

    /** An image that needed no cleaning. */
    public ImageInfo(Path file, int width, int height, String href, int orientation) {
        this(file, width, height, href, orientation, java.util.List.of());
    }

    /** The folder, relative to the report's, that downloaded remote images appear in. */
    public static final String REMOTE_FOLDER = "remote-images";

    /** Taller than wide: layouts limit such figures in height rather than width. */
    public boolean portrait() {
        return height > width;
    }
}
