package org.imprint.pdf;


import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.MarkerData;

/**
 * Makes the first line of each right-to-left item (of a list of either direction) reach the item's right edge, where
 * openhtmltopdf 1.1.31 draws the item's marker: at the right of the item's first line box
 * ({@code ListItemPainter}), which it takes for where the line ends. A left-to-right line in such
 * a list (an endnote whose text is mostly English, in an Arabic article) keeps the width of its
 * unjustified words when justified, and the marker was drawn over its words ("Leid2n"); the line
 * of a block with padding or a border that opens the item (a code block, a quotation) ends inside
 * them, and the marker was drawn across the code box's edge.
 * Runs after {@link RightToLeftJustification}, which does the same for right-to-left lines;
 * nothing drawn moves but the marker. (That the marker fits the list's padding is
 * {@link ListMarkerRoom}'s work, before the last layout.)
 */
final class RightToLeftListMarkers {

    private RightToLeftListMarkers() {
    }

    /** Widens the marker lines under {@code root}; returns how many it changed. */
    static int apply(BlockBox root, CssContext css) {
        return LaidOutBoxes.sum(root, box -> box instanceof BlockBox item && widen(item, css) ? 1 : 0);
    }

    /**
     * Widens the item's marker line to the item's edge when it ends short of it: a left-to-right
     * line, or any line of a block with a border or padding of its own that opens the item (a code
     * block, whose box the number was drawn over: ".3" across its edge).
     */
    private static boolean widen(BlockBox item, CssContext css) {
        MarkerData marker = item.getMarkerData();
        Box list = item.getParent();
        if (marker == null || marker.getReferenceLine() == null || list == null
                || item.getStyle().getDirection() != IdentValue.RTL || item.getStyle().isListMarkerInside()) {
            return false;
        }
        LineBox line = marker.getReferenceLine();
        java.awt.Rectangle content = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css);
        if (marker.getTextMarker() != null && list.getStyle().getDirection() != IdentValue.RTL) {
            // a right-to-left item of a left-to-right list: the engine draws a number before the
            // start of its reference line, by the list's direction, so a line that starts where
            // the number is to end puts it at the item's right, as a glyph marker is by the item's own
            LineBox pastEdge = new LineBox();
            pastEdge.setAbsX(content.x + content.width + marker.getTextMarker().getLayoutWidth());
            pastEdge.setAbsY(line.getAbsY());
            marker.setReferenceLine(pastEdge);
            TurnedMarkerText.turn(marker.getTextMarker());
            return true;
        }
        if (line.getParent() == null) {
            return false;
        }
        // a line beside no float has no distances
        int floatDistance = line.getFloatDistances() == null ? 0 : line.getFloatDistances().getRightFloatDistance();
        int end = content.x + content.width - floatDistance - line.getAbsX();
        if (line.getContentWidth() >= end) {
            return false;
        }
        line.setContentWidth(end);
        return true;
    }
}
