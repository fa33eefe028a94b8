package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * Finds, after a layout, the block quotations that break on a page with page-foot notes, and
 * marks each with the class {@value #MARK} for the brand's style sheet to keep it whole: openhtmltopdf
 * draws a broken block's left rule down to the foot of the page, through the notes set there. A
 * quotation that breaks on a page without notes keeps its break, so long quotations still fill
 * their pages.
 */
final class QuoteBreaks {

    /** The class a quotation that would break over page-foot notes gets. */
    static final String MARK = "over-notes";

    private QuoteBreaks() {
    }

    /** Marks the quotations of the renderer's layout that break on a page with notes; whether it marked any. */
    static boolean markOverNotes(PdfBoxRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        List<BlockBox> quotes = new ArrayList<>();
        collect(root, quotes);
        boolean marked = false;
        for (BlockBox quote : quotes) {
            Element element = quote.getElement();
            if (hasClass(element)) {
                continue;
            }
            List<LineBox> lines = new ArrayList<>();
            lines(quote, lines);
            if (lines.isEmpty()) {
                continue;
            }
            int first = LaidOutPages.indexOf(pages, lines.get(0).getAbsY());
            int last = LaidOutPages.indexOf(pages, lines.get(lines.size() - 1).getAbsY());
            for (int page = Math.max(first, 0); page < last; page++) {
                if (pages.get(page).getFootnoteAreaHeight() > 0) {
                    String classes = element.getAttribute("class");
                    element.setAttribute("class", classes.isEmpty() ? MARK : classes + " " + MARK);
                    marked = true;
                    break;
                }
            }
        }
        return marked;
    }

    private static boolean hasClass(Element element) {
        return (" " + element.getAttribute("class") + " ").contains(" " + MARK + " ");
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

    private static void lines(Box box, List<LineBox> lines) {
        if (box instanceof LineBox line) {
            if (line.getHeight() > 0) {
                lines.add(line);
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            lines(box.getChild(i), lines);
        }
    }
}
