package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;

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

    /** Wraps the isolates of every text in {@code dom}; an isolate whose end is in another text is left as it is. */
    static void apply(Document dom) {
        if (dom.getDocumentElement() == null) {
            return;
        }
        List<Text> texts = new ArrayList<>();
        collect(dom.getDocumentElement(), texts);
        for (Text text : texts) {
            wrap(dom, text);
        }
    }

    private static void collect(Node node, List<Text> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && !(child.getParentNode() instanceof Element e && isIsolate(e))) {
                if (text.getData().chars().anyMatch(IsolateSpans::opens)) {
                    into.add(text);
                }
            } else if (child instanceof Element element && !element.getTagName().equals("style")
                    && !element.getTagName().equals("script")) {
                collect(element, into);
            }
        }
    }

    /** Splits the text at its outermost isolates, each into a span of its own. */
    private static void wrap(Document dom, Text text) {
        String data = text.getData();
        Node parent = text.getParentNode();
        int done = 0;
        int depth = 0;
        int open = -1;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (opens(c)) {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == '\u2069' && depth > 0 && --depth == 0) {
                if (open > done) {
                    parent.insertBefore(dom.createTextNode(data.substring(done, open)), text);
                }
                Element span = dom.createElement("span");
                span.setAttribute("class", CLASS);
                span.appendChild(dom.createTextNode(data.substring(open, i + 1)));
                parent.insertBefore(span, text);
                done = i + 1;
            }
        }
        if (done > 0) {
            text.setData(data.substring(done));
            if (done == data.length()) {
                parent.removeChild(text);
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
