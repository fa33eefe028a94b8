package org.imprint.pdf;

import java.awt.Rectangle;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.MarkerData;

/**
 * Draws the marker of an item that opens with a block holding no line at its top (a figure's
 * image) at the top of that drawing, at the item's start edge, as a text item's marker is drawn.
 * openhtmltopdf 1.1.31 draws a marker beside the item's first line box ({@code ListItemPainter}),
 * wherever that is: in an Urdu list, an item "1. ![…](fig.svg "caption")" had its number beside the
 * caption, below the drawing, far from where the list's other numbers stand. The marker is given
 * a line of its own, the width of the item's content, at its top; {@link RightToLeftListMarkers}
 * and {@link LeftToRightListMarkers}, which run after, find it already at the edge. An item whose
 * first line stands within a line's height of its top (a paragraph, or a table's, a code block's
 * or a quotation's first line inside their padding) keeps the marker beside that line, and so
 * does one whose first line a page break carried on to the next page with nothing drawn above it
 * (only a drawing above the first line moves it).
 * <p>
 * An item that begins at a page's foot, where its figure does not fit, is empty on that page: the
 * figure ({@code page-break-inside: avoid}) is carried whole to the next page, so the item's top is
 * on one page and its drawing at the top of the next. Its marker goes to the drawing's top, on the
 * drawing's page, not to the item's empty start, and not beside the caption under the drawing.
 */
final class ListMarkerTops {

    private ListMarkerTops() {
    }

    /** Moves the markers under {@code root} to their items' tops where needed; returns how many it moved. */
    static int apply(BlockBox root, CssContext css) {
        Layer pages = root.getLayer();
        return LaidOutBoxes.sum(root, box -> box instanceof BlockBox item && moveToTop(item, css, pages) ? 1 : 0);
    }

    private static boolean moveToTop(BlockBox item, CssContext css, Layer pages) {
        MarkerData marker = item.getMarkerData();
        if (marker == null || item.getParent() == null || item.getStyle().isListMarkerInside()) {
            return false;
        }
        if (marker.getReferenceLine() == null) {
            return moveToDrawing(item, marker, css);
        }
        LineBox line = marker.getReferenceLine();
        Rectangle content = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css);
        int lineHeight = Math.max(line.getHeight(), marker.getStructMetrics() == null ? 0 : marker.getStructMetrics().getBaseline());
        if (line.getAbsY() - content.y <= lineHeight) {
            return false; // a line at the top: the marker stands beside it already
        }
        BlockBox drawing = firstDrawing(item, line.getAbsY());
        if (drawing == null) {
            // nothing drawn above the first line: a page break carried that line away from an item
            // that began at a page's foot, and its marker belongs beside it, on the next page
            return false;
        }
        int top;
        if (drawing.getAbsY() - content.y <= lineHeight) {
            top = content.y;
        } else if (onLaterPage(pages, css, content.y, drawing.getAbsY())) {
            // the item's start on the page before is empty: the figure was carried over whole
            top = drawing.getBorderEdge(drawing.getAbsX(), drawing.getAbsY(), css).y;
        } else {
            return false; // something other than a line or a drawing stands above it: leave the library's place
        }
        LineBox atTop = new LineBox();
        atTop.setAbsX(content.x);
        atTop.setAbsY(top);
        atTop.setContentWidth(content.width);
        atTop.setHeight(line.getHeight());
        marker.setReferenceLine(atTop);
        return true;
    }

    /**
     * An item with no line of text, only images ({@code <li><img …></li>} in raw HTML, an endnote
     * of only a linked image): openhtmltopdf gives its marker no line and draws it at the item's
     * top. Where the item began at a page's foot and its image, too tall for what was left, went
     * on to the next page, the bullet or number stood alone at that foot, the image without it on
     * the next page; and in a right-to-left list a bullet without a line failed the build (its
     * painter reads the line's width). The marker is given a line at the image's top, on the
     * image's page, the item's width.
     */
    private static boolean moveToDrawing(BlockBox item, MarkerData marker, CssContext css) {
        Rectangle content = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css);
        BlockBox drawing = firstDrawing(item, Integer.MAX_VALUE);
        if (drawing == null || marker.getStructMetrics() == null) {
            return false;
        }
        LineBox atTop = new LineBox();
        atTop.setAbsX(content.x);
        atTop.setAbsY(drawing.getBorderEdge(drawing.getAbsX(), drawing.getAbsY(), css).y);
        atTop.setContentWidth(content.width);
        atTop.setHeight(Math.round(marker.getStructMetrics().getBaseline() + marker.getStructMetrics().getDescent()));
        marker.setReferenceLine(atTop);
        return true;
    }

    /** The highest replaced element (an image, a drawing) of the item above its first line, or null. */
    private static BlockBox firstDrawing(BlockBox item, int firstLine) {
        BlockBox[] first = {null};
        LaidOutBoxes.sum(item, box -> {
            if (box instanceof BlockBox block && block != item && block.isReplaced() && block.getAbsY() < firstLine
                    && (first[0] == null || block.getAbsY() < first[0].getAbsY())) {
                first[0] = block;
            }
            return 0;
        });
        return first[0];
    }

    /** Whether {@code y} lies on a later page than {@code top}. */
    private static boolean onLaterPage(Layer pages, CssContext css, int top, int y) {
        if (pages == null || pages.getPages() == null) {
            return false;
        }
        return pages.getPages().indexOf(pages.getPage(css, y)) > pages.getPages().indexOf(pages.getPage(css, top));
    }
}
