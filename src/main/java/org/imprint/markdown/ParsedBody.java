package org.imprint.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import java.util.LinkedHashMap;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * A Markdown body parsed once and shared by every output format.
 *
 * @param document    the commonmark tree, figures already in place
 * @param headings    headings in document order, with their ids
 * @param images      every image referenced, figures and raw HTML images included
 * @param links       every link, raw HTML links included
 * @param figures     the figures in order
 * @param notes       footnote definitions by label, keyed as {@code NoteLabel} normalises labels
 * @param noteNumbers footnote labels (normalised the same way) in the order of their first call,
 *                    numbered from 1
 * @param headingIds  the id of each heading node
 * @param citations   the citations in reading order
 * @param cited       their formatted texts and the reference list ({@link Citations#NONE} until formatted)
 * @param targets     where its links can go
 */
public record ParsedBody(
        Node document,
        List<Heading> headings,
        List<ImageRef> images,
        List<LinkRef> links,
        List<Figure> figures,
        Map<String, FootnoteDefinition> notes,
        Map<String, Integer> noteNumbers,
        Map<Node, String> headingIds,
        List<Citation> citations,
        Citations cited,
        LinkTargets targets) {

    /**
     * Whether the body shows a reader nothing: no word, code, citation, image or chart, only
     * blank lines, comments, rules, link definitions, raw HTML that prints no text (a script),
     * spaces of any kind and invisible format characters (a no-break space, U+200B, U+200F), or
     * notes no text calls (which no output prints).
     */
    public boolean blank() {
        if (!images.isEmpty() || !figures.isEmpty() || calls(document)) {
            return false;
        }
        // the notes' text is part of the document's: what is left is the text outside them
        long outside = visible(TextContent.of(document, citation -> "@"));
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FootnoteDefinition) {
                outside -= visible(TextContent.of(block, citation -> "@"));
            }
        }
        return outside == 0;
    }

    /** Whether a note is called anywhere under {@code node} (walked without recursion: nesting may be deep). */
    private static boolean calls(Node node) {
        Deque<Node> open = new ArrayDeque<>(List.of(node));
        while (!open.isEmpty()) {
            for (Node child = open.pop().getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof FootnoteReference) {
                    return true;
                }
                open.push(child);
            }
        }
        return false;
    }

    /** How many characters of {@code text} leave a mark on the page: no space of any kind, control or format character. */
    private static long visible(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                && Character.getType(c) != Character.FORMAT).count();
    }

    /**
     * The body with its citations formatted. With a note style each citation (outside a note's
     * own text) becomes a note, numbered in one sequence with the article's own notes. A note's
     * call and a superscript citation follow the sentence's punctuation.
     */
    public ParsedBody withCitations(Citations formatted) {
        if (formatted.notes()) {
            LinkedCitations.callsAfterLinks(citations.stream().filter(c -> !inNote(c) && !inCaption(c)).toList(), formatted.leads());
        }
        for (Citation citation : citations) {
            // a superscript citation of a numeric style (Nature's "¹⁻³") stands as a note's call
            // does, after the punctuation, as pandoc sets it: "claim.¹⁻³", not "claim¹⁻³."
            if (formatted.notes() ? !citation.narrative() && !inNote(citation) && !inCaption(citation)
                    : formatted.superscript(citation.index())) {
                punctuateBefore(citation);
            }
        }
        Map<String, Integer> numbers = numberNotes(document, notes, formatted.notes());
        List<String> places = new ArrayList<>();
        for (int n : numbers.values()) {
            places.add("fn-" + n);
            places.add("fnref-" + n);
        }
        formatted.entries().forEach(entry -> places.add(entry.id()));
        return new ParsedBody(document, headingsCiting(formatted, numbers), images, links, figures, notes, numbers, headingIds,
                citations, formatted, targets.with(places));
    }

    /**
     * The headings with the text their citations are set as ("## @lee2020 revisited" is listed
     * as "Lee (2020) revisited"); a citation set as a note's call is no word of the entry, but
     * the names a narrative one leaves in the sentence are ("Lee revisited").
     */
    private List<Heading> headingsCiting(Citations formatted, Map<String, Integer> numbers) {
        Map<String, Node> byId = new java.util.HashMap<>();
        headingIds.forEach((node, id) -> byId.put(id, node));
        return headings.stream().map(h -> {
            Node node = byId.get(h.id());
            return node == null ? h : new Heading(h.level(), h.id(), TextContent.of(node, citation -> wordsOf(citation, formatted, numbers)));
        }).toList();
    }

    /**
     * The words a citation leaves in the text around it, for the plain text of what holds it (a
     * heading's entry, a figure's text alternative): a citation set as a note's call leaves none
     * but the names a narrative one keeps in the sentence; one set in the text is its text.
     */
    String wordsOf(Citation citation) {
        return wordsOf(citation, cited, noteNumbers);
    }

    private static String wordsOf(Citation citation, Citations formatted, Map<String, Integer> numbers) {
        if (citation.index() >= formatted.texts().size()) {
            return citation.literal();
        }
        String lead = formatted.leads().get(citation.index());
        if (numbers.containsKey(noteKey(citation))) {
            return citation.leadSet() ? "" : lead;
        }
        String text = org.jsoup.Jsoup.parseBodyFragment(formatted.texts().get(citation.index())).text();
        return lead.isEmpty() || text.isEmpty() ? lead + text : lead + " " + text;
    }

    /**
     * The number each citation would have as a note, by index, in one sequence with the
     * article's own notes; a citation inside a note's own text has that note's number (0 when
     * no text calls the note).
     */
    public int[] citationNoteNumbers() {
        Map<String, Integer> numbers = numberNotes(document, notes, true);
        int[] out = new int[citations.size()];
        for (Citation citation : citations) {
            FootnoteDefinition note = enclosingNote(citation);
            String key = note == null ? noteKey(citation) : NoteLabel.key(note.getLabel());
            out[citation.index()] = numbers.getOrDefault(key, 0);
        }
        return out;
    }

    /**
     * The citations in the order a reader meets them: a citation in a note's own text where the
     * note is called, not where its definition stands (at the end of the Markdown); those in
     * notes no text calls come last.
     */
    public List<Citation> citationsInReadingOrder() {
        List<Citation> order = new ArrayList<>();
        java.util.Set<String> met = new java.util.HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof FootnoteReference ref) {
                FootnoteDefinition definition = notes.get(NoteLabel.key(ref.getLabel()));
                if (met.add(NoteLabel.key(ref.getLabel())) && definition != null) {
                    pushChildren(definition, todo);
                }
            } else if (node instanceof Citation citation) {
                order.add(citation);
            }
            if (!(node instanceof FootnoteDefinition)) {
                pushChildren(node, todo);
            }
        }
        for (Citation citation : citations) {
            if (!order.contains(citation)) {
                order.add(citation);
            }
        }
        return order;
    }

    /**
     * Numbers the notes in reading order: each as the text first calls it, and the notes a note's
     * text calls right after that note, before the text goes on. So the numbers run in the order
     * a reader meets the notes, also when notes cite notes, and page-foot notes (numbered by the
     * order they stand in) and endnotes get the same numbers. A note no text calls gets none.
     * Walked without recursion: a chain of notes citing notes may be long.
     *
     * @param citationNotes whether citations outside a note's own text are notes too
     */
    static Map<String, Integer> numberNotes(Node document, Map<String, FootnoteDefinition> notes, boolean citationNotes) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof FootnoteReference ref) {
                String key = NoteLabel.key(ref.getLabel());
                FootnoteDefinition definition = notes.get(key);
                if (numbers.putIfAbsent(key, numbers.size() + 1) == null && definition != null) {
                    pushChildren(definition, todo);
                }
            } else if (citationNotes && node instanceof Citation citation && !inNote(citation) && !inCaption(citation)) {
                numbers.put(noteKey(citation), numbers.size() + 1);
            }
            if (!(node instanceof FootnoteDefinition)) {
                pushChildren(node, todo);
            }
        }
        return numbers;
    }

    /**
     * Pushes a node's children so that they pop in document order. A figure's caption is its
     * image's text, which the figure holds outside the tree: the walk enters it where the figure
     * stands, so that a note its caption calls is numbered in reading order.
     */
    private static void pushChildren(Node node, Deque<Node> todo) {
        if (node instanceof Figure figure && figure.image() != null) {
            todo.push(figure.image());
        }
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            todo.push(child);
        }
    }

    /**
     * A note's call follows the word without a space and the punctuation after it, as Chicago
     * and pandoc set it: "itself [@key]." becomes "itself." and the call. Calls side by side
     * ("[@a] [@b]." or "[^1] [@b].") stay together after the punctuation: "itself.¹²", not "¹.²".
     */
    private static void punctuateBefore(Citation citation) {
        if (citation.getPrevious() instanceof SoftLineBreak lineBreak) {
            lineBreak.unlink();
        }
        if (listed(citation)) {
            // "Particles: [@a], [@b], [@c]." is a list of calls: its commas stay where typed
            // ("Particles:¹, ², ³."); moving each mark before its call would leave ",,." behind
            if (!separatorBefore(citation) && citation.getPrevious() instanceof Text before) {
                before.setLiteral(before.getLiteral().stripTrailing());
            }
            return;
        }
        if (citation.getPrevious() instanceof Text before) {
            before.setLiteral(before.getLiteral().stripTrailing());
        }
        if (citation.getNext() instanceof Text after && !NotePunctuation.leading(after.getLiteral()).isEmpty()) {
            String mark = NotePunctuation.leading(after.getLiteral());
            Node first = firstCallBefore(citation);
            if (first.getPrevious() instanceof Text before) {
                before.setLiteral(before.getLiteral().stripTrailing());
            }
            // "etc. [@key]." is "etc." and the call: the sentence's full stop is the abbreviation's
            boolean ended = first.getPrevious() instanceof Text before && NotePunctuation.endsSentence(before.getLiteral());
            if (!(ended && mark.equals("."))) {
                first.insertBefore(new Text(mark));
            }
            after.setLiteral(after.getLiteral().substring(mark.length()));
        }
    }

    /**
     * The line of the article where note {@code number} stands: its definition, or the citation a
     * note style sets as that note; 0 when no note has that number.
     *
     * @param firstLine the article's line on which the body starts
     */
    public int noteLine(int number, int firstLine) {
        for (Map.Entry<String, Integer> note : noteNumbers.entrySet()) {
            if (note.getValue() != number) {
                continue;
            }
            FootnoteDefinition definition = notes.get(note.getKey());
            if (definition != null) {
                return MarkdownRenderer.lineOf(definition, firstLine);
            }
            for (Citation citation : citations) {
                if (noteKey(citation).equals(note.getKey())) {
                    return MarkdownRenderer.lineOf(citation, firstLine);
                }
            }
        }
        return 0;
    }


    /** Whether a call stands in a list of calls separated by commas or semicolons. */
    private static boolean listed(Citation citation) {
        return separatorBefore(citation) || citation.getNext() instanceof Text after
                && NotePunctuation.isSeparator(after.getLiteral()) && isCall(after.getNext());
    }

    /** Whether a call follows another call and a comma or semicolon. */
    private static boolean separatorBefore(Citation citation) {
        return citation.getPrevious() instanceof Text before && NotePunctuation.isSeparator(before.getLiteral())
                && isCall(before.getPrevious());
    }

    private static boolean isCall(Node node) {
        return node instanceof FootnoteReference || node instanceof Citation c && !c.narrative();
    }

    /** The first of the note calls standing right before this one (only spaces between), or the citation itself. */
    private static Node firstCallBefore(Citation citation) {
        Node first = citation;
        for (Node n = citation.getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof FootnoteReference || n instanceof Citation c && !c.narrative()) {
                first = n;
            } else if (!(n instanceof Text t && t.getLiteral().isEmpty())) {
                break;
            }
        }
        return first;
    }

    /** The key a citation set as a note has among the notes: lower case, so no label's key can equal it. */
    static String noteKey(Citation citation) {
        return "citation-" + citation.index();
    }

    /**
     * Whether a node stands in a figure's caption: a citation there is set in the caption, also
     * in a note style (a note cannot float out of a figure); the walk that numbers notes does
     * not enter captions.
     */
    static boolean inCaption(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof org.commonmark.node.Image) {
                return true;
            }
        }
        return false;
    }

    /** Whether a call of this note (none: {@code null}) stands in a figure's caption. */
    static boolean calledFromCaption(FootnoteDefinition note) {
        if (note == null) {
            return false;
        }
        Node root = note;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        String label = NoteLabel.key(note.getLabel());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof FootnoteReference ref && NoteLabel.key(ref.getLabel()).equals(label) && inCaption(ref)) {
                return true;
            }
            pushChildren(node, todo);
        }
        return false;
    }

    /** Whether a node stands in a note's own text. */
    static boolean inNote(Node node) {
        return enclosingNote(node) != null;
    }

    /** The note whose text a node stands in, or {@code null}. */
    static FootnoteDefinition enclosingNote(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof FootnoteDefinition definition) {
                return definition;
            }
        }
        return null;
    }
}
