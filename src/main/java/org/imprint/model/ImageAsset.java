package org.imprint.model;

import java.nio.file.Path;

/**
 * A checked image of the publication, read once: every writer takes its bytes from here.
 *
 * @param href      where documents refer to it, relative to the report folder
 * @param file      the file it was read from (a downloaded copy for a remote image)
 * @param data      its bytes
 * @param digest    SHA-256 of the bytes, hex
 * @param mediaType {@code image/jpeg}, {@code image/png}, {@code image/gif} or {@code image/svg+xml}
 *                  (an SVG figure or a chart, cleaned: {@link org.imprint.image.SafeSvg}), from the bytes
 * @param width     width in pixels (CSS pixels for SVG)
 * @param height    height in pixels (CSS pixels for SVG)
 */
public record ImageAsset(String href, Path file, byte[] data, String digest, String mediaType, int width, int height) {

    /** Taller than wide: layouts limit such figures in height rather than width. */
    public boolean portrait() {
        return height > width;
    }

    /** The usual file name extension of its media type, without the dot. */
    public String extension() {
        return switch (mediaType) {
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/svg+xml" -> "svg";
            default -> "jpg";
        };
    }
}
