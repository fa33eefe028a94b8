package org.imprint.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.nodes.Entities;

/**
 * The HTML of a paragraph's or heading's text as the renderer writes it, for the HTML parser:
 * raw HTML as written, text escaped, Markdown's own inline elements as elements. CommonMark
 * splits raw HTML into one node per tag, but the page's parser reads them together with the
 * text between them, so only the whole says what is an element: in {@code <script>var a =
 * "<p>";</script>} the {@code <p>} is a tag to CommonMark but the script's text to the
 * renderer, and an image written inside a {@code <textarea>} is its text, no image.
 */
final class InlineHtml {

    private InlineHtml() {
    }

    /** The HTML of a node's inline children. */
    static String of(Node parent) {
        StringBuilder html = new StringBuilder();
        append(parent, html);
        return html.toString();
    }

    private static void append(Node parent, StringBuilder html) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline raw) {
                html.append(raw.getLiteral());
            } else if (node instanceof Text text) {
                html.append(Entities.escape(text.getLiteral()));
            } else if (node instanceof Code code) {
                html.append("<code>").append(Entities.escape(code.getLiteral())).append("</code>");
            } else if (node instanceof SoftLineBreak) {
                html.append('\n');
            } else if (node instanceof HardLineBreak) {
                html.append("<br>\n");   // the break ends its line in the source: the lines after it count on
            } else if (node instanceof Image) {
                // its description is its text alternative, no text of the page
                html.append("<img src=\"\">");
            } else {
                // emphasis, a link, a note's call, a citation: an element round its children
                html.append("<span>");
                append(node, html);
                html.append("</span>");
            }
        }
    }
}
