package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Glues each note call to the word before it, in the PDF's DOM before layout: the word and the
 * call go into a {@code <span class="note-anchor">}, which the brands' CSS sets
 * {@code display: inline-block; white-space: nowrap}. A call is an inline box of its own, and
 * openhtmltopdf moves a box that does not fit to the next line without asking the line breaker,
 * so a call could start a line cut from its word ("… in China" / "¹. RCAS …"), which a
 * typographer never allows. {@code white-space: nowrap} alone does not stop that (openhtmltopdf
 * 1.1 still moves the call's own box, measured on a real report); an inline block is placed
 * whole, so the word goes down with its call. The word loses its hyphenation points.
 *
 * <p>Calls are {@code sup.note-ref} (endnote calls, and a page-foot note's later calls) and the
 * page-foot notes themselves ({@code span.footnote}, whose call openhtmltopdf draws where the
 * span stands), except nested ones, which have no call. Only a word in a text node right before
 * the call, or an inline element right before it whose text has no space, is glued; a call after
 * a space is left alone: the author put the space there.
 */
final class NoteAnchors {

    static final String CLASS = "note-anchor";

    private static final Set<String> INLINE = Set.of("em", "i", "strong", "b", "span", "a", "cite", "q", "abbr",
            "small", "sub", "sup", "code", "mark", "s", "u", "bdi", "bdo");

    private NoteAnchors() {
    }

    /** Wraps every note call of the document and its word in a note anchor. */
    static void glue(Document dom) {
        List<Element> calls = new ArrayList<>();
        collect(dom.getElementsByTagName("sup"), calls);
        collect(dom.getElementsByTagName("span"), calls);
        for (Element call : calls) {
            glue(dom, call);
        }
    }

    private static void collect(NodeList elements, List<Element> calls) {
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            Set<String> classes = Set.of(e.getAttribute("class").trim().split("\\s+"));
            boolean call = e.getTagName().equals("sup") ? classes.contains("note-ref")
                    : classes.contains("footnote") && !classes.contains("nested");
            if (call) {
                calls.add(e);
            }
        }
    }

    private static void glue(Document dom, Element call) {
        Node before = call.getPreviousSibling();
        Node word;
        if (before instanceof Element e && CLASS.equals(e.getAttribute("class"))) {
            e.appendChild(call);   // a second call after the first ("word¹²"): all on one line
            return;
        }
        if (before != null && before.getNodeType() == Node.TEXT_NODE) {
            String text = before.getNodeValue();
            int start = text.length();
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            if (start == text.length()) {
                return;
            }
            if (start > 0) {
                before.setNodeValue(text.substring(0, start));
                word = dom.createTextNode(text.substring(start));
                call.getParentNode().insertBefore(word, call);
            } else {
                word = before;
            }
        } else if (before instanceof Element e && INLINE.contains(e.getTagName().toLowerCase(java.util.Locale.ROOT))
                && !e.getTextContent().isEmpty() && e.getTextContent().chars().noneMatch(Character::isWhitespace)) {
            word = e;
        } else {
            return;
        }
        Element anchor = dom.createElement("span");
        anchor.setAttribute("class", CLASS);
        call.getParentNode().insertBefore(anchor, word);
        anchor.appendChild(word);
        anchor.appendChild(call);
    }
}
