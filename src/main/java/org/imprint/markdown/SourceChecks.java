package org.imprint.markdown;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.imprint.ReportException;

/**
 * Checks of Markdown texts for what CommonMark accepts but an author almost never means: a
 * comment that is never closed (it hides the rest of the text), and footnotes in a text that
 * stands alone (abstract, biography), where no note can be shown. Immutable, thread-safe.
 */
public final class SourceChecks {

    /** What a footnote call looks like, also when its definition is elsewhere and it stays text. */
    private static final Pattern NOTE_CALL = Pattern.compile("\\[\\^[^\\]\\s]+\\]");

    private final Parser parser = Parser.builder()
            .extensions(NoteDefinitions.after())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    /** Core CommonMark: its parser does not recurse, so absurdly deep nesting is safe with it. */
    private final Parser bareParser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /**
     * Refuses an HTML comment that is opened and never closed: CommonMark ends such a block only
     * at the end of the text (or of its list item or quote), so what follows would vanish.
     *
     * @param firstLine the line of {@code source} on which {@code markdown} starts
     * @throws ReportException naming the comment's line
     */
    public void refuseUnclosedComments(Path source, String markdown, int firstLine) throws ReportException {
        refuseUnclosedComments(source, markdown, firstLine, null);
    }

    /**
     * Refuses an HTML comment never closed in a front-matter text rendered on its own (the
     * abstract, a biography), where it would hide the rest of that text.
     *
     * @param what how to name the text in the message, e.g. "abstract"; {@code null} for the body
     */
    public void refuseUnclosedComments(Path source, String markdown, int firstLine, String what) throws ReportException {
        if (!markdown.contains("<!--")) {
            return;
        }
        // walked without recursion: the text is not yet checked for absurd nesting
        Node root = bareParser.parse(markdown);
        Node node = root;
        while (node != null) {
            if (node instanceof HtmlBlock html) {
                // a comment opened in another block (after a <div>) runs on to the end of the text too;
                // "-->" is looked for from "<!" on, so the whole comments "<!-->" and "<!--->" are closed
                String literal = html.getLiteral();
                int open = literal.lastIndexOf("<!--");
                if (open >= 0 && literal.indexOf("-->", open + 2) < 0) {
                    int line = MarkdownRenderer.lineOf(html, firstLine) + (int) literal.substring(0, open).chars().filter(c -> c == '\n').count();
                    throw new ReportException(source, line, what == null
                            ? "the HTML comment \"<!--\" opened here is never closed, so everything after it would be"
                                    + " left out of the report; end it with \"-->\" or remove it"
                            : "the HTML comment \"<!--\" opened here in the " + what + " is never closed, so the rest of the "
                                    + what + " after it would be left out of the report; end it with \"-->\" or remove it");
                }
            }
            node = next(root, node);
        }
    }

    /**
     * Refuses footnotes in a text that stands alone, such as the abstract: it is shown on the
     * cover and in the metadata, where a note has no place, so it would silently disappear.
     *
     * @param what      how to name the text in the message, e.g. "abstract"
     * @param firstLine the line of {@code source} on which {@code markdown} starts
     */
    public void refuseNotes(Path source, String markdown, int firstLine, String what) throws ReportException {
        if (!markdown.contains("[^")) {
            return;
        }
        if (depth(bareParser.parse(markdown)) > MarkdownRenderer.MAX_NESTING) {
            return; // the footnote parser recurses; the nesting check refuses this text later, with its own message
        }
        Node[] found = new Node[1];
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition && found[0] == null) {
                    found[0] = block;
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference && found[0] == null) {
                    found[0] = node;
                }
                visitChildren(node);
            }

            @Override
            public void visit(Text text) {
                if (found[0] == null && NOTE_CALL.matcher(text.getLiteral()).find()) {
                    found[0] = text;
                }
            }

            @Override
            public void visit(Code code) {
                // [^1] in code is just text
            }
        });
        if (found[0] != null) {
            throw new ReportException(source, MarkdownRenderer.lineOf(found[0], firstLine), "the " + what
                    + " has a footnote, which cannot be shown there (it stands alone, e.g. in the metadata);"
                    + " write the note's text out or move the note into the body");
        }
    }

    /** The node after {@code node} in document order, without recursion; null at the end. */
    private static Node next(Node root, Node node) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        while (node != null && node != root && node.getNext() == null) {
            node = node.getParent();
        }
        return node == null || node == root ? null : node.getNext();
    }

    /** How deep blocks nest, found without recursion. */
    private static int depth(Node root) {
        int deepest = 0;
        for (Node node = root; node != null; node = next(root, node)) {
            int depth = 0;
            for (Node n = node; n != root && n != null; n = n.getParent()) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
            if (deepest > MarkdownRenderer.MAX_NESTING) {
                break;
            }
        }
        return deepest;
    }
}
