package org.imprint.markdown;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;

/**
 * The text of Markdown as a reader sees it on the page: the words of emphasis, code and links
 * (not their destinations), an image's description, and the text between raw HTML tags, whose
 * tags are left out ({@code ## <span lang="en">The Gulf</span>} is "The Gulf"); a note's call
 * is left out too, as it is no word of the text. Entities are decoded (the parser has done so).
 * This is what a heading's entry in the bookmarks and tables of contents shows and what its id
 * is made of, and what a figure's text alternative and the metadata's description say; each
 * output escapes it for itself. commonmark's own text renderer writes a link as
 * {@code "words" (https://…)}, code in quotes and raw HTML's tags as text, which no reader
 * should see there. The text of a script or style sheet (and the other elements whose text
 * HTML drops, {@link RawTextElements#DROPPED}) is no text a reader sees: it is left out here
 * as on the page, or a heading's bookmark and the description published it.
 */
final class TextContent {

    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A start tag, with the element's name. */
    private static final Pattern START_TAG = Pattern.compile("(?i)<([a-z][a-z0-9-]*)\\b[^>]*>");

    private TextContent() {
    }

    /** The text of a node's children, its spaces collapsed; citations are left out. */
    static String of(Node node) {
        return of(node, citation -> "");
    }

    /**
     * The text of a node's children, its spaces collapsed.
     *
     * @param citations the text a citation is set as (nothing where it is set as a note's call)
     */
    static String of(Node node, Function<Citation, String> citations) {
        StringBuilder text = new StringBuilder();
        // the element whose text is being left out (a script's), till its end tag
        String dropping = null;
        // walked without recursion, as deep inline nesting must not overflow the stack
        Node child = node.getFirstChild();
        while (child != null) {
            boolean descend = false;
            if (dropping != null && !(child instanceof Block)) {
                if (child instanceof HtmlInline html && html.getLiteral().toLowerCase(Locale.ROOT).startsWith("</" + dropping)) {
                    dropping = null;
                }
            } else if (child instanceof HtmlInline html && START_TAG.matcher(html.getLiteral()).matches()
                    && RawTextElements.DROPPED.contains(start(html.getLiteral()))) {
                dropping = start(html.getLiteral());
            } else if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (child instanceof HtmlInline html) {
                // a tag: only a line break stands for text (a space)
                text.append(LINE_BREAK_TAG.matcher(html.getLiteral()).matches() ? " " : "");
            } else if (child instanceof HtmlBlock html) {
                text.append(' ').append(Jsoup.parseBodyFragment(html.getLiteral()).text()).append(' ');
            } else if (child instanceof FencedCodeBlock code) {
                text.append(' ').append(code.getLiteral()).append(' ');
            } else if (child instanceof IndentedCodeBlock code) {
                text.append(' ').append(code.getLiteral()).append(' ');
            } else if (child instanceof Citation citation) {
                text.append(citations.apply(citation));
            } else if (!(child instanceof FootnoteReference)) {
                if (child instanceof Block) {
                    text.append(' ');
                }
                descend = child.getFirstChild() != null;
            }
            if (descend) {
                child = child.getFirstChild();
                continue;
            }
            while (child != node && child.getNext() == null) {
                child = child.getParent();
                if (child instanceof Block && child != node) {
                    text.append(' ');
                }
            }
            child = child == node ? null : child.getNext();
        }
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String start(String tag) {
        Matcher m = START_TAG.matcher(tag);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
