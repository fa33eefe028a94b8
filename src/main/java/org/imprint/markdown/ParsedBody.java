package org.imprint.markdown;

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
        Citations cited) {

    /**
     * The body with its citations formatted. With a note style each citation (outside a note's
     * own text) becomes a note, numbered in one sequence with the article's own notes.
     */
    public ParsedBody withCitations(Citations formatted) {
        if (formatted.notes()) {
            for (Citation citation : citations) {
                if (!citation.narrative() && !inNote(citation)) {
                    punctuateBefore(citation);
                }
            }
        }
        return new ParsedBody(document, headings, images, links, figures, notes, numbers(formatted.notes()), headingIds,
                citations, formatted);
    }

    /**
     * The number each citation would have as a note, by index, in one sequence with the
     * article's own notes; 0 for a citation inside a note's own text.
     */
    public int[] citationNoteNumbers() {
        Map<String, Integer> numbers = numbers(true);
        int[] out = new int[citations.size()];
        for (Citation citation : citations) {
            out[citation.index()] = numbers.getOrDefault(noteKey(citation), 0);
        }
        return out;
    }

    private Map<String, Integer> numbers(boolean citationNotes) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference ref) {
                    numbers.putIfAbsent(NoteLabel.key(ref.getLabel()), numbers.size() + 1);
                } else if (node instanceof Citation citation && citationNotes && !inNote(citation)) {
                    numbers.put(noteKey(citation), numbers.size() + 1);
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }
        });
        return numbers;
    }

    /**
     * A note's call follows the word without a space and the punctuation after it, as Chicago
     * and pandoc set it: "itself [@key]." becomes "itself." and the call.
     */
    private static void punctuateBefore(Citation citation) {
        if (citation.getPrevious() instanceof SoftLineBreak lineBreak) {
            lineBreak.unlink();
        }
        if (citation.getPrevious() instanceof Text before) {
            before.setLiteral(before.getLiteral().stripTrailing());
        }
        if (citation.getNext() instanceof Text after && !after.getLiteral().isEmpty()
                && ".,;:!?".indexOf(after.getLiteral().charAt(0)) >= 0) {
            citation.insertBefore(new Text(after.getLiteral().substring(0, 1)));
            after.setLiteral(after.getLiteral().substring(1));
        }
    }

    /** The key a citation set as a note has among the notes: lower case, so no label's key can equal it. */
    static String noteKey(Citation citation) {
        return "citation-" + citation.index();
    }

    /** Whether a node stands in a note's own text. */
    static boolean inNote(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof FootnoteDefinition) {
                return true;
            }
        }
        return false;
    }
}
