package org.imprint.pdf;


import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.MarkerData;

/**
 * Keeps the markers of right-to-left lists in their column.
 *
 * <p>openhtmltopdf 1.1.31 draws the marker of an item of a right-to-left list (its text {@code "  .10"},
 * the gap first) from where the item's first line ends, to the right, into the list's padding,
 * whatever its width: a brand's padding fits "9." but the "0" of "10." stood past the column's
 * edge, where the page's clip cut it. {@link #makeRoom} widens, before the layout that is kept,
 * the padding of each such list that is too narrow for its widest marker, so that every item's
 * text moves left alike and every marker ends inside the column.
 *
 * <p>{@link #apply}, after the last layout, makes the first line of each item of a right-to-left
 * list reach its block's right edge, where openhtmltopdf 1.1.31 draws the item's marker: at the
 * right of the item's first line box ({@code ListItemPainter}), which it takes for where the line ends. A left-to-right line in such
 * a list (an endnote whose text is mostly English, in an Arabic article) keeps the width of its
 * unjustified words when justified, and the marker was drawn over its words ("Leid2n").
 * Runs after {@link RightToLeftJustification}, which does the same for right-to-left lines;
 * nothing drawn moves but the marker.
 */
final class RightToLeftListMarkers {

    private RightToLeftListMarkers() {
    }

    /**
     * Gives each right-to-left list whose widest text marker reaches past its padding (the
     * column's edge) the room it lacks, as an inline {@code padding-right}; whether any list
     * changed, and the document must be laid out again for it to count.
     */
    static boolean makeRoom(PdfBoxRenderer renderer) {
        CssContext css = renderer.getSharedContext().newLayoutContextInstance();
        // the room each list lacks, in layout units, in the order of the document
        Map<BlockBox, Integer> lacking = new LinkedHashMap<>();
        LaidOutBoxes.sum(renderer.getRootBox(), box -> {
            if (box instanceof BlockBox item && item.getParent() instanceof BlockBox list) {
                int lack = lack(item, list, css);
                if (lack > 0) {
                    lacking.merge(list, lack, Math::max);
                }
            }
            return 0;
        });
        int dotsPerPixel = renderer.getSharedContext().getDotsPerPixel();
        boolean changed = false;
        for (Map.Entry<BlockBox, Integer> entry : lacking.entrySet()) {
            Element element = entry.getKey().getElement();
            if (element != null) {
                // one unit more: the marker is drawn at its exact width, measured rounded
                float padding = entry.getKey().getPadding(css).right() + entry.getValue() + 1;
                String style = element.getAttribute("style");
                element.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ")
                        + String.format(Locale.ROOT, "padding-right: %.2fpx", padding / dotsPerPixel));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * How far the text marker of {@code item} reaches past the right padding edge of its
     * right-to-left {@code list}, drawn from the right edge of the item's content, where its
     * first line ends once {@link #apply} and {@link RightToLeftJustification} are done; 0 when it fits.
     */
    private static int lack(BlockBox item, BlockBox list, CssContext css) {
        MarkerData marker = item.getMarkerData();
        // a marker inside its item is laid out on the item's first line, not in the padding
        if (marker == null || marker.getTextMarker() == null || item.getStyle().isListMarkerInside()
                || list.getStyle().getDirection() != IdentValue.RTL) {
            return 0;
        }
        Rectangle content = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css);
        Rectangle padding = list.getPaddingEdge(list.getAbsX(), list.getAbsY(), css);
        return content.x + content.width + marker.getTextMarker().getLayoutWidth() - (padding.x + padding.width);
    }

    /** Widens the marker lines under {@code root}; returns how many it changed. */
    static int apply(BlockBox root) {
        return LaidOutBoxes.sum(root, box -> box instanceof BlockBox item && widen(item) ? 1 : 0);
    }

    /** Widens the item's marker line when it is a left-to-right line in a right-to-left list. */
    private static boolean widen(BlockBox item) {
        MarkerData marker = item.getMarkerData();
        Box list = item.getParent();
        if (marker == null || marker.getReferenceLine() == null || list == null
                || list.getStyle().getDirection() != IdentValue.RTL) {
            return false;
        }
        LineBox line = marker.getReferenceLine();
        if (line.isLayedOutRTL() || line.getParent() == null) {
            return false;
        }
        // a line beside no float has no distances
        int end = line.getParent().getContentWidth()
                - (line.getFloatDistances() == null ? 0 : line.getFloatDistances().getRightFloatDistance());
        if (line.getX() + line.getContentWidth() >= end) {
            return false;
        }
        line.setContentWidth(end - line.getX());
        return true;
    }
}
