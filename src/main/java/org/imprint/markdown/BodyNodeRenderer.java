package org.imprint.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.imprint.chart.ChartTable;

/** Renders the nodes that are ours: figures and footnotes. */
final class BodyNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final ParsedBody body;
    private final NoteStyle style;
    private final Labels labels;
    private final Set<String> portrait;
    private final Map<String, Integer> callsSoFar = new HashMap<>();
    /** The citations set as notes, by their key among the notes. */
    private final Map<String, Citation> citationNotes = new HashMap<>();
    /** Page-foot notes first called from a note's text, to be set right after that note. */
    private final Deque<String> nested = new ArrayDeque<>();
    /** Inside a note's text: its calls of notes get no id, since the text's own calls have them. */
    private boolean inNote;
    /**
     * The endnotes called in the body's text, while the endnotes are rendered: a note called only
     * from other notes has its first such call given the "fnref-N" id, for its link back.
     */
    private Set<String> calledInText = Set.of();
    /** The endnotes called only from notes whose first call has been given its id. */
    private final Set<String> anchoredInNotes = new HashSet<>();

    private final RawMarkup rawMarkup;
    /** A full stop ending a fragment of HTML, before the ends of its elements. */
    /** A superscript's start tag with no attributes, as a numeric style's citation writes it. */
    private static final java.util.regex.Pattern SUPERSCRIPT = java.util.regex.Pattern.compile("<sup>");
    private static final java.util.regex.Pattern FINAL_PERIOD = java.util.regex.Pattern.compile("\\.((?:</[a-z]+>)*)$");

    BodyNodeRenderer(HtmlNodeRendererContext context, ParsedBody body, NoteStyle style, Labels labels,
                     Set<String> portrait, RawMarkup rawMarkup) {
        this.rawMarkup = rawMarkup;
        this.portrait = portrait;
        this.context = context;
        this.html = context.getWriter();
        this.body = body;
        this.style = style;
        this.labels = labels;
        for (Citation citation : body.citations()) {
            citationNotes.put(ParsedBody.noteKey(citation), citation);
        }
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Figure.class, FootnoteReference.class, FootnoteDefinition.class,
                MarkdownRenderer.EndnotesBlock.class, MarkdownRenderer.BibliographyBlock.class, Citation.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Figure figure) {
            renderFigure(figure);
        } else if (node instanceof FootnoteReference ref) {
            renderCall(ref);
            separateNextCall(node);
        } else if (node instanceof MarkdownRenderer.EndnotesBlock) {
            renderEndnotes();
        } else if (node instanceof Citation citation) {
            renderCitation(citation);
            if (isCall(citation) || isSuperscript(citation)) {
                separateNextCall(node);
            }
        } else if (node instanceof MarkdownRenderer.BibliographyBlock) {
            renderBibliography();
        }
        // Footnote definitions render where they are called (page foot) or in the endnotes.
    }

    /**
     * Two note calls side by side ("[@a][^1]", or a citation moved after the full stop that a
     * note's call already follows) would read as one number, "⁵⁶" as 56: a superscript comma
     * stands between them, as publishers set it ("⁵,⁶"), in every format alike.
     */
    private void separateNextCall(Node call) {
        Node next = call.getNext();
        while (next instanceof Text text && text.getLiteral().isEmpty()) {
            next = next.getNext();
        }
        boolean superscriptCitation = call instanceof Citation c && isSuperscript(c)
                || next instanceof Citation c2 && isSuperscript(c2);
        if (next instanceof FootnoteReference || next instanceof Citation citation && (isCall(citation) || isSuperscript(citation))) {
            // a numeric style's superscript citation ("[@a][@b]", or one with a note's call) is
            // no note's call: its comma is a plain superscript, styled as the citation is
            html.tag("sup", attrs("class", superscriptCitation ? "citation-separator" : "note-ref note-separator"));
            html.text(",");
            html.tag("/sup");
        }
    }

    /** Whether a citation set in the text is all superscript ("¹⁻³"), so that a number beside it would run into its numbers. */
    private boolean isSuperscript(Citation citation) {
        return !isCall(citation) && body.cited().superscript(citation.index());
    }

    /** Whether a citation is set as a note's call (a note style, outside a note and a caption). */
    private boolean isCall(Citation citation) {
        return citation.index() < body.cited().texts().size()
                && body.noteNumbers().containsKey(ParsedBody.noteKey(citation));
    }

    private void renderFigure(Figure figure) {
        html.line();
        String kind = portrait.contains(figure.source()) ? "figure portrait" : "figure";
        html.tag("figure", attrs("class", kind, "id", "figure-" + figure.number()));
        // The caption is the text alternative, unless the image's title gives one of its own:
        // ![Caption](chart.png "What the chart shows, for readers who cannot see it")
        String title = figure.image().getTitle();
        // a citation in the caption is words of it ("As Lee (2020) shows"): "As shows" without them
        String alt = title != null && !title.isBlank() ? title.strip() : TextContent.of(figure.image(), body::wordsOf);
        html.tag("img", attrs("src", figure.source(), "alt", alt), true);
        // before the caption, which HTML wants first or last in its figure
        if (figure.data() != null) {
            renderTable(figure.data());
        }
        html.tag("figcaption");
        html.tag("span", attrs("class", "figure-label"));
        html.text(labels.figure() + " " + figure.number() + ".");
        html.tag("/span");
        html.text(" ");
        renderChildren(figure.image());
        html.tag("/figcaption");
        html.tag("/figure");
        html.line();
    }

    /** A chart's data, folded away: readers who cannot see the chart, or want the numbers, open it. */
    private void renderTable(ChartTable table) {
        html.tag("details", attrs("class", "chart-data"));
        html.tag("summary");
        html.text(table.label());
        html.tag("/summary");
        html.tag("table");
        html.tag("thead");
        html.tag("tr");
        for (String head : table.header()) {
            html.tag("th", attrs("scope", "col"));
            html.text(head);
            html.tag("/th");
        }
        html.tag("/tr");
        html.tag("/thead");
        html.tag("tbody");
        for (List<String> row : table.rows()) {
            html.tag("tr");
            html.tag("th", attrs("scope", "row"));
            html.text(row.get(0));
            html.tag("/th");
            for (String cell : row.subList(1, row.size())) {
                html.tag("td");
                html.text(cell);
                html.tag("/td");
            }
            html.tag("/tr");
        }
        html.tag("/tbody");
        html.tag("/table");
        html.tag("/details");
    }

    private void renderCall(FootnoteReference ref) {
        String label = NoteLabel.key(ref.getLabel());
        int number = body.noteNumbers().get(label);
        int call = callsSoFar.merge(label, 1, Integer::sum);
        FootnoteDefinition definition = body.notes().get(label);
        if (style == NoteStyle.PAGE_FOOT) {
            if (call == 1 && definition != null && !inNote) {
                // The note's text stands at its call; CSS floats it to the page foot. It carries its
                // number (data-note) for the call and the note to print: a CSS counter misnumbers with bidi on.
                // The notes its text calls first follow it, each before the rest of the note's
                // text goes on (as MarkdownRenderer numbers them), floated after it, so numbered after it.
                Deque<String> pending = new ArrayDeque<>();
                renderPageFootNote("footnote", number, definition, pending);
                while (!pending.isEmpty()) {
                    String next = pending.pop();
                    renderPageFootNote("footnote nested", body.noteNumbers().get(next), body.notes().get(next), pending);
                }
            } else {
                // A note cannot float out of a note: a note's first call of another is its number,
                // and that note is set after the one calling it (above), with no call of its own.
                if (call == 1 && definition != null) {
                    nested.add(label);
                }
                html.tag("sup", callAttrs());
                html.text(Integer.toString(number));
                html.tag("/sup");
            }
            return;
        }
        html.tag("sup", callAttrs());
        if (inNote && !calledInText.contains(label) && anchoredInNotes.add(label)) {
            // the first call of a note that only notes call: its link back leads here
            html.tag("a", attrs("href", "#fn-" + number, "id", "fnref-" + number, "epub:type", "noteref", "role", "doc-noteref"));
        } else if (inNote) {
            // a note citing a note (or itself) called elsewhere already: a link, but no second "fnref-N" id
            html.tag("a", attrs("href", "#fn-" + number, "epub:type", "noteref", "role", "doc-noteref"));
        } else {
            String id = call == 1 ? "fnref-" + number : "fnref-" + number + "-" + call;
            html.tag("a", attrs("href", "#fn-" + number, "id", id, "epub:type", "noteref", "role", "doc-noteref"));
        }
        html.text(Integer.toString(number));
        html.tag("/a");
        html.tag("/sup");
    }

    private void renderEndnotes() {
        html.line();
        html.tag("section", attrs("class", "endnotes", "epub:type", "endnotes", "role", "doc-endnotes"));
        html.tag("h2", attrs("class", "endnotes-heading", "id", MarkdownRenderer.ENDNOTES_ID));
        html.text(labels.notes());
        html.tag("/h2");
        html.tag("ol");
        calledInText = calledInText(body.document());
        Set<String> calledInNotes = calledInNotes();
        inNote = true;
        for (var entry : body.noteNumbers().entrySet()) {
            FootnoteDefinition definition = body.notes().get(entry.getKey());
            Citation citation = citationNotes.get(entry.getKey());
            int number = entry.getValue();
            // no role on the item: DPUB-ARIA 1.1 deprecates doc-endnote; the list's doc-endnotes suffices
            html.tag("li", withDir(attrs("id", "fn-" + number, "epub:type", "endnote"),
                    citation == null ? "" : body.cited().directions().get(citation.index())));
            // a note called only by other notes goes back to its first call in them
            boolean backlink = citation != null || calledInText.contains(entry.getKey()) || calledInNotes.contains(entry.getKey());
            boolean open;
            if (citation != null) {
                html.tag("p");
                html.raw(citationText(citation));
                open = true;
            } else {
                open = renderEndnoteBlocks(definition);
            }
            if (backlink) {
                if (open) {
                    html.text(" ");
                } else {
                    // the note ended with a list: the link back stands under it, as pandoc sets it
                    html.tag("p");
                    open = true;
                }
                html.tag("a", attrs("href", "#fnref-" + number, "role", "doc-backlink", "class", "backlink"));
                // "↑", not "↩": no font of the brand stacks has U+21A9, and the PDF engine, which
                // has no system fonts to fall back on, set it as "#"
                html.text("\u2191");
                html.tag("/a");
            }
            if (open) {
                html.tag("/p");
            }
            html.tag("/li");
            html.line();
        }
        inNote = false;
        html.tag("/ol");
        html.tag("/section");
        html.line();
    }

    /**
     * A citation: with a note style a note like the article's own (at the page foot or a call of
     * an endnote), else its text in the sentence, linked to its entry in the reference list.
     */
    private void renderCitation(Citation citation) {
        Citations cited = body.cited();
        if (citation.index() >= cited.texts().size()) {
            html.text(citation.literal());   // a report without a bibliography: "@name" stays text
            return;
        }
        String key = ParsedBody.noteKey(citation);
        Integer number = body.noteNumbers().get(key);
        String lead = citation.leadSet() ? "" : cited.leads().get(citation.index());
        if (!lead.isEmpty()) {
            // MLA's "@key" without a page is the names alone ("Lee et al. say"), with no space after them
            boolean alone = number == null && body.cited().texts().get(citation.index()).replaceAll("<[^>]*>", "").isBlank();
            html.text(number == null && !alone ? lead + " " : lead);
        }
        if (number == null) {
            String text = citationText(citation);
            if (citation.getNext() instanceof org.commonmark.node.Text after && after.getLiteral().startsWith(".")) {
                // the citation's own final full stop ("n.d.", a note style's layout) is the sentence's
                text = FINAL_PERIOD.matcher(text).replaceFirst("$1");
            }
            if (isSuperscript(citation) || !isCall(citation) && body.cited().superscriptText(citation.index())) {
                // a narrative one ("Lee et al.¹") alike: its names stand in the sentence, its number as a call
                // a superscript citation stands as a note's call does, isolated (callAttrs): its
                // digits after an Urdu "۔" or "؟" (strong right to left) were Arabic numbers of
                // that mark's run, drawn on its left ("end¹۔"), and in an Urdu line two citations
                // side by side ran together as one number ("¹,²")
                text = SUPERSCRIPT.matcher(text).replaceAll("<sup dir=\"ltr\">");
            }
            // linked to its entry already; in a link's words (no link may hold a link) not linked again
            html.raw(LinkedCitations.enclosingLink(citation) == null ? text : LinkedCitations.unlinked(text));
            return;
        }
        if (style == NoteStyle.PAGE_FOOT) {
            html.tag("span", withDir(attrs("class", "footnote citation", "id", "fn-" + number, "data-note", Integer.toString(number)),
                    cited.directions().get(citation.index())));
            html.raw(citationText(citation));
            html.tag("/span");
            return;
        }
        html.tag("sup", callAttrs());
        html.tag("a", attrs("href", "#fn-" + number, "id", "fnref-" + number, "epub:type", "noteref", "role", "doc-noteref"));
        html.text(Integer.toString(number));
        html.tag("/a");
        html.tag("/sup");
    }

    private String citationText(Citation citation) {
        return rawMarkup.markAll(body.cited().texts().get(citation.index()));
    }

    /** The reference list, after the body and its endnotes. */
    private void renderBibliography() {
        Citations cited = body.cited();
        html.line();
        html.tag("section", attrs("class", "bibliography", "epub:type", "bibliography", "role", "doc-bibliography"));
        html.tag("h2", attrs("class", "bibliography-heading", "id", MarkdownRenderer.BIBLIOGRAPHY_ID));
        html.text(cited.heading());
        html.tag("/h2");
        html.tag("ul", attrs("class", "bibliography-entries"));
        for (Citations.Entry entry : cited.entries()) {
            // no role on the item: doc-biblioentry is deprecated in DPUB-ARIA 1.1
            html.tag("li", withDir(attrs("id", entry.id(), "class", "bibliography-entry"), entry.dir()));
            html.raw(rawMarkup.markAll(entry.html()));
            html.tag("/li");
            html.line();
        }
        html.tag("/ul");
        html.tag("/section");
        html.line();
    }

    /** Sets a page-foot note, and puts the notes its text calls first on top of {@code pending}, in order. */
    private void renderPageFootNote(String kind, int number, FootnoteDefinition definition, Deque<String> pending) {
        html.tag("span", attrs("class", kind, "id", "fn-" + number, "data-note", Integer.toString(number)));
        inNote = true;
        renderNoteContent(definition);
        inNote = false;
        html.tag("/span");
        while (!nested.isEmpty()) {
            pending.push(nested.removeLast());
        }
    }

    /** The notes the text calls outside any note's own text. */
    /**
     * The notes called from the endnotes' own text by another note (a note's call of itself
     * leaves no call to go back to): each such call is rendered, and the first has the id.
     */
    private Set<String> calledInNotes() {
        Set<String> called = new HashSet<>();
        for (String key : body.noteNumbers().keySet()) {
            FootnoteDefinition definition = body.notes().get(key);
            if (definition == null) {
                continue;
            }
            Deque<Node> todo = new ArrayDeque<>(List.of(definition));
            while (!todo.isEmpty()) {
                Node node = todo.pop();
                if (node instanceof FootnoteReference ref && !NoteLabel.key(ref.getLabel()).equals(key)) {
                    called.add(NoteLabel.key(ref.getLabel()));
                }
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    if (!(child instanceof FootnoteDefinition)) {
                        todo.push(child);
                    }
                }
            }
        }
        return called;
    }

    private static Set<String> calledInText(Node document) {
        Set<String> called = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(document));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof FootnoteDefinition) {
                continue;
            }
            if (node instanceof FootnoteReference ref) {
                called.add(NoteLabel.key(ref.getLabel()));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                todo.push(child);
            }
        }
        return called;
    }

    /**
     * A page-foot note's blocks, run together inline: it stands inside its sentence (a block
     * would leave the note for the body in the PDF), so its paragraphs follow each other, and a
     * quotation or code its paragraph; a list stays a list, its items lines of their own
     * ({@link #renderNoteList}).
     */
    private void renderNoteContent(FootnoteDefinition definition) {
        renderInline(definition);
    }

    /**
     * An endnote's blocks inside its item: its paragraphs, quotations and code run together as
     * one paragraph, each list of the note's own a list after it, and so a quotation that holds
     * a list a quotation after it (its list a real list: set as lines of text, it was no list to
     * a screen reader, in the e-book or the tagged PDF); a table, a rule or a block written in
     * HTML stands between paragraphs too (in one it closed the paragraph, and left an empty
     * {@code <p></p>} behind). Whether it ends in an open paragraph (not after a list, quotation
     * or block), for the link back to its call.
     */
    private boolean renderEndnoteBlocks(FootnoteDefinition definition) {
        boolean open = false;
        boolean afterImage = false;
        for (Node block = definition.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof org.commonmark.node.LinkReferenceDefinition || block instanceof FootnoteDefinition) {
                continue;   // prints nothing here (a note's definition is a note of its own): neither a block between paragraphs nor a space in one
            }
            if (block instanceof ListBlock || block instanceof BlockQuote && holdsList(block) || NoteChecks.standsApart(block)) {
                if (open) {
                    html.tag("/p");
                    open = false;
                }
                context.render(block);
            } else {
                boolean image = ImageLines.loneImage(block);
                if (open && (image || afterImage)) {
                    // an image that is a paragraph of the note stands on a line of its own: the
                    // line it wrapped away from, ended by no break, was justified letter by letter
                    html.tag("br", Map.of(), true);
                } else if (open) {
                    html.text(" ");
                } else {
                    html.tag("p");
                    open = true;
                }
                renderInlineBlock(block);
                afterImage = image;
                continue;
            }
            afterImage = false;
        }
        return open;
    }

    /** Whether a block holds a list, at any depth. */
    private static boolean holdsList(Node block) {
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock || holdsList(child)) {
                return true;
            }
        }
        return false;
    }

    private void renderInline(Node parent) {
        boolean first = true;
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FootnoteDefinition) {
                continue;   // a note of its own, set where it is called: no space for it here
            }
            if (!first) {
                html.text(" ");
            }
            first = false;
            renderInlineBlock(block);
        }
    }

    private void renderInlineBlock(Node block) {
        if (block instanceof Paragraph || block instanceof Heading) {
            renderChildren(block);
        } else if (block instanceof ListBlock list) {
            renderNoteList(list);
        } else if (block instanceof BlockQuote) {
            renderInline(block);
        } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
            html.tag("code");
            html.text((block instanceof FencedCodeBlock fenced ? fenced.getLiteral() : ((IndentedCodeBlock) block).getLiteral()).strip());
            html.tag("/code");
        } else {
            context.render(block);
        }
    }

    /**
     * A list in a note's running text: spans the style sheets set as blocks (a {@code <ol>} in
     * the note's {@code <span>} or {@code <p>} would close them, and its items leave the note),
     * each item a line of its own with its number or bullet written out. Before, the items ran
     * together in the note's sentence ("A list: 1. a 2. b").
     */
    private void renderNoteList(ListBlock list) {
        long number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null ? ordered.getMarkerStartNumber() : 1;
        html.tag("span", attrs("class", "note-list"));
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                html.tag("span", attrs("class", "note-item"));
                html.text(list instanceof OrderedList ? number++ + ". " : "\u2022 ");
                renderInline(item);
                html.tag("/span");
            }
        }
        html.tag("/span");
    }

    /** The attributes with {@code dir} where a citation's or entry's own direction is not the article's. */
    private static Map<String, String> withDir(Map<String, String> attributes, String dir) {
        if (!dir.isEmpty()) {
            attributes.put("dir", dir);
        }
        return attributes;
    }

    /**
     * A note call's attributes. Its {@code dir} makes it a bidi isolate (HTML's rendering rules
     * give an element with {@code dir} {@code unicode-bidi: isolate}, which EPUBCheck forbids in
     * an e-book's CSS; openhtmltopdf sets its text as a paragraph of its own): its digits belong
     * to neither neighbour, so a stop or a closing quotation mark between a right-to-left phrase
     * and the call is the sentence's, not the phrase's ("שלום עכשיו.¹" in English keeps the stop
     * right of the Hebrew). Left to right: a call is a number in European digits.
     */
    private Map<String, String> callAttrs() {
        return attrs("class", "note-ref", "dir", "ltr");
    }

    /** Attributes in the order given, so the markup is stable; marked as Imprint's own. */
    private Map<String, String> attrs(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        rawMarkup.markGenerated(map);
        return map;
    }

    private void renderChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
