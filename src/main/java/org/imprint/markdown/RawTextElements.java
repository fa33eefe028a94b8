package org.imprint.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Warns about the HTML elements whose text the HTML parser reads as text, not markup, and that
 * the sanitiser ({@link HtmlSanitizer}) does not keep: a {@code <script>}, {@code <style>},
 * {@code <xmp>}, {@code <iframe>}, {@code <noembed>} or {@code <noframes>} is left out with its
 * text (the parser reads that text as data, which the sanitiser drops); a {@code <textarea>} or
 * {@code <title>} loses its tags and its text prints as plain text, any tags in it as written.
 * Either way the report does not show what the author wrote, so each is named at its line.
 *
 * <p>The parser ends such an element only at its own end tag, whatever blocks lie between, and
 * reads the whole text (the body, the abstract, a biography) at once. One closed in a later
 * paragraph is warned with both lines (what lies between is left out, as in a browser), unless
 * what lies between would print as text with the renderer's tags (a {@code <textarea>}) or a
 * table's cells would run together: those, one never closed (which would take the rest of the
 * text with it) and a {@code <plaintext>} (which HTML never ends) stop the build. Immutable,
 * thread-safe.
 */
public final class RawTextElements {

    /** The elements whose text the parser reads as data, which the sanitiser drops with them. */
    static final Set<String> DROPPED = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes");
    /** The elements whose text the parser reads as text and the sanitiser keeps without its element. */
    private static final Set<String> AS_TEXT = Set.of("textarea", "title");
    /** The element HTML never ends: everything after it is its text. */
    private static final String PLAINTEXT = "plaintext";
    private static final String ARTICLE = "article";

    /**
     * One block's HTML as the renderer writes it, in the order of the text.
     *
     * @param flow the note whose definition holds it (a note is set apart from the text it
     *             stands in), or {@code null} for the running text
     */
    /**
     * @param loose a paragraph or HTML block of the text itself (not a heading, a quotation's,
     *              an item's or a cell's), with no note call or citation: one whose text a
     *              browser may drop without taking anything else with it
     */
    private record Piece(String html, int line, boolean cell, Node flow, boolean loose) {

        /** The line of the character at {@code offset} of the HTML. */
        int lineAt(int offset) {
            int newlines = 0;
            for (int i = 0; i < offset && i < html.length(); i++) {
                if (html.charAt(i) == '\n') {
                    newlines++;
                }
            }
            return line + newlines;
        }
    }

    private RawTextElements() {
    }

    /**
     * Checks the article's body.
     *
     * @param source    the file the body was read from, for the messages
     * @param firstLine the line of {@code source} on which the body starts
     * @return a warning for each such element
     * @throws ReportException for one never closed or not rendered truthfully, naming its line
     */
    public static List<Problem> check(Path source, ParsedBody body, int firstLine) throws ReportException {
        return check(source, body, firstLine, ARTICLE);
    }

    /**
     * Checks one Markdown text: the body, or a front-matter text rendered on its own.
     *
     * @param firstLine the line of {@code source} on which the text starts
     * @param what      the text, as messages name it: "article", "abstract", "biography (authors[1].bio)";
     *                  "the rest of the …" says the part before the brackets
     * @return a warning for each such element
     * @throws ReportException for one never closed or not rendered truthfully, naming its line
     */
    public static List<Problem> check(Path source, ParsedBody text, int firstLine, String what) throws ReportException {
        List<Problem> problems = new ArrayList<>();
        if (!RawMarkup.hasRawHtml(text.document())) {
            return problems;
        }
        Set<Integer> uncalled = NoteChecks.uncalledLines(text, firstLine);
        List<Piece> pieces = new ArrayList<>();
        collect(text.document(), firstLine, null, uncalled, pieces);
        new Scan(source, what, pieces, problems).run();
        return problems;
    }

