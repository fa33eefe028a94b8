package org.imprint.model;

/**
 * A numbered figure of the body.
 *
 * @param number  1-based, in document order
 * @param source  the image as the article names it
 * @param caption the caption as plain text
 * @param line    the line of the article file where the figure stands (its chart block, for a chart)
 * @param href    where the outputs refer to its image (the safe name of {@link ImageAsset#href()})
 */
public record FigureEntry(int number, String source, String caption, int line, String href) {
}
