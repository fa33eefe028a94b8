package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * Finds, after a layout, the block quotations that break on a page with page-foot notes:
 * openhtmltopdf draws a broken block's left rule down to the foot of the page, through the notes
 * set there. Such a quotation is split where its page ends, between two of its paragraphs: the
 * paragraphs that fit on the page stay in it, and the rest goes into a second quotation of class
 * {@value #CONTINUED}, which the brand's style sheet starts on the next page. Neither part breaks,
 * so neither rule reaches the notes, and the page keeps its quoted text instead of the white of a
 * whole quotation. A quotation whose first paragraph does not fit on the page is marked with the
 * class {@value #MARK} instead, for the style sheet to keep it whole. A quotation that breaks on a
 * page without notes keeps its break, so long quotations still fill their pages.
 */
final class QuoteBreaks {

    /** The class a quotation that would break over page-foot notes gets. */
    static final String MARK = "over-notes";
    /** The class of the second part of a quotation split where a page with notes ends. */
    static final String CONTINUED = "continued";

    private QuoteBreaks() {
    }

    /**
     * Splits or marks the quotations of the renderer's layout that break on a page with notes;
     * whether it changed any.
     */
    static boolean keepRulesOffNotes(PdfBoxRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        List<BlockBox> quotes = new ArrayList<>();
        collect(root, quotes);
        boolean marked = false;
        for (BlockBox quote : quotes) {
            Element element = quote.getElement();
            if (hasClass(element, MARK)) {
                continue;
            }
            List<LineBox> lines = new ArrayList<>();
            LaidOutPages.lines(quote, lines);
            if (lines.isEmpty()) {
                continue;
            }
            int first = LaidOutPages.indexOf(pages, lines.get(0).getAbsY());
            int last = LaidOutPages.indexOf(pages, lines.get(lines.size() - 1).getAbsY());
            for (int page = Math.max(first, 0); page < last; page++) {
                if (pages.get(page).getFootnoteAreaHeight() > 0) {
                    if (!split(quote, pages, page)) {
                        addClass(element, MARK);
                    }
                    marked = true;
                    break;
                }
            }
        }
        return marked;
    }

    /**
     * Joins again each quotation split whose page break no longer falls where its page ends: the
     * first paragraph of the continued part would fit whole in the white left below the first
     * part (with the notes it calls), so the forced break leaves a page half empty. A split is decided on one layout, and a
     * later change above it (a figure moved, a paragraph's lines) moves the page's end. Whether
     * it joined any, and the document must be laid out again.
     */
    static boolean undoLooseSplits(PdfBoxRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        List<BlockBox> quotes = new ArrayList<>();
        collect(root, quotes);
        boolean joined = false;
        for (int i = 1; i < quotes.size(); i++) {
            BlockBox continued = quotes.get(i);
            BlockBox first = quotes.get(i - 1);
            Element element = continued.getElement();
            if (!hasClass(element, CONTINUED) || previousElement(element) != first.getElement()
                    || continued.getChildCount() == 0) {
                continue;
            }
            List<LineBox> above = new ArrayList<>();
            LaidOutPages.lines(first, above);
            List<LineBox> opening = new ArrayList<>();
            LaidOutPages.lines(continued.getChild(0), opening);
            if (above.isEmpty() || opening.isEmpty()) {
                continue;
            }
            LineBox lastAbove = above.get(above.size() - 1);
            int page = LaidOutPages.indexOf(pages, lastAbove.getAbsY());
            if (page < 0) {
                continue;
            }
            PageBox foot = pages.get(page);
            int white = foot.getBottomUsable() - (lastAbove.getAbsY() + lastAbove.getHeight());
            LineBox lastOpening = opening.get(opening.size() - 1);
            int needed = lastOpening.getAbsY() + lastOpening.getHeight() - opening.get(0).getAbsY();
            // the notes the paragraph calls would come onto that page with it: counted at most
            // as all the notes of the page it is on now, so that a sound split is never undone
            int next = LaidOutPages.indexOf(pages, opening.get(0).getAbsY());
            if (callsNotes(continued.getChild(0).getElement()) && next >= 0) {
                needed += pages.get(next).getFootnoteAreaHeight();
            }
            if (white >= needed) {
                Element firstPart = first.getElement();
                while (element.getFirstChild() != null) {
                    firstPart.appendChild(element.getFirstChild());
                }
                element.getParentNode().removeChild(element);
                joined = true;
            }
        }
        return joined;
    }

    private static boolean callsNotes(Element element) {
        if (element == null) {
            return false;
        }
        org.w3c.dom.NodeList all = element.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("data-note") || hasClass(e, "note-ref")) {
                return true;
            }
        }
        return false;
    }

    private static Element previousElement(Element element) {
        Node node = element.getPreviousSibling();
        while (node != null && !(node instanceof Element)) {
            node = node.getPreviousSibling();
        }
        return (Element) node;
    }

    /**
     * Splits the quotation after the last of its children (paragraphs, lists, quotations) whose
     * lines all lie on {@code page} or before it; false when none does, or when a child is not an
     * element of its own (text straight in the quotation), and the quotation is left as it was.
     */
    private static boolean split(BlockBox quote, List<PageBox> pages, int page) {
        Element element = quote.getElement();
        Element lastFitting = null;
        for (int i = 0; i < quote.getChildCount(); i++) {
            Box child = quote.getChild(i);
            Element childElement = child.getElement();
            if (childElement == null || childElement.getParentNode() != element) {
                return false;
            }
            List<LineBox> lines = new ArrayList<>();
            LaidOutPages.lines(child, lines);
            int end = lines.isEmpty() ? -1 : LaidOutPages.indexOf(pages, lines.get(lines.size() - 1).getAbsY());
            if (end < 0 || end > page) {
                break;
            }
            lastFitting = childElement;
        }
        Node rest = lastFitting == null ? null : lastFitting.getNextSibling();
        while (rest != null && !(rest instanceof Element)) {
            rest = rest.getNextSibling();
        }
        if (rest == null) {
            return false;
        }
        Element continued = (Element) element.cloneNode(false);
        continued.removeAttribute("id");
        addClass(continued, CONTINUED);
        while (lastFitting.getNextSibling() != null) {
            continued.appendChild(lastFitting.getNextSibling());
        }
        element.getParentNode().insertBefore(continued, element.getNextSibling());
        return true;
    }

    private static void addClass(Element element, String name) {
        if (hasClass(element, name)) {
            return;
        }
        String classes = element.getAttribute("class");
        element.setAttribute("class", classes.isEmpty() ? name : classes + " " + name);
    }

    private static boolean hasClass(Element element, String name) {
        return (" " + element.getAttribute("class") + " ").contains(" " + name + " ");
    }

    /** The outermost quotations' boxes (a quotation inside another breaks with it). */
    private static void collect(Box box, List<BlockBox> quotes) {
        Element element = box.getElement();
        if (box instanceof BlockBox block && element != null && "blockquote".equals(FigurePlacement.name(element))) {
            quotes.add(block);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), quotes);
        }
    }
}