    private static void collect(Node parent, int firstLine, Node flow, Set<Integer> uncalled, List<Piece> pieces) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            int line = MarkdownRenderer.lineOf(node, firstLine);
            boolean top = node.getParent() instanceof org.commonmark.node.Document;
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                add(new Piece(InlineHtml.of(node), line, node instanceof TableCell, flow,
                        top && node instanceof Paragraph && !callsOrCites(node)), uncalled, pieces);
            } else if (node instanceof HtmlBlock html) {
                add(new Piece(html.getLiteral(), line, false, flow, top), uncalled, pieces);
            } else {
                collect(node, firstLine, node instanceof FootnoteDefinition ? node : flow, uncalled, pieces);
            }
        }
    }

    /** Whether a paragraph holds a note's call or a citation, which dropped text would take with it. */
    private static boolean callsOrCites(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteReference || child instanceof Citation || callsOrCites(child)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Piece piece, Set<Integer> uncalled, List<Piece> pieces) {
        // a note never called is left out of the report: what it holds is not printed
        if (!uncalled.contains(piece.line())) {
            pieces.add(piece);
        }
    }

    /** One pass over a text's pieces, resuming after an element's end tag where a later piece holds it. */
    private static final class Scan {

        private final Path source;
        private final String what;
        private final List<Piece> pieces;
        private final List<Problem> problems;

        Scan(Path source, String what, List<Piece> pieces, List<Problem> problems) {
            this.source = source;
            this.what = what;
            this.pieces = pieces;
            this.problems = problems;
        }

        void run() throws ReportException {
            int index = 0;
            int from = 0;
            while (index < pieces.size()) {
                int[] resume = scan(index, from);
                index = resume == null ? index + 1 : resume[0];
                from = resume == null ? 0 : resume[1];
            }
        }

        /**
         * Checks piece {@code index} from offset {@code from}: a warning for each element closed in
         * it, and where to go on (piece, offset) for one a later piece may close, else a refusal.
         */
        private int[] scan(int index, int from) throws ReportException {
            Piece piece = pieces.get(index);
            String html = piece.html().substring(from);
            if (html.indexOf('<') < 0) {
                return null;
            }
            Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
            // a script, style sheet or title that opens the HTML is put in the head: all elements are looked at
            for (Element element : doc.getAllElements()) {
                String name = element.normalName();
                if (!DROPPED.contains(name) && !AS_TEXT.contains(name) && !name.equals(PLAINTEXT)) {
                    continue;
                }
                int at = piece.lineAt(from + element.sourceRange().start().pos());
                if (name.equals(PLAINTEXT)) {
                    throw new ReportException(source, at, "the <plaintext> written here in HTML" + where() + " is never ended (HTML has no end"
                            + " for it, </plaintext> included), so the rest of the " + noun() + " after it would print as plain"
                            + " text, its tags as written; remove it, or put it in a code block (```) or between backticks"
                            + " to show it as code");
                }
                boolean dropped = DROPPED.contains(name);
                if (endTag(name, html, element.sourceRange().endPos()) >= 0) {
                    problems.add(Problem.warning(source, at, closedMessage(name, dropped, where())));
                    continue;
                }
                int[] resume = dropped ? droppedTill(index, name, at) : null;
                if (resume == null) {
                    throw notClosed(index, piece, name, dropped, at);
                }
                return resume;
            }
            return null;
        }

        /**
         * Where a script or style sheet opened in a loose piece ends, when only loose pieces of the
         * same text lie up to its end: what is between is dropped, as a browser drops it (a style
         * sheet written in a {@code <div>} with a blank line in it), and a warning names both
         * lines; {@code null} otherwise.
         */
        private int[] droppedTill(int index, String name, int at) {
            Piece piece = pieces.get(index);
            for (int later = index; later < pieces.size() && piece.loose(); later++) {
                Piece next = pieces.get(later);
                if (next.flow() != piece.flow() || !next.loose()) {
                    return null;
                }
                int end = later == index ? -1 : endTag(name, next.html(), 0);
                if (end >= 0) {
                    int endLine = next.lineAt(end);
                    problems.add(Problem.warning(source, at, "the <" + name + "> opened here in HTML" + where() + " is closed only at line "
                            + endLine + ", so everything between (lines " + at + " to " + endLine + ") is not printed, as a browser"
                            + " would not show it; close the <" + name + "> where it should end, or put it in a code block (```)"
                            + " or between backticks to show it as code"));
                    Matcher closing = endTagPattern(name).matcher(next.html());
                    closing.find(end);
                    return new int[] {later, closing.end()};
                }
            }
            return null;
        }

        /** The refusal of an element opened in piece {@code index} and not ended there, saying where it ends if it does. */
        private ReportException notClosed(int index, Piece piece, String name, boolean dropped, int at) {
            String code = ", or put it in a code block (```) or between backticks to show it as code";
            if (piece.cell()) {
                return new ReportException(source, at, "the <" + name + "> opened here in a table cell" + where() + " is not closed in its cell,"
                        + " so the cells after it would be " + (dropped ? "left out" : "printed as its plain text, with their tags,")
                        + " and the table broken; close it with </" + name + "> in the same cell" + code);
            }
            for (int later = index + 1; later < pieces.size(); later++) {
                Piece next = pieces.get(later);
                if (next.flow() != piece.flow()) {
                    continue;   // a note's definition is set apart from the text around it, and the text apart from its notes
                }
                int end = endTag(name, next.html(), 0);
                if (end < 0) {
                    continue;
                }
                int endLine = next.lineAt(end);
                if (next.cell()) {
                    return new ReportException(source, at, "the <" + name + "> opened here in HTML" + where() + " is closed only in a table cell, at"
                            + " line " + endLine + ", so the text between would be " + (dropped ? "left out" : "printed as its plain text")
                            + " and the table's cells would run together; close it with </" + name + "> before the table" + code);
                }
                // a browser shows nothing between, and an element opened in a heading, quotation or item
                // carries every block up to its end into that one (h19u): refused, as one never closed
                return new ReportException(source, at, "the <" + name + "> opened here in HTML" + where() + " is closed only at line " + endLine
                        + ", in a later block, so " + (dropped ? "everything between (lines " + at + " to " + endLine + ") would be left out"
                        : "the text between would print as its plain text with the tags of its paragraphs as written")
                        + "; close it with </" + name + "> in the same paragraph" + code);
            }
            return new ReportException(source, at, "the <" + name + "> opened here in HTML" + where() + " is never closed, so the rest"
                    + " of the " + noun() + " after it would be " + (dropped ? "left out" : "printed as its plain text")
                    + "; close it with </" + name + ">, or put it in a code block (```) or between backticks to show it as code");
        }

        /** The text as "the rest of the …" names it: "article", "abstract", "biography". */
        private String noun() {
            return what.replaceFirst(" \\(.*", "");
        }

        /** How a message says which text it is about: nothing for the article's body, " in the abstract" for a front-matter text. */
        private String where() {
            return what.equals(ARTICLE) ? "" : " in the " + what;
        }

        private static String closedMessage(String name, boolean dropped, String where) {
            String reason = name.equals("script") || name.equals("style")
                    ? "no output runs the article's scripts or takes its style sheets"
                    : "the HTML parser reads its text as data, which no output shows";
            return "the <" + name + "> written here in HTML" + where + " is "
                    + (dropped ? "left out of the report with its text (" + reason + ")"
                            : "not kept: its text prints as plain text, any tags in it as written")
                    + "; to show it as code, put it in a code block (```) or between backticks, or remove it";
        }

        /** Where the element's end tag starts in {@code html} from {@code from}; -1 when it has none. */
        private static int endTag(String name, String html, int from) {
            Matcher m = endTagPattern(name).matcher(html);
            return m.find(from) ? m.start() : -1;
        }

        /** The parser ends a raw-text element at "</name" followed by a space, "/" or ">". */
        private static Pattern endTagPattern(String name) {
            return Pattern.compile("</" + name + "[\\s/>]", Pattern.CASE_INSENSITIVE);
        }
    }
}
