package org.imprint.article;

import java.nio.file.Path;

/**
 * A checked image of a report.
 *
 * @param file   the image file: inside the report folder, or a downloaded copy of a remote image
 * @param width  width in pixels
 * @param height height in pixels
 * @param href   where documents refer to the image, relative to the report folder: its path for
 *               a file of the report, {@code remote-images/image-N.ext} for a downloaded one, so
 *               no output ever refers to the network
 */
public record ImageInfo(Path file, int width, int height, String href) {

    /** The folder, relative to the report's, that downloaded remote images appear in. */
    public static final String REMOTE_FOLDER = "remote-images";

    /** Taller than wide: layouts limit such figures in height rather than width. */
    public boolean portrait() {
        return height > width;
    }
}
