package org.imprint.model;

/**
 * A numbered figure of the body.
 *
 * @param number  1-based, in document order
 * @param source  the image as the article names it
 * @param caption the caption as plain text
 */
public record FigureEntry(int number, String source, String caption) {
}
