package org.imprint.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Moves typographic quotes out of the links the autolink extension found in text. Its library
 * (nibor autolink) takes any non-ASCII character into an e-mail address and a closing
 * {@code ” ’ » …} into a URL, so once {@link SmartPunctuation} has curled the quotes around
 * {@code "https://example.org"} or {@code "someone@example.org"} they would become part of the
 * link's text and destination ({@code mailto:“someone@example.org”}). Marks that never belong to
 * a URL or an address at its ends are put back into the text around the link.
 *
 * <p>Runs after the autolink extension's own post-processor; stateless, so it may be shared.
 */
final class QuotedAutolinks implements PostProcessor {

    /** Marks that open a quotation, and the narrow no-break space French sets after them. */
    private static final String LEADING = "\u201C\u2018\u201E\u201A\u00AB\u2039\u202F\u00A0";
    /** Marks that end a link wherever they stand in it: no URL or address holds them unencoded. */
    private static final String QUOTES = "\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A";
    /** Marks that close a quotation at its end; sentence punctuation goes with them. */
    private static final String TRAILING = "\u2019\u2018\u201A\u2026\u202F\u00A0";
    private static final String SENTENCE = ".,:;!?";

    @Override
    public Node process(Node document) {
        java.util.List<Link> links = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link);
            }
        });
        links.forEach(QuotedAutolinks::trim);
        return document;
    }

    private static void trim(Link link) {
        // an autolink of the extension: one text child that the destination ends with
        if (!(link.getFirstChild() instanceof Text text) || text.getNext() != null
                || !link.getDestination().endsWith(text.getLiteral())) {
            return;
        }
        String literal = text.getLiteral();
        int start = 0;
        while (start < literal.length() && LEADING.indexOf(literal.charAt(start)) >= 0) {
            start++;
        }
        // a double quote or guillemet ends the link, as a straight " does for the autolinker
        int end = start;
        while (end < literal.length() && QUOTES.indexOf(literal.charAt(end)) < 0) {
            end++;
        }
        boolean marks = end < literal.length();
        while (end > start && (TRAILING.indexOf(literal.charAt(end - 1)) >= 0
                || marks && SENTENCE.indexOf(literal.charAt(end - 1)) >= 0)) {
            marks |= TRAILING.indexOf(literal.charAt(end - 1)) >= 0;
            end--;
        }
        if ((start == 0 && end == literal.length()) || end == start) {
            return;
        }
        String destination = link.getDestination();
        String prefix = destination.substring(0, destination.length() - literal.length());
        String kept = literal.substring(start, end);
        link.setDestination(prefix + kept);
        text.setLiteral(kept);
        if (start > 0) {
            link.insertBefore(new Text(literal.substring(0, start)));
        }
        if (end < literal.length()) {
            link.insertAfter(new Text(literal.substring(end)));
        }
    }
}
