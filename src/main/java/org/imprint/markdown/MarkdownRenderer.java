package org.imprint.markdown;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.text.Normalizer;

import org.commonmark.Extension;
import org.imprint.ReportException;
import org.imprint.chart.ChartSpec;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Second stage of the pipeline: parses the Markdown body (CommonMark with GFM tables,
 * strikethrough, autolinks and footnotes) and renders it to HTML for the layouts.
 *
 * <p>Raw HTML in the Markdown is passed through here; the layout stage sanitises the
 * result. Instances are immutable and may be shared between threads.
 */
public final class MarkdownRenderer {

    /** The id of the endnotes' heading: no heading's id has an underscore, so none can take it. */
    public static final String ENDNOTES_ID = "section_endnotes";
    /** The id of the reference list's heading. */
    public static final String BIBLIOGRAPHY_ID = "section_bibliography";


    /** The info string of a fenced block that is a chart. */
    public static final String CHART = "chart";
    /** Where the drawn charts appear, relative to the report folder: the name of no file of the report. */
    public static final String CHART_FOLDER = "imprint-charts";

    /** How deep blocks may nest: far beyond real documents, well within the renderers' stack. */
    public static final int MAX_NESTING = 64;
    /**
     * How deep block quotes may nest. Each level indents the text; from 11 or 12 levels the
     * column is too narrow for the PDF engine to tag all of it (veraPDF's PDF/UA rule 7.1-3
     * fails), so deeper quotations are refused rather than written as an untrue PDF/UA file.
     */
    public static final int MAX_QUOTE_NESTING = 8;

