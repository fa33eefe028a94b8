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
import com.openhtmltopdf.render.MarkerData;

/**
 * Keeps the numbers of ordered lists whole in their column. openhtmltopdf 1.1.31 draws an item's
 * text marker ({@code "10. "}; {@code "  .10"} in a right-to-left list, the gap first) from the
 * edge of the item's text outwards, into the list's padding, whatever its width
 * ({@code ListItemPainter}): a brand's padding fits "9." but "10." reached past the column's edge,
 * where the page's clip cut it (".1" in an Urdu list, "0." in an English one; "98." to "101.").
 * Before the layout that is kept, each list too narrow for its widest marker is given the padding
 * on its marker side that it lacks, so that all its items' texts move alike and every marker
 * ends inside the column.
 */
final class ListMarkerRoom {

    private ListMarkerRoom() {
    }

    /**
     * Gives each list whose widest text marker reaches past its padding edge the room it lacks,
     * as an inline {@code padding-left} ({@code padding-right} for a right-to-left list); whether
     * any list changed, and the document must be laid out again for it to count.
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
            BlockBox list = entry.getKey();
            Element element = list.getElement();
            if (element != null) {
                boolean rtl = list.getStyle().getDirection() == IdentValue.RTL;
                // one unit more: the marker is drawn at its exact width, measured rounded
                float padding = (rtl ? list.getPadding(css).right() : list.getPadding(css).left()) + entry.getValue() + 1;
                String style = element.getAttribute("style");
                element.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ") + String.format(Locale.ROOT,
                        "%s: %.2fpx", rtl ? "padding-right" : "padding-left", padding / dotsPerPixel));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * How far the text marker of {@code item} reaches past its {@code list}'s padding edge, drawn
     * from the edge of the item's content on the list's side (in a right-to-left list, where the
     * first line ends once {@link RightToLeftListMarkers} and {@link RightToLeftJustification} are
     * done); 0 when it fits.
     */
    private static int lack(BlockBox item, BlockBox list, CssContext css) {
        MarkerData marker = item.getMarkerData();
        // a marker inside its item is laid out on the item's first line, not in the padding
        if (marker == null || marker.getTextMarker() == null || item.getStyle().isListMarkerInside()) {
            return 0;
        }
        Rectangle content = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css);
        Rectangle padding = list.getPaddingEdge(list.getAbsX(), list.getAbsY(), css);
        int width = marker.getTextMarker().getLayoutWidth();
        return list.getStyle().getDirection() == IdentValue.RTL
                ? content.x + content.width + width - (padding.x + padding.width)
                : padding.x - (content.x - width);
    }
}
