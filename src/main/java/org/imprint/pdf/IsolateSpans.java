package org.imprint.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Wraps each directional isolate of a text (U+2066, U+2067 or U+2068 … U+2069, round a quotation
 * of the other direction) in a {@code span} of class {@value #CLASS}, keeping the isolate's
 * characters inside it, so that {@link VisualLineOrder} can isolate it again after layout.
 * {@link BidiRuns} resolves the paragraph with the isolates, but {@link ArabicShaper} drops them
 * from the runs it draws, and the paragraph text {@link VisualLineOrder} places the pieces by
 * had lost them: "“⁦We agree⁩” — 2" in an Urdu line resolved as if "We agree” — 2" were one
 * English phrase, and the number stood inside the quotation marks. The span makes no break
 * opportunity the runs did not make already: a run starts and ends at each isolate.
 */
final class IsolateSpans {

    /** The class of a span that holds one directional isolate. */
    static final String CLASS = "bidi-isolate";

    private IsolateSpans() {
    }

    /**
     * Wraps the isolates under {@code dom}, nested ones too, each in a span of its own: an
     * isolate may hold elements (a citation's link, its italic title) when its opening and its
     * end are in texts of one element. An isolate whose end is under another element is left as
     * it is (the citations' markup closes each isolate where it opens it: cite/Isolates).
     */
    static void apply(Document dom) {
        if (dom.getDocumentElement() != null) {
            wrapUnder(dom, dom.getDocumentElement());
        }
    }

    /** Wraps the isolates of the element's children, after those inside each child element. */
    private static void wrapUnder(Document dom, Element element) {
        if (element.getTagName().equals("style") || element.getTagName().equals("script")) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                wrapUnder(dom, e);
            }
        }
        // the texts whose isolates are still open, innermost last
        java.util.ArrayDeque<Text> open = new java.util.ArrayDeque<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Text text)) {
                continue;
            }
            String data = text.getData();
            for (int i = 0; i < data.length(); i++) {
                char c = data.charAt(i);
                if (opens(c)) {
                    // the opening starts a text of its own
                    Text from = i == 0 ? text : text.splitText(i);
                    open.push(from);
                    child = from;
                    text = from;
                    data = from.getData();
                    i = 0;
                } else if (c == '\u2069' && !open.isEmpty()) {
                    if (i + 1 < data.length()) {
                        text.splitText(i + 1);
                    }
                    Text first = open.pop();
                    Element span = dom.createElement("span");
                    span.setAttribute("class", CLASS);
                    element.insertBefore(span, first);
                    for (Node n = first, next; n != null; n = next) {
                        next = n == text ? null : n.getNextSibling();
                        span.appendChild(n);
                    }
                    child = span;
                    break;
                }
            }
        }
        // an isolate that does not end here: its text joins the one it was split from
        for (Text from : open) {
            if (from.getPreviousSibling() instanceof Text before) {
                before.appendData(from.getData());
                element.removeChild(from);
            }
        }
    }

    private static boolean opens(int c) {
        return c >= '\u2066' && c <= '\u2068';
    }

    /** Whether the element is a span this class made. */
    static boolean isIsolate(Element element) {
        return element.getTagName().equals("span") && CLASS.equals(element.getAttribute("class"));
    }

    /** The character that opens the isolate a span holds: LRI, RLI or FSI. */
    static char opening(Element span) {
        String text = span.getTextContent();
        return text.isEmpty() || !opens(text.charAt(0)) ? '\u2068' : text.charAt(0);
    }
}
