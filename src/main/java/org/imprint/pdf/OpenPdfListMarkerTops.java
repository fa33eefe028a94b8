package org.imprint.pdf;

import java.awt.Rectangle;
import java.util.function.Consumer;

import org.xhtmlrenderer.css.style.CssContext;
import org.xhtmlrenderer.layout.Layer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.FSFontMetrics;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.MarkerData;

/**
 * {@link ListMarkerTops} and {@link LeftToRightListMarkers} for the openpdf engine: Flying Saucer 9.13 ({@code ListItemPainter}), as
 * openhtmltopdf does, draws an item's marker beside the item's first line box, so an item
 * "7. ![caption](fig.png)" had its "7." beside the caption under the drawing. The same rule
 * moves it to the item's top, or, where the item began at a page's foot and its figure was
 * carried whole to the next page, to the drawing's top there; the two libraries' box classes are
 * alike but not the same, hence a second class.
 */
final class OpenPdfListMarkerTops {

    private OpenPdfListMarkerTops() {
    }

    /** Moves the markers under {@code root} to their items' tops where needed; returns how many it moved. */
    static int apply(BlockBox root, CssContext css) {
        int[] moved = {0};
        Layer pages = root.getLayer();
        walk(root, box -> moved[0] += box instanceof BlockBox item
                && (moveToTop(item, css, pages) || moveAboveImages(item, css) || moveToEdge(item, css)) ? 1 : 0);
        return moved[0];
    }

