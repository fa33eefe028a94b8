package org.imprint.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
 * the sanitiser ({@link HtmlSanitizer}) does not keep: a {@code <script>} or {@code <style>} is
 * left out with its text; a {@code <textarea>}, {@code <title>}, {@code <xmp>}, {@code <iframe>},
 * {@code <noembed>}, {@code <noframes>} or {@code <plaintext>} loses its tags and its text
 * prints as plain text, any tags in it as written. Either way the report does not show what the
 * author wrote, so each is named at its line. One never closed would take the rest of the
 * article with it, so it stops the build. Immutable, thread-safe.
 */
public final class RawTextElements {

    /** The elements whose text, script and style sheet, the sanitiser drops with them. */
    private static final Set<String> DROPPED = Set.of("script", "style");
    /** The elements whose text the parser reads as text and the sanitiser keeps without its element. */
    private static final Set<String> AS_TEXT = Set.of("textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");

    private RawTextElements() {
    }

    /**
     * @param source    the file the body was read from, for the messages
     * @param firstLine the line of {@code source} on which the body starts
     * @return a warning for each such element
     * @throws ReportException for one never closed, naming its line
     */
    public static List<Problem> check(Path source, ParsedBody body, int firstLine) throws ReportException {
        List<Problem> problems = new ArrayList<>();
        if (!RawMarkup.hasRawHtml(body.document())) {
            return problems;
        }
        Set<Integer> uncalled = NoteChecks.uncalledLines(body, firstLine);
        walk(body.document(), source, firstLine, uncalled, problems);
        return problems;
    }

    private static void walk(Node parent, Path source, int firstLine, Set<Integer> uncalled, List<Problem> problems)
            throws ReportException {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                check(InlineHtml.of(node), MarkdownRenderer.lineOf(node, firstLine), source, uncalled, problems);
            } else if (node instanceof HtmlBlock html) {
                check(html.getLiteral(), MarkdownRenderer.lineOf(node, firstLine), source, uncalled, problems);
            } else {
                walk(node, source, firstLine, uncalled, problems);
            }
        }
    }

    private static void check(String html, int line, Path source, Set<Integer> uncalled, List<Problem> problems)
            throws ReportException {
        if (uncalled.contains(line) || html.indexOf('<') < 0) {
            return;   // a note never called is left out of the report: what it holds is not printed
        }
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        // a script, style sheet or title that opens the HTML is put in the head: all elements are looked at
        for (Element element : doc.getAllElements()) {
            String name = element.normalName();
            boolean dropped = DROPPED.contains(name);
            if (!dropped && !AS_TEXT.contains(name)) {
                continue;
            }
            // the parser ends such an element only at its own end tag, and at the end of the text
            // quietly; the renderer reads the whole body, so past this paragraph the rest is its text
            int at = line + element.sourceRange().start().lineNumber() - 1;
            if (!Pattern.compile("</" + name + "[\\s/>]", Pattern.CASE_INSENSITIVE).matcher(html).find(element.sourceRange().endPos())) {
                throw new ReportException(source, at, "the <" + name + "> opened here in HTML is never closed, so the rest of"
                        + " the article after it would be " + (dropped ? "left out" : "printed as its plain text")
                        + "; close it with </" + name + ">, or put it in a code block (```) or between backticks to show it as code");
            }
            String message = "the <" + name + "> written here in HTML is "
                    + (dropped ? "left out of the report with its text (no output runs the article's scripts or takes its style sheets)"
                            : "not kept: its text prints as plain text, any tags in it as written")
                    + "; to show it as code, put it in a code block (```) or between backticks, or remove it";
            problems.add(Problem.warning(source, at, message));
        }
    }
}
