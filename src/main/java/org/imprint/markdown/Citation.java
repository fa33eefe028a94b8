package org.imprint.markdown;

import java.util.List;

import org.commonmark.node.CustomNode;

/**
 * A citation in the body: {@code [@key]}, {@code [see @a, p. 4; @b]}, or a narrative
 * {@code @key} in the sentence. Made by {@link CitationSyntax}; its formatted text is in the
 * body's {@link Citations}, at {@link #index()}.
 */
public final class Citation extends CustomNode {

    private final List<CiteItem> items;
    private final boolean narrative;
    private final String literal;
    private int index;
    private int line;
    private boolean leadSet;

    Citation(List<CiteItem> items, boolean narrative, String literal) {
        this.items = List.copyOf(items);
        this.narrative = narrative;
        this.literal = literal;
    }

    /** The sources cited, in the order written. */
    public List<CiteItem> items() {
        return items;
    }

    /** Written as {@code @key} in the sentence rather than in brackets. */
    public boolean narrative() {
        return narrative;
    }

    /** The citation as written. */
    public String literal() {
        return literal;
    }

    /** Its place among the body's citations, from 0. */
    public int index() {
        return index;
    }

    /** The line of the article it is written on. */
    public int line() {
        return line;
    }

    /** Whether it stands in the text of one of the article's own notes (where a note style sets it in the note's text). */
    public boolean inNote() {
        return ParsedBody.inNote(this);
    }

    /**
     * Whether a note style sets it in the running text it stands in rather than in a note of its
     * own: in the text of one of the article's own notes, or in a figure's caption (a note cannot
     * float out of a figure). Such a citation goes on with its sentence.
     */
    public boolean setInText() {
        return inNote() || inCaption();
    }

    /** Whether it stands in a figure's caption. */
    public boolean inCaption() {
        return ParsedBody.inCaption(this);
    }

    /**
     * Whether a note style sets it in parentheses: a bracketed citation in a caption after the
     * caption's first words ("Map of deltas (see Berg, 9)"), where a note would have stood
     * apart from the sentence; not inside the author's own parentheses ("Deltas (after [@c])").
     */
    public boolean parenthesisedInCaption() {
        if (narrative || !inCaption() || nothingBefore()) {
            return false;
        }
        int open = 0;
        for (org.commonmark.node.Node n = getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof org.commonmark.node.Text t) {
                open += t.getLiteral().chars().filter(c -> c == '(').count() - t.getLiteral().chars().filter(c -> c == ')').count();
            }
        }
        return open <= 0;
    }

    /**
     * Whether the layout may move it away from its place in the text: it stands in a figure's
     * caption, or in the text of a note a caption calls, which floats with its figure. Such a
     * citation cannot say "Ibid." or use a short form: the reader may meet it first.
     */
    public boolean movable() {
        return ParsedBody.inCaption(this) || ParsedBody.calledFromCaption(ParsedBody.enclosingNote(this));
    }

    /**
     * Whether it opens the note it is set in: a citation made a note of its own, or one that
     * starts the text of the article's own note or a figure's caption. A note starts with a
     * capital ("Ibid.").
     */
    public boolean opensNote() {
        if (inCaption()) {
            return getParent() instanceof org.commonmark.node.Image && nothingBefore();
        }
        if (!inNote()) {
            return true;
        }
        return getParent() instanceof org.commonmark.node.Paragraph p && p.getParent() instanceof org.commonmark.ext.footnotes.FootnoteDefinition
                && p.getPrevious() == null && nothingBefore();
    }

    private boolean nothingBefore() {
        for (org.commonmark.node.Node n = getPrevious(); n != null; n = n.getPrevious()) {
            if (!(n instanceof org.commonmark.node.Text t) || !t.getLiteral().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text goes on with punctuation right after it ("[@key], and"). */
    public boolean punctuationAfter() {
        return getNext() instanceof org.commonmark.node.Text t && !NotePunctuation.leading(t.getLiteral()).isEmpty();
    }

    /**
     * Whether its sentence goes on after it in the same paragraph, with punctuation or words
     * ("[@key] and elsewhere"): a citation set in the text of a note then takes no closing
     * full stop of its own.
     */
    public boolean textAfter() {
        for (org.commonmark.node.Node n = getNext(); n != null; n = n.getNext()) {
            boolean blank = n instanceof org.commonmark.node.SoftLineBreak
                    || n instanceof org.commonmark.node.Text t && t.getLiteral().isBlank();
            if (!blank) {
                return true;
            }
        }
        return false;
    }

    /** The punctuation right after it (one code point: "." or the Urdu "۔"), or a space when there is none. */
    public String punctuationMark() {
        return punctuationAfter() ? NotePunctuation.leading(((org.commonmark.node.Text) getNext()).getLiteral()) : " ";
    }

    /** Takes the punctuation after it out of the text: the formatted citation has set it (inside a quotation mark). */
    public void dropPunctuationAfter() {
        if (punctuationAfter()) {
            org.commonmark.node.Text after = (org.commonmark.node.Text) getNext();
            after.setLiteral(after.getLiteral().substring(NotePunctuation.leading(after.getLiteral()).length()));
        }
    }

    /**
     * Whether the names this narrative citation puts in the sentence stand in the text before it
     * already: it was written in a link's words and its note's call set after the link
     * ({@link LinkedCitations}).
     */
    public boolean leadSet() {
        return leadSet;
    }

    void leadSetBefore() {
        leadSet = true;
    }

    void place(int index, int line) {
        this.index = index;
        this.line = line;
    }
}
