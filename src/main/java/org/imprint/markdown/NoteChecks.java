package org.imprint.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Text;
import org.imprint.Problem;

/**
 * Warns about footnotes that CommonMark accepts but that cannot mean what the author wrote: a
 * note defined and never called is left out of every output, and a call to a note that is never
 * defined is printed as its literal text, {@code [^label]}.
 */
public final class NoteChecks {

    private static final Pattern CALL = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    /**
     * Why the PDF sets its notes as endnotes when a page-foot note holds a table
     * ({@link #tableInNoteLine}), and how to keep them at the page foot.
     */
    public static final String TABLE_IN_PAGE_FOOT_NOTE = "the PDF sets the notes as endnotes: this note holds a table"
            + " or another block written in HTML (<div>, <ul>, <blockquote>…), which a note at the page foot cannot hold"
            + " (the block and the note's text after it would print in the body);"
            + " move the block into the text to keep the notes at the page foot";

    /** The warning of a PDF whose page-foot note holds a quotation that holds a list ({@link #quotedListInNoteLine}). */
    public static final String QUOTED_LIST_IN_PAGE_FOOT_NOTE = "the PDF sets the notes as endnotes: this note holds a quotation"
            + " with a list, which a note at the page foot can only set as lines of text, no list"
            + " (a note there stands inside its sentence); an endnote keeps the quotation and its list;"
            + " take the list out of the quotation to keep the notes at the page foot";

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
     * The line of the first note the text calls that holds a table (a Markdown table or a raw
     * {@code <table>}) or another block written in HTML ({@code <div>}, {@code <ul>},
     * {@code <blockquote>}…, inline in the note's text or on a line of its own); 0 when none does. A page-foot note stands inline at its call, for
     * openhtmltopdf's {@code float: footnote}: a table in it closes the note's box, so that the
     * table and the text after it printed in the body, the note at the page foot kept only its
     * first line, and the PDF failed PDF/UA (veraPDF 7.18.1-2, 7.18.5-2). Such a PDF sets its
     * notes as endnotes instead.
     *
     * @param firstLine the line of the article on which the body starts
     */
    public static int tableInNoteLine(ParsedBody body, int firstLine) {
        int found = 0;
        for (Map.Entry<String, FootnoteDefinition> note : body.notes().entrySet()) {
            if (body.noteNumbers().containsKey(note.getKey()) && holdsBlock(note.getValue())) {
                int line = MarkdownRenderer.lineOf(note.getValue(), firstLine);
                found = found == 0 ? line : Math.min(found, line);
            }
        }
        return found;
    }

    /**
     * The line of the first note the text calls that holds a quotation holding a list (at any
     * depth); 0 when none does. At the page foot a note stands inside its sentence and its blocks
     * run together: the quotation ran into the note's paragraph and its list was set as lines of
     * text, no {@code L}/{@code LI} in the tagged PDF, where an endnote sets a real quotation
     * with a real list (openhtmltopdf's {@code float: footnote} holds no block: a raw
     * {@code <blockquote>} or {@code <ul>} closes the note's box, {@link #tableInNoteLine}).
     * Such a PDF sets its notes as endnotes instead.
     *
     * @param firstLine the line of the article on which the body starts
     */
    public static int quotedListInNoteLine(ParsedBody body, int firstLine) {
        int found = 0;
        for (Map.Entry<String, FootnoteDefinition> note : body.notes().entrySet()) {
            if (body.noteNumbers().containsKey(note.getKey()) && holdsQuotedList(note.getValue(), false)) {
                int line = MarkdownRenderer.lineOf(note.getValue(), firstLine);
                found = found == 0 ? line : Math.min(found, line);
            }
        }
        return found;
    }

    private static boolean holdsQuotedList(org.commonmark.node.Node node, boolean quoted) {
        if (quoted && node instanceof org.commonmark.node.ListBlock) {
            return true;
        }
        boolean inQuote = quoted || node instanceof org.commonmark.node.BlockQuote;
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (holdsQuotedList(child, inQuote)) {
                return true;
            }
        }
        return false;
    }

    /**
     * HTML elements that open a block of their own: written raw in a note, inline as much as on
     * a line of its own, each closes the page-foot note's box as a table does (measured: a raw
     * {@code <div>}, {@code <ul>}, {@code <ol>}, {@code <dl>}, {@code <blockquote>}, {@code <p>},
     * {@code <pre>} printed in the body, the note cut before it).
     */
    private static final Pattern RAW_BLOCK = Pattern.compile("<\\s*(table|div|ul|ol|dl|li|dt|dd|blockquote|p|pre|h[1-6]|hr"
            + "|figure|figcaption|section|article|aside|header|footer|nav|main|address|details|summary|fieldset|form|center"
            + "|caption|thead|tbody|tfoot|tr|td|th|hgroup|menu|dialog)(?=[\\s/>])", Pattern.CASE_INSENSITIVE);

    private static boolean holdsBlock(org.commonmark.node.Node node) {
        if (node instanceof org.commonmark.ext.gfm.tables.TableBlock
                || node instanceof org.commonmark.node.HtmlBlock html && RAW_BLOCK.matcher(html.getLiteral()).find()
                || node instanceof org.commonmark.node.HtmlInline html && RAW_BLOCK.matcher(html.getLiteral()).find()) {
            return true;
        }
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (holdsBlock(child)) {
                return true;
            }
        }
        return false;
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
