package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;

import org.imprint.markdown.QuoteStyle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.ibm.icu.util.ULocale;

/**
 * Gives each {@code <q>} element its quotation marks as text: a browser draws them from its own
 * style sheet ({@code q::before { content: open-quote }}), the PDF engines draw none, so
 * {@code <q>ستان</q>} printed the word bare. The marks are those the article's typed quotes get
 * ({@link QuoteStyle}), of the language the element stands in, single inside another {@code q},
 * and facing the text they stand in: Urdu's ” “ in an Urdu line, turned in an English one.
 * Done before the marks are glued to their words ({@link QuotationGlue}).
 */
final class QuoteElements {

    private QuoteElements() {
    }

    /** Puts the marks inside every {@code q} of {@code dom}. */
    static void apply(Document dom) {
        NodeList found = dom.getElementsByTagNameNS("*", "q");
        if (found.getLength() == 0) {
            found = dom.getElementsByTagName("q");
        }
        List<Element> quotes = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            quotes.add((Element) found.item(i));
        }
        for (Element q : quotes) {
            String language = inherited(q, "lang");
            boolean languageRtl = language != null && ULocale.forLanguageTag(language).isRightToLeft();
            // the direction of the text round the quotation: its dir, else that of its language
            Element parent = q.getParentNode() instanceof Element e ? e : q;
            String direction = inherited(parent, "dir");
            String around = inherited(parent, "lang");
            boolean textRtl = direction != null && !direction.equalsIgnoreCase("auto") ? direction.equalsIgnoreCase("rtl")
                    : around != null && ULocale.forLanguageTag(around).isRightToLeft();
            QuoteStyle style = QuoteStyle.of(language).facing(textRtl, languageRtl);
            boolean single = nested(q);
            q.insertBefore(dom.createTextNode(style.mark(single, true)), q.getFirstChild());
            q.appendChild(dom.createTextNode(style.mark(single, false)));
        }
    }

    /** The attribute on the element or its nearest ancestor that has it ({@code xml:lang} too), or null. */
    private static String inherited(Element element, String name) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute(name)) {
                return e.getAttribute(name);
            }
            if (name.equals("lang") && e.hasAttribute("xml:lang")) {
                return e.getAttribute("xml:lang");
            }
        }
        return null;
    }

    /** Whether the quotation stands inside another: it takes the single marks. */
    private static boolean nested(Element q) {
        for (Node node = q.getParentNode(); node instanceof Element e; node = node.getParentNode()) {
            String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
            if (name.equals("q")) {
                return true;
            }
        }
        return false;
    }
}
