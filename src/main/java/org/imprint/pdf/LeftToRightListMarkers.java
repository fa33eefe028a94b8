package org.imprint.pdf;


import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.MarkerData;

/**
 * Draws the marker of each item of a left-to-right list at the item's left edge, where a browser
 * draws it, when the item's first line is a right-to-left line set at the column's right: an
 * Urdu quotation that opens an item of an English list ("3. > …"). openhtmltopdf 1.1.31 draws a
 * marker left of the item's first line box ({@code ListItemPainter}, from its x), and that line,
 * aligned to its own side, began mid-column: "3." stood there, beside the quotation's words,
 * far from the list's other numbers. Only the marker moves: it is given a line of its own at the
 * item's edge, at the first line's height. (A paragraph that opens such an item is aligned to the
 * list's side instead, {@link DirectionStyles}; a right-to-left list's markers are
 * {@link RightToLeftListMarkers}' work.)
 */
final class LeftToRightListMarkers {

    private LeftToRightListMarkers() {
    }

    /** Moves the markers under {@code root} to their items' edges where needed; returns how many it moved. */
    static int apply(BlockBox root, CssContext css) {
        return LaidOutBoxes.sum(root, box -> box instanceof BlockBox item && moveToEdge(item, css) ? 1 : 0);
    }

    private static boolean moveToEdge(BlockBox item, CssContext css) {
        MarkerData marker = item.getMarkerData();
        Box list = item.getParent();
        if (marker == null || marker.getReferenceLine() == null || list == null
                || list.getStyle().getDirection() == IdentValue.RTL || item.getStyle().isListMarkerInside()) {
            return false;
        }
        LineBox line = marker.getReferenceLine();
        int edge = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css).x;
        // a left-to-right line starts at the edge, or right of a float beside it, where the marker belongs
        if (!line.isLayedOutRTL() || line.getAbsX() <= edge) {
            return false;
        }
        LineBox atEdge = new LineBox();
        atEdge.setAbsX(edge);
        atEdge.setAbsY(line.getAbsY());
        marker.setReferenceLine(atEdge);
        return true;
    }
}
