package org.imprint.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gives each {@code <bdi>} of the layout's markup (an author's name or the date beside other text
 * in a byline) the first-strong isolate it stands for, U+2068 … U+2069, as plain text inside it:
 * openhtmltopdf 1.1.31 does not know the element and resolved the byline as one paragraph, so
 * "Zahid Anwar · 21 اپریل 2026" in an Urdu article came out "2026 اپریل Zahid Anwar · 21". The
 * isolate characters are what {@link BidiRuns} and {@link IsolateSpans} read (the e-book keeps the
 * element, which reading systems honour).
 */
final class BdiIsolates {

    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    private BdiIsolates() {
    }

    /** Puts an isolate round the content of each {@code bdi} element in {@code dom}. */
    static void apply(Document dom) {
        NodeList all = dom.getElementsByTagName("bdi");
        for (int i = 0; i < all.getLength(); i++) {
            Element bdi = (Element) all.item(i);
            if (bdi.getFirstChild() == null) {
                continue;
            }
            bdi.insertBefore(dom.createTextNode(FSI), bdi.getFirstChild());
            bdi.appendChild(dom.createTextNode(PDI));
            // one text from the opening to the first markup, as IsolateSpans expects it
            bdi.normalize();
        }
    }
}
