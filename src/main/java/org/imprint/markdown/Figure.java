package org.imprint.markdown;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.imprint.chart.ChartTable;
import org.imprint.chart.ChartSpec;

/**
 * A numbered figure: an image that stood alone in its paragraph (its alt text becomes the
 * caption), or a chart block, which stands for the image the load stage draws from its data.
 */
public final class Figure extends CustomBlock {

    private final int number;
    private final Image image;
    private final int line;
    private final ChartSpec chart;
    /** The chart's data, once the load stage has read it. */
    private ChartTable data;

    Figure(int number, Image image, int line) {
        this(number, image, line, null);
    }

    Figure(int number, Image image, int line, ChartSpec chart) {
        this.number = number;
        this.image = image;
        this.line = line;
        this.chart = chart;
    }

    /** The chart this figure draws, or {@code null} for an image the article names. */
    public ChartSpec chart() {
        return chart;
    }

    /** The chart's data as drawn, or {@code null}: the e-book offers it as a table. */
    public ChartTable data() {
        return data;
    }

    /**
     * Records what the load stage drew for a chart: its data and text alternative.
     *
     * @param alt the chart's text alternative (the image's title, which the renderer prefers to the caption)
     */
    public void drawn(ChartTable data, String alt) {
        this.data = data;
        image.setTitle(alt);
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
