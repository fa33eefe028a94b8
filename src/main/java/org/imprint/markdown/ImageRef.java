package org.imprint.markdown;

/**
 * An image the body refers to, figure or inline.
 *
 * @param source the path or URL as written
 * @param line   1-based line in the article file
 */
public record ImageRef(String source, int line) {
}
