package org.imprint.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.imprint.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Warns about footnotes that CommonMark accepts but that cannot mean what the author wrote: a
 * note defined and never called is left out of every output, and a call to a note that is never
 * defined is printed as its literal text, {@code [^label]}.
 */
public final class NoteChecks {

    private static final Pattern CALL = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    /**
     * Why the PDF sets its notes as endnotes when a page-foot note holds a block it cannot carry
     * ({@link #unfitForPageFoot}), and how to keep them at the page foot.
     *
     * @param what what the note holds and why the page foot cannot hold it, as {@link Unfit#what()} names it
     */
    public static String endnotesBecause(String what) {
        return "the PDF sets the notes as endnotes: this note holds " + what
                + "; move it into the text, or out of the note, to keep the notes at the page foot";
    }

    private static final String PRINTS_IN_BODY = ", which a note at the page foot cannot hold (the block and the note's text"
            + " after it would print in the body)";
    /** What a table or a block written in HTML is called in {@link #endnotesBecause}. */
    static final String TABLE_OR_HTML = "a table or another block written in HTML (<div>, <ul>, <blockquote>…)" + PRINTS_IN_BODY;
    /** What a Markdown thematic break is called in {@link #endnotesBecause}. */
    static final String RULE = "a thematic break (***, --- or ___)" + PRINTS_IN_BODY;
    /**
     * What a list inside a quotation is called in {@link #endnotesBecause}: at the page foot the
     * quotation ran into the note's paragraph and its list was lines of text, no {@code L}/{@code LI}.
     */
    static final String QUOTED_LIST = "a quotation with a list, which a note at the page foot can only set as lines of text, no"
            + " list (a note there stands inside its sentence; an endnote keeps the quotation and its list)";
    /** What an image in the note's text is called in {@link #endnotesBecause}. */
    static final String IMAGE = "an image (![…](…) or <img>), which a note at the page foot cannot hold (the PDF engine"
            + " cannot tag it there, and leaves it out of an untagged PDF)";

    /**
     * The first called note a page-foot note cannot carry: where it stands and what it holds.
     *
     * @param line the article's line of the note
     * @param what what it holds that a page-foot note cannot, for {@link #endnotesBecause}
     */
    public record Unfit(int line, String what) {
    }

    private NoteChecks() {
    }

    /**
     * The lines of {@code article.md} that hold the notes defined and never called, which every
     * output leaves out: what they write is not printed, so the checks of what the PDF prints skip them.
     *
     * @param firstLine the line of the article on which the body starts
     */
    public static java.util.Set<Integer> uncalledLines(ParsedBody body, int firstLine) {
        java.util.Set<Integer> lines = new java.util.TreeSet<>();
        for (Map.Entry<String, FootnoteDefinition> note : body.notes().entrySet()) {
            if (!body.noteNumbers().containsKey(note.getKey())) {
                addLines(note.getValue(), firstLine, lines);
            }
        }
        return lines;
    }

