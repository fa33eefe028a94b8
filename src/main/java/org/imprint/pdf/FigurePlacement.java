package org.imprint.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.PageBox;

/**
 * Lays the document out, and again when a figure left a large white gap: openhtmltopdf has no
 * page floats, so a figure that does not fit below the text before it goes to the next page and
 * leaves the rest of its page empty. A figure that left more than about four lines (8 % of a
 * page) empty is moved after the blocks that follow it (paragraphs, quotations, lists, raw HTML
 * blocks: {@link #flows}), as many as it takes to fill the gap (their heights from this layout),
 * and the document is laid out once more; the blocks then fill the gap, as a typesetter would set
 * them. A figure that ends its section (a heading follows), or that a table follows, is set ahead
 * of the blocks before it on that page instead, as far back as it takes to fit
 * ({@link #pulledParagraph}). A figure still stranded moves on, for at most
 * {@link #MOST_ROUNDS} rounds. An image that raw HTML sets as a block of its own is a figure
 * here too. When a moved figure's caption calls a note and the paragraphs it passes call notes,
 * {@link NoteOrder} numbers the notes in their new order (or, for citations and endnotes, the
 * figure stays). After the figures, on the layout they leave, {@link QuoteBreaks} splits or marks a
 * quotation that would break over page-foot notes, and last {@link StrandedHeadings} starts a
 * heading left at a page's foot on the next page. Before all of these, an ordered list whose
 * numbers do not fit its padding is given the room ({@link ListMarkerRoom}).
 */
final class FigurePlacement {

    /** The share of a page's height a figure may leave empty before it is moved: about four lines. */
    private static final double LARGEST_GAP = 0.08;
    /** Each round is a layout more; the first one moves a figure past enough paragraphs to fill the gap. */
    private static final int MOST_ROUNDS = 2;

    private FigurePlacement() {
    }

    /**
     * Lays the document out, moving stranded figures first if there are any, and returns the
     * renderer holding the last layout (the caller closes it). The first layout serves
     * {@code lines} to choose the paragraphs' lines; the figures are placed on the layout with
     * those lines, as they will be set. A steered paragraph that the layout did not set as planned
     * (or set with a short line) is given back to the greedy breaker, at the cost of one layout
     * more, only when that happens.
     *
     * <p>Each layout after the first is made by a new renderer: openhtmltopdf 1.1.31 keeps
     * styles and its page-foot note counter from one layout to the next, so the same renderer
     * laid out again numbers every note with the last number.
     */
    static PdfBoxRenderer layout(Supplier<PdfBoxRenderer> renderers, ParagraphBreaking lines) {
        PdfBoxRenderer renderer = renderers.get();
        try {
            renderer.layout();
            if (ListMarkerRoom.makeRoom(renderer)) {
                // a list's numbers need a wider padding: it narrows its lines
                renderer = layoutAgain(renderer, renderers);
            }
            // Each stage decides on the layout it changes, in this order: the paragraphs' lines
            // first (they move everything below them), then the figures (a moved figure pulls
            // text up or pushes it down), and last the quotations' splits, whose forced page
            // break is right only where the page it was decided on ends. Deciding a split on a
            // layout that a figure's move then changed left the break in mid-page.
            if (lines.plan(renderer).steered() > 0) {
                renderer = layoutAgain(renderer, renderers);
                if (lines.release(renderer) > 0) {
                    // a paragraph did not come out as planned: set it greedily, as the first layout did
                    renderer = layoutAgain(renderer, renderers);
                }
            }
            for (int round = 0; round < MOST_ROUNDS && moveStrandedFigures(renderer); round++) {
                renderer = layoutAgain(renderer, renderers);
            }
            for (int round = 0; round < MOST_ROUNDS && QuoteBreaks.keepRulesOffNotes(renderer); round++) {
                renderer = layoutAgain(renderer, renderers);
                if (QuoteBreaks.undoLooseSplits(renderer)) {
                    // a split's page break no longer falls where its page ends: joined again
                    renderer = layoutAgain(renderer, renderers);
                }
            }
            if (StrandedHeadings.pushOn(renderer)) {
                // last: a heading or header row left at a page's foot starts the next page
                renderer = layoutAgain(renderer, renderers);
            }
            return renderer;
        } catch (RuntimeException e) {
            renderer.close();
            throw e;
        }
    }

