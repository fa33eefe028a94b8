package org.imprint.pdf;


import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.MarkerData;

/**
 * Draws the marker of each left-to-right item (of a list of either direction) at the item's left edge, where a browser
 * draws it, when the item's first line starts right of that edge. openhtmltopdf 1.1.31 draws a
 * marker left of the item's first line box ({@code ListItemPainter}, from its x), wherever that
 * line starts: inside the padding and border of a code block or quotation that opens the item
 * ("9." stood inside the code box, across its rule), or mid-column where the line is a
 * right-to-left one set at the column's right (an Urdu quotation that opens an item of an English
 * list, "3. > …": "3." stood beside the quotation's words, far from the list's other numbers).
 * Only the marker moves: it is given a line of its own at the item's edge, at the first line's
 * height. A line moved right by a float beside it keeps its marker. (A right-to-left paragraph
 * that opens a loose item keeps its own side too, as in the e-book and the web edition,
 * {@link DirectionStyles}; a right-to-left list's markers are {@link RightToLeftListMarkers}' work; {@link OpenPdfListMarkerTops} does the same
 * for the openpdf engine.)
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
                || item.getStyle().getDirection() == IdentValue.RTL || item.getStyle().isListMarkerInside()) {
            return false;
        }
        LineBox line = marker.getReferenceLine();
        int edge = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css).x;
        if (marker.getTextMarker() != null && list.getStyle().getDirection() == IdentValue.RTL) {
            // a left-to-right item of a right-to-left list: the engine draws a number from the end
            // of its reference line, by the list's direction, so a line that ends where the number
            // is to start puts it at the item's left, as a glyph marker is by the item's own
            LineBox beforeEdge = new LineBox();
            beforeEdge.setAbsX(edge - marker.getTextMarker().getLayoutWidth());
            beforeEdge.setAbsY(line.getAbsY());
            marker.setReferenceLine(beforeEdge);
            TurnedMarkerText.turn(marker.getTextMarker());
            return true;
        }
        // a line starts at the edge, or right of a float beside it, where the marker belongs
        int floatDistance = line.getFloatDistances() == null ? 0 : line.getFloatDistances().getLeftFloatDistance();
        if (line.getAbsX() <= edge + floatDistance) {
            return false;
        }
        LineBox atEdge = new LineBox();
        atEdge.setAbsX(edge);
        atEdge.setAbsY(line.getAbsY());
        marker.setReferenceLine(atEdge);
        return true;
    }
}
