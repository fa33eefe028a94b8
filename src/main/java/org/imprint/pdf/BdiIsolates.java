package org.imprint.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Gives each {@code <bdi>} of the layout's markup (an author's name or the date beside other text
 * in a byline) the first-strong isolate it stands for, U+2068 … U+2069, as plain text inside it:
 * openhtmltopdf 1.1.31 does not know the element and resolved the byline as one paragraph, so
 * "Zahid Anwar · 21 اپریل 2026" in an Urdu article came out "2026 اپریل Zahid Anwar · 21". The
 * isolate characters are what {@link BidiRuns} and {@link IsolateSpans} read (the e-book keeps the
 * element, which reading systems honour).
 *
 * <p>Inline code with a {@code dir} of its own (code in right-to-left text, which
 * markdown/CodeDirections marks {@code ltr}) gets the isolate of that direction, U+2066 or U+2067,
 * as a browser sets it: the engine takes no direction from an inline element, and
 * {@code print("سلام")} in an Urdu sentence was drawn {@code ۔")سلام print("}.
 */
final class BdiIsolates {

    private static final String FSI = "\u2068";
    private static final String LRI = "\u2066";
    private static final String RLI = "\u2067";
    private static final String PDI = "\u2069";

    private BdiIsolates() {
    }

    /** Puts an isolate round the content of each {@code bdi} element, and of each inline code with a {@code dir}, in {@code dom}. */
    static void apply(Document dom) {
        NodeList all = dom.getElementsByTagName("bdi");
        for (int i = 0; i < all.getLength(); i++) {
            isolate(dom, (Element) all.item(i), FSI);
        }
        NodeList code = dom.getElementsByTagName("code");
        for (int i = 0; i < code.getLength(); i++) {
            Element element = (Element) code.item(i);
            String dir = element.getAttribute("dir");
            if ((dir.equals("ltr") || dir.equals("rtl")) && !inBlockOfCode(element)) {
                isolate(dom, element, dir.equals("ltr") ? LRI : RLI);
                // the engine takes the attribute as a direction of the element's own, and an
                // inline element of its own direction was laid out in the paragraph's order
                element.removeAttribute("dir");
            }
        }
    }

    private static void isolate(Document dom, Element element, String opening) {
        if (element.getFirstChild() == null) {
            return;
        }
        element.insertBefore(dom.createTextNode(opening), element.getFirstChild());
        element.appendChild(dom.createTextNode(PDI));
        // one text from the opening to the first markup, as IsolateSpans expects it
        element.normalize();
    }

    /** Whether the code is a code block's ({@code pre}), whose lines are a block of their direction, not an isolate. */
    private static boolean inBlockOfCode(Element code) {
        for (Node n = code.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (e.getTagName().equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
