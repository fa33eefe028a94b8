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

    void place(int index, int line) {
        this.index = index;
        this.line = line;
    }
}