    private static void addLines(org.commonmark.node.Node node, int firstLine, java.util.Set<Integer> lines) {
        node.getSourceSpans().forEach(span -> lines.add(firstLine + span.getLineIndex()));
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            addLines(child, firstLine, lines);
        }
    }

    /**
     * The first note the text calls (by line) that holds a block a page-foot note cannot carry;
     * {@code null} when every note can stand at the page foot. A page-foot note stands inline at
     * its call, in a {@code <span>} that openhtmltopdf's {@code float: footnote} sends to the
     * page foot: {@link BodyNodeRenderer} runs its paragraphs, headings, quotations and code
     * together and sets its lists as lines of spans (a list inside a quotation too, which loses
     * its list structure there), and anything else it renders as it is. A
     * block in the span (a table, a thematic break's {@code <hr>}, a raw {@code <div>}, {@code
     * <ul>}…) closed the note's box, so that the block and the text after it printed in the body,
     * the note at the page foot kept only its first part, and the PDF failed PDF/UA (veraPDF
     * 7.18.1-2, 7.18.5-2); an image in it failed the build in the tagged PDF (openhtmltopdf's
     * accessibility tree has no place for it) and was left out of the untagged one. Such a PDF
     * sets its notes as endnotes instead.
     *
     * @param firstLine the line of the article on which the body starts
     */
    public static Unfit unfitForPageFoot(ParsedBody body, int firstLine) {
        Unfit found = null;
        for (Map.Entry<String, FootnoteDefinition> note : body.notes().entrySet()) {
            if (body.noteNumbers().containsKey(note.getKey())) {
                String what = unfitBlocks(note.getValue(), false);
                int line = MarkdownRenderer.lineOf(note.getValue(), firstLine);
                if (what != null && (found == null || line < found.line())) {
                    found = new Unfit(line, what);
                }
            }
        }
        return found;
    }

    /**
     * HTML elements that open a block of their own: written raw in a note, inline as much as on
     * a line of its own, each closes the page-foot note's box as a table does (measured: a raw
     * {@code <div>}, {@code <ul>}, {@code <ol>}, {@code <dl>}, {@code <blockquote>}, {@code <p>},
     * {@code <pre>} printed in the body, the note cut before it).
     */
    private static final Set<String> RAW_BLOCKS = Set.of("table", "div", "ul", "ol", "dl", "li", "dt", "dd", "blockquote", "p",
            "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "figcaption", "section", "article", "aside", "header",
            "footer", "nav", "main", "address", "details", "summary", "fieldset", "form", "center", "caption", "thead", "tbody",
            "tfoot", "tr", "td", "th", "hgroup", "menu", "dialog");
    /** HTML elements that draw a picture, which a page-foot note cannot hold (see {@link #unfitForPageFoot}). */
    private static final Set<String> RAW_IMAGES = Set.of("img", "picture", "svg", "video", "audio", "iframe", "object", "embed",
            "canvas");

    /**
     * What among a note's blocks, or its quotations' and list items' blocks, a page-foot note
     * cannot carry; {@code null} when it can carry them all. It carries paragraphs and headings
     * (their text), code (as code in its text), quotations and lists (their blocks, at any depth).
     */
    private static String unfitBlocks(Node container, boolean quoted) {
        for (Node block = container.getFirstChild(); block != null; block = block.getNext()) {
            String what;
            if (block instanceof Paragraph || block instanceof Heading) {
                what = unfitInline(block);
            } else if (quoted && block instanceof ListBlock) {
                what = QUOTED_LIST;
            } else if (block instanceof BlockQuote || block instanceof ListBlock || block instanceof ListItem) {
                what = unfitBlocks(block, quoted || block instanceof BlockQuote);
            } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock
                    || block instanceof LinkReferenceDefinition || block instanceof FootnoteDefinition) {
                // a link reference definition prints nothing: it only gives its links their targets; a
                // note's definition written inside this one is a note of its own, set where it is
                // called and checked as one (it counted as a table and set every note as an endnote)
                what = null;
            } else if (block instanceof ThematicBreak) {
                what = RULE;
            } else if (block instanceof Figure) {
                what = IMAGE;
            } else if (block instanceof HtmlBlock html) {
                what = unfitHtml(html.getLiteral());
            } else {
                what = TABLE_OR_HTML;   // a table, or a block of an extension's
            }
            if (what != null) {
                return what;
            }
        }
        return null;
    }

    /**
     * What in a paragraph's or heading's text a page-foot note cannot carry: an image, or a block
     * in HTML. Its raw HTML is read as a whole, with the text between the tags ({@link InlineHtml}),
     * as the renderer's parser reads it: a {@code <p>} or {@code <hr>} in the text of a {@code
     * <script>}, {@code <style>}, {@code <textarea>} or {@code <title>} is that element's text,
     * no block (read tag by tag, it set every note as an endnote).
     */
    private static String unfitInline(Node parent) {
        return unfitHtml(InlineHtml.of(parent));
    }

    /**
     * What a piece of raw HTML holds that a page-foot note cannot carry. The elements are those
     * the HTML parser finds, as the renderer's own parse of the page ({@link HtmlSanitizer}) does:
     * a comment holds none, and only the parser knows where one ends (the abrupt {@code <!-->}
     * and {@code <!--->} are whole comments, a {@code <!--} in an attribute's value opens none).
     */
    private static String unfitHtml(String html) {
        String what = null;
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String name = element.normalName();
            if (RAW_IMAGES.contains(name)) {
                return IMAGE;
            }
            if (RAW_BLOCKS.contains(name)) {
                what = TABLE_OR_HTML;
            }
        }
        return what;
    }

    /**
     * Whether a block of a note stands apart from the note's running text in an endnote (a table,
     * a rule, a block written in HTML): inside the note's paragraph it would close it, leaving an
     * empty paragraph behind.
     */
    static boolean standsApart(Node block) {
        return !(block instanceof Paragraph || block instanceof Heading || block instanceof BlockQuote || block instanceof ListBlock
                || block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock
                || block instanceof HtmlBlock html && unfitHtml(html.getLiteral()) == null);
    }

    /**
     * @param source    the file the body was read from, for the messages
     * @param firstLine the line of {@code source} on which the body starts
     */
    public static List<Problem> check(Path source, ParsedBody body, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, FootnoteDefinition> note : body.notes().entrySet()) {
            if (!body.noteNumbers().containsKey(note.getKey())) {
                String label = note.getValue().getLabel();
                problems.add(Problem.warning(source, MarkdownRenderer.lineOf(note.getValue(), firstLine), "note \"[^" + label
                        + "]\" is never called, so it is left out of the report; put \"[^" + label
                        + "]\" where the note belongs, or remove the note"));
            }
        }
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                Matcher call = CALL.matcher(text.getLiteral());
                while (call.find()) {
                    problems.add(Problem.warning(source, MarkdownRenderer.lineOf(text, firstLine), "\"" + call.group()
                            + "\" calls a note that is never defined, so it is printed as it is written; define it on a line"
                            + " of its own, \"" + call.group() + ": the note's text\", or remove the call"));
                }
            }

            @Override
            public void visit(Code code) {
                // [^1] in code is just text
            }
        });
        return problems;
    }
}
