package org.imprint.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A note call written in a link's words ({@code [the report[^1]](https://…)}): commonmark-java
 * then makes no link, and the page printed "[the report¹](https://…)" with its brackets and
 * address, exit 0. Such a call is refused with the fix (the call after the link); a link that
 * holds a call and is made is left alone.
 */
final class NoteCallsInLinks {

    private NoteCallsInLinks() {
    }

    /** A refusal for each note call that stands between a link's "[" and its "](" in text left unlinked. */
    static List<CitationSyntax.Refused> refusals(Node document) {
        List<CitationSyntax.Refused> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference call && opensBefore(call) && closesAfter(call)) {
                    out.add(new CitationSyntax.Refused(CitationSyntax.line(call, 0), "the note call [^" + call.getLabel()
                            + "] stands in the words of a link, which makes no link: the brackets and the address would print"
                            + " as written; put the call after the link: [words](address)[^" + call.getLabel() + "]"));
                }
                visitChildren(node);
            }
        });
        return out;
    }

    /** Whether a "[" with no "]" after it stands in the text before the call. */
    private static boolean opensBefore(Node call) {
        for (Node n = call.getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof Text text) {
                String s = text.getLiteral();
                int open = s.lastIndexOf('[');
                int close = s.lastIndexOf(']');
                if (open >= 0 && open > close) {
                    return true;
                }
                if (close >= 0) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether the text after the call closes the words with "](" before any other "[". */
    private static boolean closesAfter(Node call) {
        for (Node n = call.getNext(); n != null; n = n.getNext()) {
            if (n instanceof Text text) {
                String s = text.getLiteral();
                int link = s.indexOf("](");
                int open = s.indexOf('[');
                if (link >= 0 && (open < 0 || open > link)) {
                    return true;
                }
                if (open >= 0 || s.indexOf(']') >= 0) {
                    return false;
                }
            }
        }
        return false;
    }
}
