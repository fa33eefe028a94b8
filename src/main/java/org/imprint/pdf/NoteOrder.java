package org.imprint.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Numbers page-foot notes in the order the PDF sets them, after {@link FigurePlacement} moved a
 * figure whose caption calls a note past paragraphs that call notes: a reader meets the
 * paragraphs' calls first, and the page's notes must read 20, 21, 22, not 21, 22, 20. The same
 * numbers are dealt out again in the new order of the calls: each note's {@code data-note} (which
 * the call and the note print) and {@code id}, and the numbers other notes' text or later calls
 * print ({@code sup.note-ref}). The e-book keeps the article's order, and so its numbers.
 *
 * <p>Only plain page-foot notes are renumbered: a citation's text may depend on the order of the
 * citations ("ibid.", a back reference to a note's number), and endnotes keep the order of their
 * list. The number the article gave a note stays in {@code data-source-note}, for messages that
 * point to the article's line.
 */
final class NoteOrder {

    private NoteOrder() {
    }

    /**
     * Whether the notes called from {@code first} to {@code last} (siblings; {@code last} may be
     * {@code first}) are plain page-foot notes that can be renumbered.
     */
    static boolean renumberable(Element first, Element last) {
        for (Node node = first; node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && !renumberable(element)) {
                return false;
            }
            if (node == last) {
                break;
            }
        }
        return true;
    }

    /** Whether the notes an element calls are plain page-foot notes that can be renumbered. */
    static boolean renumberable(Element element) {
        NodeList all = element.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String classes = " " + e.getAttribute("class") + " ";
            if (e.hasAttribute("data-note") && classes.contains(" citation ")) {
                return false;
            }
            if (classes.contains(" note-ref ") && e.getElementsByTagName("a").getLength() > 0) {
                return false;   // an endnote's call
            }
        }
        return true;
    }

    /** Deals the page-foot notes' numbers out again in the order of the document. */
    static void renumber(Document document) {
        List<Element> notes = new ArrayList<>();
        List<Element> references = new ArrayList<>();
        collect(document.getDocumentElement(), notes, references);
        List<Integer> numbers = new ArrayList<>();
        for (Element note : notes) {
            Integer number = number(note.getAttribute("data-note"));
            if (number == null) {
                return;   // not a number we dealt: leave them all
            }
            numbers.add(number);
        }
        List<Integer> sorted = new ArrayList<>(numbers);
        sorted.sort(null);
        Map<Integer, Integer> renumbered = new HashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            renumbered.put(numbers.get(i), sorted.get(i));
        }
        for (int i = 0; i < notes.size(); i++) {
            Element note = notes.get(i);
            int now = sorted.get(i);
            if (!note.hasAttribute("data-source-note")) {
                note.setAttribute("data-source-note", note.getAttribute("data-note"));
            }
            note.setAttribute("data-note", Integer.toString(now));
            if (note.getAttribute("id").matches("fn-\\d+")) {
                note.setAttribute("id", "fn-" + now);
            }
        }
        for (Element reference : references) {
            Integer number = number(reference.getTextContent().strip());
            if (number != null && renumbered.containsKey(number) && reference.getChildNodes().getLength() == 1) {
                reference.setTextContent(Integer.toString(renumbered.get(number)));
            }
        }
    }

    private static void collect(Element element, List<Element> notes, List<Element> references) {
        String classes = " " + element.getAttribute("class") + " ";
        if (element.hasAttribute("data-note") && classes.contains(" footnote ")) {
            notes.add(element);
        } else if (classes.contains(" note-ref ")) {
            references.add(element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, notes, references);
            }
        }
    }

    private static Integer number(String text) {
        return text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
    }
}
