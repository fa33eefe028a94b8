package org.imprint.pdf;

import org.imprint.markdown.ParagraphDirections;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
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

    private DirectionStyles() {
    }

    /** Adds {@code direction} to the style of each paragraph or group of them in {@code dom} marked ltr or rtl. */
    static void apply(Document dom) {
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String dir = element.getAttribute("dir").toLowerCase(java.util.Locale.ROOT);
            // an item of the other direction than its list's too: it is set on its own side, its
            // marker at its start, as the e-book and the web edition set it (h19ab H7: an English
            // item of an Urdu list kept its number at the right and its nested list under the
            // number, and an Urdu item of that nested list was set from the left). Its marker is
            // brought to its side after layout (LeftToRightListMarkers, RightToLeftListMarkers)
            if ((dir.equals("rtl") || dir.equals("ltr"))
                    && ParagraphDirections.isMarked(element.getTagName(), element.getAttribute("class"))) {
                addStyle(element, "direction: " + dir);
            }
        }
    }

    private static void addStyle(Element element, String declaration) {
        String style = element.getAttribute("style");
        element.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ") + declaration);
    }
}