    private static boolean moveToTop(BlockBox item, CssContext css, Layer pages) {
        MarkerData marker = item.getMarkerData();
        if (marker == null || marker.getReferenceLine() == null || item.getParent() == null
                || item.getStyle().isListMarkerInside()) {
            return false;
        }
        LineBox line = marker.getReferenceLine();
        Rectangle content = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css);
        int lineHeight = Math.max(line.getHeight(), marker.getStructMetrics() == null ? 0 : marker.getStructMetrics().getBaseline());
        if (line.getAbsY() - content.y <= lineHeight) {
            return false; // a line at the top: the marker stands beside it already
        }
        BlockBox drawing = firstDrawing(item, line.getAbsY());
        if (drawing == null) {
            return false; // nothing drawn above the first line, which a page break carried on
        }
        int top;
        if (drawing.getAbsY() - content.y <= lineHeight) {
            top = content.y;
        } else if (onLaterPage(pages, css, content.y, drawing.getAbsY())) {
            top = drawing.getBorderEdge(drawing.getAbsX(), drawing.getAbsY(), css).y;
        } else {
            return false;
        }
        LineBox atTop = new LineBox(item, line.getStyle());
        atTop.setAbsX(content.x);
        atTop.setAbsY(top);
        atTop.setContentWidth(content.width);
        atTop.setHeight(line.getHeight());
        marker.setReferenceLine(atTop);
        if (marker.getGlyphMarker() != null || marker.getImageMarker() != null) {
            centreOn(item, css, top + line.getHeight() / 2);
        }
        return true;
    }

    /**
     * An item whose first line holds only images, inline ({@code <li><img …></li>} in raw HTML,
     * where the image is no figure): Flying Saucer sets the marker on that line's baseline, which
     * the image pushes down to its own foot, so the number stood at the image's bottom and the
     * bullet, centred on the item, halfway down. As for a figure (above), the marker stands beside
     * the image's top: on a text line's baseline there, the bullet centred on that line. A line
     * that also holds words keeps its marker on their baseline, beside them.
     */
    private static boolean moveAboveImages(BlockBox item, CssContext css) {
        MarkerData marker = item.getMarkerData();
        if (marker == null || marker.getReferenceLine() == null || marker.getStructMetrics() == null
                || item.getParent() == null || item.getStyle().isListMarkerInside()) {
            return false;
        }
        LineBox line = marker.getReferenceLine();
        float lineHeight = item.getStyle().getLineHeight(css);
        int baseline = textBaseline(item, css, lineHeight);
        if (marker.getStructMetrics().getBaseline() <= baseline + lineHeight / 2 || !onlyImages(line)) {
            return false; // the line's baseline is a text line's: the marker stands beside it already
        }
        marker.getStructMetrics().setBaseline(baseline);
        LineBox atTop = new LineBox(item, line.getStyle());
        atTop.setAbsX(line.getAbsX());
        atTop.setAbsY(line.getAbsY());
        atTop.setContentWidth(line.getContentWidth());
        atTop.setHeight(Math.round(lineHeight));
        marker.setReferenceLine(atTop);
        if (marker.getGlyphMarker() != null || marker.getImageMarker() != null) {
            centreOn(item, css, line.getAbsY() + Math.round(lineHeight) / 2);
        }
        return true;
    }

    /** The baseline of a line of the item's own text, from the line's top, as Flying Saucer sets it. */
    private static int textBaseline(BlockBox item, CssContext css, float lineHeight) {
        FSFontMetrics font = item.getStyle().getFSFontMetrics(css);
        int halfLeading = Math.round((lineHeight - item.getStyle().getFont(css).size) / 2);
        if (halfLeading > 0) {
            halfLeading = Math.round((lineHeight - (font.getDescent() + font.getAscent())) / 2);
        }
        return (int) (halfLeading + font.getAscent());
    }

    /** Whether the line holds an image and no text but spaces and an endnote's back link. */
    private static boolean onlyImages(LineBox line) {
        boolean[] image = {false};
        boolean[] text = {false};
        walk(line, box -> {
            if (box instanceof BlockBox block && block.isReplaced()) {
                image[0] = true;
            } else if (box instanceof BlockBox) {
                text[0] = true; // an inline block: words of its own
            } else if (box instanceof InlineLayoutBox inline && !isBackLink(inline)) {
                for (Object child : inline.getInlineChildren()) {
                    if (child instanceof InlineText words && !words.getSubstring().isBlank()) {
                        text[0] = true;
                    }
                }
            }
        });
        return image[0] && !text[0];
    }

    /**
     * Whether the inline box is an endnote's back link ("↑"): an endnote of only a linked image
     * ends its image's line with it, and is an image line all the same, its number at the image's
     * top as the other engine sets it, not beside the arrow at the image's foot.
     */
    private static boolean isBackLink(InlineLayoutBox inline) {
        // its arrow may be wrapped in a span of a fallback font (GlyphFallback)
        for (org.w3c.dom.Node n = inline.getElement(); n instanceof org.w3c.dom.Element element; n = n.getParentNode()) {
            if (element.getTagName().equals("a")) {
                return (" " + element.getAttribute("class") + " ").contains(" backlink ");
            }
        }
        return false;
    }

    /**
     * Flying Saucer draws a bullet (disc, circle, square or image) not beside the reference line,
     * as it draws a number, but centred on the item's first child, or on the whole item where it
     * has one child ({@code ListItemPainter.getListItemCenterBaseline}): the bullet of
     * "- ![fig](…)" stood halfway down beside the drawing. An empty box put before the item's
     * children, drawn as nothing and laid out already, is the first child it centres on: as high
     * as puts its centre at {@code centre}.
     */
    private static void centreOn(BlockBox item, CssContext css, int centre) {
        var margin = item.getMargin(css);
        var padding = item.getPadding(css);
        // the painter adds half the item's top margin and padding and takes half the bottom ones
        int offsets = (int) margin.top() / 2 - (int) margin.bottom() / 2 + (int) padding.top() / 2 - (int) padding.bottom() / 2;
        int height = 2 * (centre - item.getAbsY() - offsets);
        if (height <= 0) {
            return;
        }
        BlockBox strut = new BlockBox(null, item.getStyle().createAnonymousStyle(org.xhtmlrenderer.css.constants.IdentValue.BLOCK), true);
        strut.setContainingBlock(item);
        strut.setAbsX(item.getAbsX());
        strut.setAbsY(item.getAbsY());
        strut.setHeight(height);
        strut.setContentWidth(0);
        java.util.List<Box> children = new java.util.ArrayList<>(item.getChildren());
        item.removeAllChildren();
        item.addChild(strut);
        children.forEach(item::addChild);
    }

    /**
     * {@link LeftToRightListMarkers} for this engine: an item whose first line starts right of the
     * item's edge, inside the padding and border of a code block or quotation that opens it, had
     * its number drawn inside the box, across its rule. Flying Saucer sets every line left to
     * right, so every list is such a list.
     */
    private static boolean moveToEdge(BlockBox item, CssContext css) {
        MarkerData marker = item.getMarkerData();
        if (marker == null || marker.getReferenceLine() == null || item.getParent() == null
                || item.getStyle().isListMarkerInside()) {
            return false;
        }
        LineBox line = marker.getReferenceLine();
        int edge = item.getContentAreaEdge(item.getAbsX(), item.getAbsY(), css).x;
        int floatDistance = line.getFloatDistances() == null ? 0 : line.getFloatDistances().leftFloatDistance();
        if (line.getAbsX() <= edge + floatDistance) {
            return false;
        }
        LineBox atEdge = new LineBox(item, line.getStyle());
        atEdge.setAbsX(edge);
        atEdge.setAbsY(line.getAbsY());
        marker.setReferenceLine(atEdge);
        return true;
    }

    /** The highest replaced element (an image) of the item above its first line, or null. */
    private static BlockBox firstDrawing(BlockBox item, int firstLine) {
        BlockBox[] first = {null};
        walk(item, box -> {
            if (box instanceof BlockBox block && block != item && block.isReplaced() && block.getAbsY() < firstLine
                    && (first[0] == null || block.getAbsY() < first[0].getAbsY())) {
                first[0] = block;
            }
        });
        return first[0];
    }

    private static boolean onLaterPage(Layer pages, CssContext css, int top, int y) {
        if (pages == null || pages.getPages() == null) {
            return false;
        }
        return pages.getPages().indexOf(pages.getPage(css, y)) > pages.getPages().indexOf(pages.getPage(css, top));
    }

    /** Every box of the laid-out tree: block children, lines' and inline boxes' inline children. */
    private static void walk(Box box, Consumer<Box> action) {
        action.accept(box);
        for (Box child : box.getChildren()) {
            walk(child, action);
        }
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    walk(b, action);
                }
            }
        }
    }
}
