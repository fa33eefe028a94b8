package org.imprint.markdown;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;

/**
 * A numbered figure: an image that stood alone in its paragraph. Its alt text becomes the caption.
 */
public final class Figure extends CustomBlock {

    private final int number;
    private final Image image;
    private final int line;

    Figure(int number, Image image, int line) {
        this.number = number;
        this.image = image;
        this.line = line;
    }

    /** 1-based figure number in document order. */
    public int number() {
        return number;
    }

    /** The image path as written in the Markdown. */
    public String source() {
        return image.getDestination();
    }

    /** The caption: the image's alt text, as plain text. */
    public String caption() {
        return MarkdownRenderer.plainText(image);
    }

    /** 1-based line of the article file where the figure stands. */
    public int line() {
        return line;
    }

    Image image() {
        return image;
    }
}
