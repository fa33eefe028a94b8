package org.imprint.pdf;

import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gives each ordered list with an HTML {@code type} ({@code <ol type="a">}) the CSS
 * {@code list-style-type} that the attribute means. A reading system or browser numbers such a
 * list with letters or roman numerals from the attribute itself; openhtmltopdf 1.1.31 and Flying
 * Saucer take the marker's style from CSS only, so the PDF printed "1." where the e-book printed
 * "a.", and a text's "see item (b)" pointed at nothing.
 */
final class ListTypeStyles {

    /** HTML's {@code type} values of {@code ol} (case-sensitive) and their CSS counter styles. */
    static final Map<String, String> STYLES = Map.of(
            "1", "decimal", "a", "lower-alpha", "A", "upper-alpha", "i", "lower-roman", "I", "upper-roman");

    private ListTypeStyles() {
    }

    /** Adds {@code list-style-type} to the style of each {@code ol} in {@code dom} whose {@code type} is one of HTML's. */
    static void apply(Document dom) {
        NodeList lists = dom.getElementsByTagName("ol");
        for (int i = 0; i < lists.getLength(); i++) {
            Element list = (Element) lists.item(i);
            String css = STYLES.get(list.getAttribute("type").strip());
            if (css != null) {
                String style = list.getAttribute("style");
                // appended: the attribute is the author's word on this one list, over the brand's list style
                list.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ") + "list-style-type: " + css);
            }
        }
    }
}
