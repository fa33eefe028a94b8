package org.imprint.pdf;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.MarkerData;

/**
 * Draws the marker of an item that opens with a block holding no line at its top (a figure's
 * image) at the top of the item, at its start edge, as a text item's marker is drawn.
 * openhtmltopdf 1.1.31 draws a marker beside the item's first line box ({@code ListItemPainter}),
 * wherever that is: in an Urdu list, an item "1. ![…](fig.svg "caption")" had its number beside the
 * caption, below the drawing, far from where the list's other numbers stand. The marker is given
 * a line of its own, the width of the item's content, at its top; {@link RightToLeftListMarkers}
 * and {@link LeftToRightListMarkers}, which run after, find it already at the edge. An item whose
 * first line stands within a line's height of its top (a paragraph, or a table's, a code block's
 * or a quotation's first line inside their padding) keeps the marker beside that line, and so
 * does one whose first line went on to the next page (only a drawing at the top moves it).
 */
final class ListMarkerTops {

    private ListMarkerTops() {
    }

    /** Moves the markers under {@code root} to their items' tops where needed; returns how many it moved. */
    static int apply(BlockBox root, CssContext css) {
        return LaidOutBoxes.sum(root, box -> box instanceof BlockBox item && moveToTop(item, css) ? 1 : 0);
    }

    private static boolean moveToTop(BlockBox item, CssContext css) {
        MarkerData marker = item.getMarkerData();
        if (marker == null || marker.getReferenceLine() == null || item.getParent() == null
                || item.getStyle().isListMarkerInside()) {
            return false;
        }
        LineBox line = marker.getReferenceLine();
        java.awt.Rectangle content = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css);
        int lineHeight = Math.max(line.getHeight(), marker.getStructMetrics() == null ? 0 : marker.getStructMetrics().getBaseline());
        if (line.getAbsY() - content.y <= lineHeight || !opensWithDrawing(item, content.y, line.getAbsY(), lineHeight)) {
            // a line at the top; or a first line the page break carried away from an item that
            // began at a page's foot, whose marker belongs beside that line, on the next page
            return false;
        }
        LineBox atTop = new LineBox();
        atTop.setAbsX(content.x);
        atTop.setAbsY(content.y);
        atTop.setContentWidth(content.width);
        atTop.setHeight(line.getHeight());
        marker.setReferenceLine(atTop);
        return true;
    }

    /** Whether a replaced element (an image, a drawing) stands at the item's top, above its first line. */
    private static boolean opensWithDrawing(BlockBox item, int top, int firstLine, int lineHeight) {
        return LaidOutBoxes.sum(item, box -> box instanceof BlockBox block && block != item && block.isReplaced()
                && block.getAbsY() < firstLine && block.getAbsY() - top <= lineHeight ? 1 : 0) > 0;
    }
}