    private static final List<Extension> PARSER_EXTENSIONS = NoteDefinitions.after(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    // Footnotes are rendered by BodyNodeRenderer, so their extension is left out here.
    private static final List<Extension> RENDERER_EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(PARSER_EXTENSIONS)
            // after the autolink extension's own post-processor, which the line above registered
            .postProcessor(new QuotedAutolinks())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    /**
     * Core CommonMark without extensions, for the nesting check: its parser does not recurse,
     * while extensions' post-processors walk the tree recursively.
     */
    private final Parser bareParser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final RawMarkup rawMarkup = new RawMarkup();
    private final HtmlRenderer fragmentRenderer = HtmlRenderer.builder()
            .attributeProviderFactory(context -> (node, tag, attributes) -> rawMarkup.markGenerated(attributes))
            .extensions(RENDERER_EXTENSIONS)
            .sanitizeUrls(true)
            .build();

    /**
     * Parses an article body.
     *
     * @param source    the article, for error messages
     * @param markdown  the body
     * @param firstLine the 1-based line of the article file where the body starts
     * @throws ReportException when blocks are nested deeper than {@link #MAX_NESTING}
     */
    public ParsedBody parse(Path source, String markdown, int firstLine) throws ReportException {
        return parse(source, markdown, firstLine, Set.of());
    }

    /**
     * Parses a body whose heading ids must differ from the ids the layouts around it use.
     *
     * @param reserved ids the headings must not take (a brand's {@link org.imprint.brand.Brand#layoutIds()})
     */
    public ParsedBody parse(Path source, String markdown, int firstLine, Set<String> reserved) throws ReportException {
        checkNesting(source, bareParser.parse(markdown), firstLine);
        char escapeMark = CitationSyntax.escapeMark(markdown);
        Node document = parser.parse(CitationSyntax.markEscapes(markdown, escapeMark));
        List<CitationSyntax.Refused> refused = new ArrayList<>();
        List<Citation> citations = CitationSyntax.apply(document, escapeMark, refused);
        refused.addAll(NoteCallsInLinks.refusals(document));
        if (!refused.isEmpty()) {
            CitationSyntax.Refused first = refused.get(0);
            List<String> lines = markdown.lines().toList();
            throw new ReportException(source, firstLine + first.line(),
                    first.message(first.line() < lines.size() ? lines.get(first.line()) : ""));
        }
        CitationSyntax.place(citations, firstLine);
        ImageLines.apply(document);
        List<ImageRef> images = new ArrayList<>();
        List<LinkRef> links = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<org.imprint.markdown.Heading> headings = new ArrayList<>();
        Map<String, FootnoteDefinition> notes = new LinkedHashMap<>();
        Map<String, Integer> noteNumbers = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>(reserved);
        Map<Node, String> headingIds = new IdentityHashMap<>();
        List<Paragraph> figureParagraphs = new ArrayList<>();
        List<FencedCodeBlock> chartBlocks = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();
        List<Integer> emptyHeadings = new ArrayList<>();
        List<String> rawIds = new ArrayList<>();
        List<ListOverflow> overflows = new ArrayList<>();

        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (loneImage(paragraph) != null) {
                    figureParagraphs.add(paragraph);
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(Image image) {
                images.add(new ImageRef(image.getDestination(), lineOf(image, firstLine)));
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                links.add(new LinkRef(link.getDestination(), lineOf(link, firstLine)));
                visitChildren(link);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                if (CHART.equals(block.getInfo() == null ? "" : block.getInfo().strip())) {
                    chartBlocks.add(block);
                }
            }

            @Override
            public void visit(HtmlBlock html) {
                rawHtml(html.getLiteral(), lineOf(html, firstLine), images, links, rawIds, overflows);
            }

            @Override
            public void visit(HtmlInline html) {
                rawHtml(html.getLiteral(), lineOf(html, firstLine), images, links, rawIds, overflows);
            }

            @Override
            public void visit(Heading heading) {
                heading.setLevel(outlineLevel(heading.getLevel(), open));
                // the id is made of the heading's own words, without its citations, so that it
                // does not change with the citation style; its entry shows a citation as the text does
                String words = TextContent.of(heading);
                String text = TextContent.of(heading, Citation::literal);
                if (words.isBlank()) {
                    emptyHeadings.add(lineOf(heading, firstLine));
                }
                String id = uniqueId(slug(words), ids);
                headingIds.put(heading, id);
                headings.add(new org.imprint.markdown.Heading(heading.getLevel(), id, text));
                visitChildren(heading);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition def) {
                    notes.putIfAbsent(NoteLabel.key(def.getLabel()), def);
                }
                visitChildren(block);
            }

        });
        noteNumbers.putAll(ParsedBody.numberNotes(document, notes, false));
        if (!overflows.isEmpty()) {
            ListOverflow overflow = overflows.get(0);
            throw new ReportException(source, overflow.line(), "a list's number " + overflow.number() + " is "
                    + (overflow.number() > 0 ? "past the largest, " + ListNumbering.LARGEST : "below the smallest, " + ListNumbering.SMALLEST)
                    + ", that a list can count to in the PDF and the e-book; give the <ol> a start (or the <li> a value)"
                    + " that keeps each of its items' numbers within it");
        }
        if (!emptyHeadings.isEmpty()) {
            throw new ReportException(source, emptyHeadings.get(0), "a heading has no text (the contents and the "
                    + "e-book's navigation would show an empty entry); write its words after the \"#\" signs, or remove the line");
        }
        // a note never called is left out of every output, with a warning (NoteChecks.check): a
        // figure or chart in it is no figure of the report, neither numbered nor refused
        chartBlocks.removeIf(block -> uncalled(block, noteNumbers));
        figureParagraphs.removeIf(paragraph -> uncalled(paragraph, noteNumbers));
        Map<Node, ChartSpec> charts = new IdentityHashMap<>();
        for (FencedCodeBlock block : chartBlocks) {
            for (Node up = block.getParent(); up != null; up = up.getParent()) {
                if (up instanceof FootnoteDefinition) {
                    throw new ReportException(source, lineOf(block, firstLine), "a chart cannot stand in a note (a note is"
                            + " set as one paragraph); move the ```chart block out of the note into the body");
                }
            }
            charts.put(block, ChartSpec.parse(source, block.getLiteral(), lineOf(block, firstLine)));
        }
        for (Paragraph paragraph : figureParagraphs) {
            if (ParsedBody.enclosingNote(paragraph) != null) {
                // a figure is numbered with the body's and stands as a block: a page-foot note
                // printed it, and the note's text after it, in the body, and the e-book split
                // the note's paragraph around it
                throw new ReportException(source, lineOf(paragraph, firstLine), "a figure cannot stand in a note (a note is"
                        + " set as one paragraph): this image stands alone in a paragraph of the note; move it out of the note"
                        + " into the body");
            }
            Image image = loneImage(paragraph);
            if (TextContent.of(image, Citation::literal).isBlank() && (image.getTitle() == null || image.getTitle().isBlank())) {
                // its caption is its text alternative: without one, a screen reader meets an
                // unnamed picture, and PDF/UA and WCAG fail the file
                throw new ReportException(source, lineOf(paragraph, firstLine), "the figure \"" + image.getDestination()
                        + "\" has no caption, which is also its text alternative; write what it shows in its brackets,"
                        + " e.g. ![Water levels at three gauges, 2019-2025](" + image.getDestination() + ")");
            }
        }
        List<Node> figureBlocks = new ArrayList<>(figureParagraphs);
        figureBlocks.addAll(chartBlocks);
        figureBlocks.sort(java.util.Comparator.comparingInt(n -> lineOf(n, firstLine)));
        for (Node block : figureBlocks) {
            int number = figures.size() + 1;
            ChartSpec chart = charts.get(block);
            Figure figure;
            if (chart != null) {
                // the image the load stage draws; its caption is the chart's
                Image image = new Image(CHART_FOLDER + "/chart-" + number + ".svg", null);
                image.appendChild(new Text(chart.caption()));
                figure = new Figure(number, image, chart.line(), chart);
            } else {
                figure = new Figure(number, loneImage((Paragraph) block), lineOf(block, firstLine));
            }
            block.insertBefore(figure);
            block.unlink();
            figures.add(figure);
        }
        return new ParsedBody(document, List.copyOf(headings), List.copyOf(images), List.copyOf(links), List.copyOf(figures),
                notes, noteNumbers, headingIds, List.copyOf(citations), Citations.NONE,
                targets(rawIds, reserved, headings, figures, noteNumbers.values()));
    }

    /** Whether a node stands in a note that no text calls, which no output prints. */
    private static boolean uncalled(Node node, Map<String, Integer> noteNumbers) {
        FootnoteDefinition note = ParsedBody.enclosingNote(node);
        return note != null && !noteNumbers.containsKey(NoteLabel.key(note.getLabel()));
    }

    /** The places links can go; an id written in raw HTML yields to all others, as in RawMarkup. */
    private static LinkTargets targets(List<String> rawIds, Set<String> layoutIds, List<org.imprint.markdown.Heading> headings,
                                       List<Figure> figures, java.util.Collection<Integer> notes) {
        LinkTargets.Builder targets = new LinkTargets.Builder();
        rawIds.forEach(targets::raw);
        layoutIds.forEach(targets::fixed);
        headings.forEach(h -> targets.heading(h.id()));
        figures.forEach(f -> targets.figure(f.number(), f.source()));
        for (int n : notes) {
            targets.fixed("fn-" + n).fixed("fnref-" + n);
        }
        return targets.build();
    }

    /**
     * The level a heading takes under the article's title (level 1): the shallowest heading so far
     * is level 2, and each deeper one a single step below the heading it sits under. Articles
     * pasted from elsewhere start at "###" or skip levels; PDF/UA (7.4.2-1) and the outline of
     * an e-book allow neither.
     *
     * @param written the level as written, 1 to 6
     * @param open    the headings the next one may sit under: {written, level} pairs, deepest first
     */
    private static int outlineLevel(int written, Deque<int[]> open) {
        while (!open.isEmpty() && open.peek()[0] >= written) {
            open.pop();
        }
        int level = open.isEmpty() ? 2 : Math.min(6, open.peek()[1] + 1);
        open.push(new int[] {written, level});
        return level;
    }

    /**
     * Renders a parsed body to an HTML fragment.
     *
     * @param portrait sources of the images that are taller than wide
     */
    public String render(ParsedBody body, NoteStyle style, Labels labels, Set<String> portrait) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .nodeRendererFactory(context -> new BodyNodeRenderer(context, body, style, labels, portrait, rawMarkup))
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String id = body.headingIds().get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                    // XHTML5 (and so EPUB) has no align attribute: table alignment becomes a class
                    String align = attributes.remove("align");
                    if (align != null) {
                        attributes.put("class", "align-" + align);
                    }
                    rawMarkup.markGenerated(attributes);
                })
                .extensions(RENDERER_EXTENSIONS)
                .sanitizeUrls(true)
                .build();
        StringBuilder out = new StringBuilder();
        renderer.render(body.document(), out);
        if (style == NoteStyle.ENDNOTES && !body.noteNumbers().isEmpty()) {
            renderer.render(new EndnotesBlock(), out);
        }
        if (!body.cited().entries().isEmpty()) {
            renderer.render(new BibliographyBlock(), out);
        }
        return RawMarkup.hasRawHtml(body.document()) ? rawMarkup.namespace(out.toString()) : rawMarkup.unmark(out.toString());
    }

    /**
     * Refuses a tree nested deeper than {@link #MAX_NESTING}. Walks it without recursion: the
     * renderers recurse per level, and a hostile or broken article (thousands of "> " or "- ")
     * would overflow their stack.
     */
    private static void checkNesting(Path source, Node root, int firstLine) throws ReportException {
        int depth = 0;
        Node node = root;
        while (node != null) {
            if (depth > MAX_NESTING) {
                throw new ReportException(source, lineOf(node, firstLine), "lists, quotes or other blocks are nested more than "
                        + MAX_NESTING + " levels deep here; flatten the structure");
            }
            if (node instanceof BlockQuote && quoteDepth(node) > MAX_QUOTE_NESTING) {
                throw new ReportException(source, lineOf(node, firstLine), "block quotes are nested more than "
                        + MAX_QUOTE_NESTING + " levels deep here, which leaves the text no room on the page; flatten the quotation");
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
    }

    private static int quoteDepth(Node quote) {
        int depth = 0;
        for (Node n = quote; n != null; n = n.getParent()) {
            depth += n instanceof BlockQuote ? 1 : 0;
        }
        return depth;
    }

    /**
     * Renders a short Markdown text with no figures or notes (biographies, blurbs, abstracts).
     */
    public String renderFragment(String markdown) {
        if (markdown == null) {
            return "";
        }
        Node document = parser.parse(markdown);
        String html = fragmentRenderer.render(document);
        return RawMarkup.hasRawHtml(document) ? rawMarkup.namespace(html) : rawMarkup.unmark(html);
    }

    /** The plain text of a short Markdown text, for metadata ({@link TextContent}: no tags, no link destinations). */
    public String plainText(String markdownText) {
        return TextContent.of(parser.parse(markdownText));
    }

    /**
     * Collects the images and links of raw HTML, so they are checked like Markdown ones: the
     * sanitiser lets harmless ones through to the renderers.
     */
    private static void rawHtml(String html, int firstLine, List<ImageRef> images, List<LinkRef> links, List<String> ids,
                                List<ListOverflow> overflows) {
        Document doc = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        for (Element list : doc.select("ol")) {
            Long number = ListNumbering.outOfRange(list);
            if (number != null) {
                overflows.add(new ListOverflow(firstLine + list.sourceRange().start().lineNumber() - 1, number));
            }
        }
        for (Element img : doc.select("img[src]")) {
            images.add(new ImageRef(img.attr("src"), firstLine + img.sourceRange().start().lineNumber() - 1));
        }
        for (Element a : doc.select("a[href]")) {
            links.add(new LinkRef(a.attr("href"), firstLine + a.sourceRange().start().lineNumber() - 1));
        }
        for (Element e : doc.body().select("[id]")) {
            ids.add(e.id());
        }
    }

    /** A raw HTML list's number out of {@link ListNumbering}'s range, at the article's line where the list begins. */
    private record ListOverflow(int line, long number) {
    }

    static Image loneImage(Paragraph paragraph) {
        Image found = null;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image image && found == null) {
                found = image;
            } else if (!(n instanceof SoftLineBreak) && !(n instanceof Text t && t.getLiteral().isBlank())) {
                return null;
            }
        }
        return found;
    }

    static int lineOf(Node node, int firstLine) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return firstLine + n.getSourceSpans().get(0).getLineIndex();
            }
        }
        return firstLine;
    }

    /** The text a reader sees of a node's children ({@link TextContent}): an image's caption, for its text alternative. */
    static String plainText(Node node) {
        return TextContent.of(node);
    }

    /**
     * A heading's id: its words in lower case, joined by "-". Latin letters lose their accents
     * ("Méthode" is "methode"); a text with letters of other scripts keeps them ("Введение",
     * "背景"), as other Markdown tools make them, so links written for those work here too.
     */
    static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = folded.codePoints().anyMatch(c -> c > 0x7f && Character.isLetter(c))
                ? Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-|-$", "")
                : folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    /**
     * The ids the renderer makes for figures and notes, and the raw HTML's namespace ("## User
     * guide" would take "user-guide", the id of a raw {@code id="guide"}): no heading may take one.
     */
    private static final Pattern GENERATED_ID = Pattern.compile("(figure|fn|fnref)-\\d+(-\\d+)?|user-.*");

    private static String uniqueId(String slug, Set<String> taken) {
        String base = GENERATED_ID.matcher(slug).matches() ? "section-" + slug : slug;
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** Marker node: where the endnotes list goes. */
    static final class EndnotesBlock extends CustomBlock {
    }

    /** Marker node: where the reference list goes, after the body and its endnotes. */
    static final class BibliographyBlock extends CustomBlock {
    }
}
