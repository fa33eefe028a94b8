package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;

import org.imprint.markdown.ParagraphDirections;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Sets the CSS direction of each paragraph, list, quotation and table the markup gives a
 * {@code dir} of its own ({@link ParagraphDirections}, which decides it once for every output): openhtmltopdf takes
 * direction from CSS, not from the attribute, as a reading system or browser does.
 *
 * <p>Why it matters more in the PDF than the markup alone would say: openhtmltopdf 1.1.31 places
 * the inline boxes of a line one after the other in the paragraph's direction and reorders only
 * the text inside each box, so a run of the other direction that spans a link, an emphasis or a
 * note call came out with its pieces in reverse order. With the paragraph in the direction of its
 * run, the run is the paragraph's own level and its boxes are in order; a run that still spans
 * markup is put in visual order after layout by {@link VisualLineOrder}. Inline isolates (a note
 * call's {@code sup dir}) are left to the bidi algorithm.
 */
final class DirectionStyles {

    /** Blocks laid out from their own side, whose alignment to the list's side would scatter them. */
    private static final java.util.Set<String> KEEPS_ITS_SIDE = java.util.Set.of("ul", "ol", "blockquote");

    private DirectionStyles() {
    }

    /** Adds {@code direction} to the style of each paragraph or group of them in {@code dom} marked ltr or rtl. */
    static void apply(Document dom) {
        NodeList all = dom.getElementsByTagName("*");
        List<Element> items = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String dir = element.getAttribute("dir").toLowerCase(java.util.Locale.ROOT);
            if ((dir.equals("rtl") || dir.equals("ltr"))
                    && ParagraphDirections.isMarked(element.getTagName(), element.getAttribute("class"))) {
                if (element.getTagName().equals("li") && !dir.equals(inherited(element))) {
                    items.add(element);
                } else {
                    // a loose item's paragraph of the other direction, its first too, stands on its own
                    // side, as in the e-book and the web edition: the item's marker is brought back to
                    // the list's side after layout (LeftToRightListMarkers, RightToLeftListMarkers)
                    addStyle(element, "direction: " + dir);
                }
            }
        }
        items.forEach(DirectionStyles::setContentApart);
    }

    /**
     * An item of the other direction than its list's: openhtmltopdf 1.1.31 draws no marker for an
     * item whose direction differs from its list's, so the item keeps the list's direction (its
     * marker on the list's side; the engine's default style takes direction from the attribute,
     * so the attribute moves too) and its content is set in a block of its own direction, aligned
     * to the marker, as a browser sets an item whose content is of the other direction.
     */
    private static void setContentApart(Element item) {
        String listSide = listSide(item);
        String dir = item.getAttribute("dir").toLowerCase(java.util.Locale.ROOT);
        Element content = item.getOwnerDocument().createElement("div");
        content.setAttribute("dir", dir);
        content.setAttribute("style", "direction: " + dir + "; text-align: " + listSide);
        item.removeAttribute("dir");
        while (item.getFirstChild() != null) {
            Node child = item.getFirstChild();
            // a nested list or quotation keeps its own side: it would inherit the content's alignment
            // to the marker, and its items' lines stood at the far side of their own markers
            if (child instanceof Element block && KEEPS_ITS_SIDE.contains(block.getTagName())) {
                String own = block.getAttribute("dir").isEmpty() ? dir : block.getAttribute("dir").toLowerCase(java.util.Locale.ROOT);
                addStyle(block, "text-align: " + (own.equals("rtl") ? "right" : "left"));
            }
            content.appendChild(child);
        }
        item.appendChild(content);
    }

    /** The side of an item's list, where its marker is drawn. */
    private static String listSide(Element item) {
        return inherited(item).equals("rtl") ? "right" : "left";
    }

    /** The direction an element inherits: its nearest ancestor's {@code dir}, or ltr. */
    private static String inherited(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            String dir = e.getAttribute("dir").toLowerCase(java.util.Locale.ROOT);
            if (dir.equals("rtl") || dir.equals("ltr")) {
                return dir;
            }
        }
        return "ltr";
    }

    private static void addStyle(Element element, String declaration) {
        String style = element.getAttribute("style");
        element.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ") + declaration);
    }
}