    /**
     * Lays the document out with a new renderer, without the elements the last layout added to
     * it: for each page-foot note openhtmltopdf appends a link for its call and a target for its
     * marker to the note's element, and a second layout would find (and tag) them twice.
     */
    private static PdfBoxRenderer layoutAgain(PdfBoxRenderer old, Supplier<PdfBoxRenderer> renderers) {
        org.w3c.dom.Document document = old.getDocument();
        old.close();
        List<Element> added = new ArrayList<>();
        collectAdded(document.getDocumentElement(), added);
        for (Element element : added) {
            element.getParentNode().removeChild(element);
        }
        PdfBoxRenderer renderer = renderers.get();
        renderer.layout();
        return renderer;
    }

    private static void collectAdded(Element element, List<Element> added) {
        String name = name(element);
        if ("fs-footnote-marker".equals(name)
                || ("a".equals(name) && element.getAttribute("href").startsWith("#fs-footnote-") && !element.hasChildNodes())) {
            added.add(element);
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collectAdded(e, added);
            }
        }
    }

    private static boolean moveStrandedFigures(PdfBoxRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        Map<Element, Box> boxes = new IdentityHashMap<>();
        List<Element> figures = new ArrayList<>();
        collect(root, boxes, figures);
        LayoutContext css = renderer.getSharedContext().newLayoutContextInstance();
        List<Move> moves = new ArrayList<>();
        boolean renumber = false;
        for (Element figure : figures) {
            Element before = sibling(figure, -1);
            Element after = following(figure);
            Box figureBox = boxes.get(figure);
            Box beforeBox = before == null ? null : boxes.get(before);
            if (beforeBox == null || figureBox == null) {
                continue;
            }
            int textEnd = beforeBox.getAbsY() + beforeBox.getHeight();
            int textPage = LaidOutPages.indexOf(pages, textEnd - 1);
            int figurePage = LaidOutPages.indexOf(pages, figureBox.getAbsY());
            if (textPage < 0 || figurePage != textPage + 1) {
                continue;
            }
            PageBox page = pages.get(textPage);
            int empty = page.getBottom() - textEnd;
            if (empty <= LARGEST_GAP * (page.getBottom() - page.getTop())) {
                continue;
            }
            Move move;
            Element last = after != null && flows(after) ? fillingBlocks(after, boxes, empty, page) : null;
            if (last != null) {
                move = new Move(figure, after, last, false);
            } else {
                // the figure ends its section (a heading follows), the article, or stands before a
                // table: it keeps to its section (see pulledParagraph)
                Element first = pulledParagraph(before, figureBox, boxes, page, css);
                if (first == null) {
                    continue;
                }
                move = new Move(figure, first, before, true);
            }
            if (!(callsNotes(figure) && callsNotesUpTo(move.first(), move.last()))) {
                moves.add(move);
            } else if (NoteOrder.renumberable(figure) && NoteOrder.renumberable(move.first(), move.last())) {
                // its caption's note is renumbered in the paragraphs' order (below)
                moves.add(move);
                renumber = true;
            }
        }
        for (Move move : moves) {
            Element target = move.ahead() ? move.first() : move.last();
            Node anchor = move.ahead() ? move.first() : move.last().getNextSibling();
            keepLanguage(move.figure(), (Element) target.getParentNode());
            target.getParentNode().insertBefore(move.figure(), anchor);
        }
        if (renumber) {
            NoteOrder.renumber(root.getElement().getOwnerDocument());
        }
        return !moves.isEmpty();
    }

    /**
     * A figure to move past the paragraphs from {@code first} to {@code last} (siblings): after
     * them, or ahead of them when {@code ahead}.
     */
    private record Move(Element figure, Element first, Element last, boolean ahead) {
    }

    /**
     * The earliest of the blocks ending at {@code last} (the figure's previous sibling) that the
     * figure must be set ahead of to fit on {@code page}, the page before it, or null when it cannot.
     *
     * <p>A figure that ends its section is not moved past the heading that follows: a reader looks
     * for it in the section that calls it, and LaTeX's own remedy for floats drifting into the next
     * section ({@code \FloatBarrier} at each heading, package placeins) is what careful documents
     * use. Instead the figure is set at the place where it fits on the page where its text ends,
     * ahead of the last paragraphs of its section, which then run on below it (and onto the next
     * page): LaTeX's placement at the top of the page ({@code [t]}) does the same, setting a float
     * above text that comes before its call in the source. Only blocks that flow ({@link #flows}:
     * paragraphs, quotations, lists, raw HTML blocks) and lie wholly on that page are passed, and
     * never a heading, so the figure stays on the page and in the section where its text is.
     */
    private static Element pulledParagraph(Element last, Box figureBox, Map<Element, Box> boxes, PageBox page,
                                           LayoutContext css) {
        int needed = figureBox.getHeight() + (int) Math.ceil(figureBox.getMargin(css).top() + figureBox.getMargin(css).bottom());
        for (Element p = last; p != null && flows(p) && boxes.containsKey(p); p = sibling(p, -1)) {
            Box box = boxes.get(p);
            if (box.getAbsY() < page.getTop()) {
                return null;    // begins on the page before: the figure would not fit there either
            }
            // above the page's notes, which the figure cannot take (counting them moved the
            // figure ahead, where it did not fit, and the next round moved it back after)
            if (page.getBottomUsable() - box.getAbsY() >= needed) {
                return p;
            }
        }
        return null;
    }

    /**
     * The last of the blocks from {@code first} on that it takes to fill {@code empty}: the last
     * one may break across the page, which is how the gap fills exactly. A block taller than the
     * gap and a page more (a long quotation, a language's passage in a {@code div}) is not passed,
     * or the figure would land pages after its text: null when {@code first} is such a block.
     */
    private static Element fillingBlocks(Element first, Map<Element, Box> boxes, int empty, PageBox page) {
        int longest = empty + page.getBottom() - page.getTop();
        Element last = null;
        int filled = 0;
        for (Element next = first; filled < empty && next != null && flows(next) && boxes.containsKey(next);
                next = sibling(next, 1)) {
            int height = boxes.get(next).getHeight();
            if (filled + height > longest) {
                break;
            }
            last = next;
            filled += height;
        }
        return last;
    }

    /**
     * Whether a block flows as text does, so a figure may be set after it or ahead of it: a
     * paragraph (not one holding only an image), a quotation, a list, or raw HTML's {@code div}
     * holding none of those a figure must not pass (headings, figures, images, tables).
     */
    private static boolean flows(Element element) {
        return switch (name(element)) {
            case "p" -> !blockImage(element);
            case "blockquote", "ul", "ol", "dl", "div" -> !holdsAny(element, FIXED);
            default -> false;
        };
    }

    /** Blocks a figure is not moved past: they keep their place as the figure does. */
    private static final java.util.Set<String> FIXED = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "img", "table", "section");

    private static boolean holdsAny(Element element, java.util.Set<String> names) {
        org.w3c.dom.NodeList all = element.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (names.contains(name((Element) all.item(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The block after a figure: its next sibling or, for a figure that ends an author's raw
     * {@code div} (a passage in another language), what follows that {@code div}. The article's
     * own containers end where the article does.
     */
    private static Element following(Element figure) {
        Element element = figure;
        Element next = sibling(element, 1);
        while (next == null && element.getParentNode() instanceof Element parent && "div".equals(name(parent))
                && !parent.hasAttribute("class")) {
            element = parent;
            next = sibling(element, 1);
        }
        return next;
    }

    /**
     * Gives a figure leaving its raw {@code div} for {@code parent} the language and direction it
     * had there, so its caption is still read (and tagged) in that language.
     */
    private static void keepLanguage(Element figure, Element parent) {
        if (figure.getParentNode() == parent) {
            return;
        }
        for (String attribute : new String[] {"lang", "dir"}) {
            if (!figure.hasAttribute(attribute)) {
                String inherited = inherited(figure, attribute);
                if (inherited != null && !inherited.equals(inherited(parent, attribute))) {
                    figure.setAttribute(attribute, inherited);
                }
            }
        }
    }

    /** The value of an attribute on the element or its nearest ancestor that has it, or null. */
    private static String inherited(Element element, String attribute) {
        for (Node n = element; n instanceof Element e; n = e.getParentNode()) {
            if (e.hasAttribute(attribute)) {
                return e.getAttribute(attribute);
            }
        }
        return null;
    }

    /**
     * Whether the paragraphs from {@code first} to {@code last} call notes: a figure whose caption
     * calls a note does not move past them, or its note's number would come after theirs on the
     * page (23, 24, 25, 20); notes are numbered in the order the text calls them.
     */
    private static boolean callsNotesUpTo(Element first, Element last) {
        for (Element p = first; p != null; p = sibling(p, 1)) {
            if (callsNotes(p)) {
                return true;
            }
            if (p == last) {
                break;
            }
        }
        return false;
    }

    /** Whether an element's text calls a note: a page-foot note standing at its call, or a call. */
    private static boolean callsNotes(Element element) {
        org.w3c.dom.NodeList spans = element.getElementsByTagName("*");
        for (int i = 0; i < spans.getLength(); i++) {
            Element e = (Element) spans.item(i);
            if (e.hasAttribute("data-note") || (" " + e.getAttribute("class") + " ").contains(" note-ref ")) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Box box, Map<Element, Box> boxes, List<Element> figures) {
        Element element = box.getElement();
        if (element != null && !boxes.containsKey(element)) {
            boxes.put(element, box);
            if ("figure".equals(name(element)) || blockImage(element)) {
                figures.add(element);
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), boxes, figures);
        }
        if (box instanceof InlineLayoutBox inline) {
            // an image in a line (raw HTML) is an inline child, not a child box
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    collect(b, boxes, figures);
                }
            }
        }
    }


    /**
     * Whether an element is an image standing as a block of its own, as raw HTML in the article
     * sets one: an {@code img} among blocks (no text beside it), or a paragraph holding only an image.
     * Such an image moves as a figure does.
     */
    private static boolean blockImage(Element element) {
        String name = name(element);
        if ("img".equals(name)) {
            return element.getParentNode() instanceof Element parent && CONTAINERS.contains(name(parent)) && blockSiblings(element);
        }
        if ("p".equals(name)) {
            Element only = onlyChild(element);
            return only != null && "img".equals(name(only));
        }
        return false;
    }

    /** The element's only child element when it has no text beside it, else null. */
    private static Element onlyChild(Element parent) {
        Element only = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (only != null) {
                    return null;
                }
                only = e;
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                return null;
            }
        }
        return only;
    }

    /** Whether the element's siblings are elements and white space only: it stands among blocks. */
    private static boolean blockSiblings(Element element) {
        for (Node node = element.getParentNode().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                return false;
            }
            if (node != element && node instanceof Element e && !BLOCKS.contains(name(e))) {
                return false;
            }
        }
        return true;
    }

    /** Elements whose children are blocks. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("div", "section", "body");
    /** Elements that stand as blocks beside a block image. */
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "blockquote", "pre", "table", "hr", "div", "section", "details", "img");

    /** The previous (-1) or next (1) element sibling. */
    /** The next ({@code direction} 1) or previous (-1) element beside {@code element}, or null. */
    static Element sibling(Element element, int direction) {
        Node node = direction < 0 ? element.getPreviousSibling() : element.getNextSibling();
        while (node != null && !(node instanceof Element)) {
            node = direction < 0 ? node.getPreviousSibling() : node.getNextSibling();
        }
        return (Element) node;
    }

    /** An element's name without its prefix (the layout's DOM may or may not be namespace-aware). */
    static String name(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
