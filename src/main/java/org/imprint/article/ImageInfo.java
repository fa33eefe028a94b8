package org.imprint.article;

import java.nio.file.Path;

/**
 * A checked image of a report.
 *
 * @param file   the image file, inside the report folder
 * @param width  width in pixels
 * @param height height in pixels
 */
public record ImageInfo(Path file, int width, int height) {

    /** Taller than wide: layouts limit such figures in height rather than width. */
    public boolean portrait() {
        return height > width;
    }
}
