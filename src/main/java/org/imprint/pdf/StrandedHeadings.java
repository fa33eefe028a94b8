package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * Finds, after the last layout, a section heading (h2 to h6; the cover and the title are set
 * apart on purpose) left as the last thing on its page, and a table whose
 * header row stands alone at a page's foot, and starts each on the next page. The brands keep a
 * heading with what follows ({@code page-break-after: avoid}) and a row whole, but openhtmltopdf
 * drops the keep when the row after the header calls a page-foot note: the row and its note do
 * not fit, so the row goes on, and the heading and the header row stay behind.
 */
final class StrandedHeadings {

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** The style that starts a stranded heading (or table) on the next page. */
    static final String NEXT_PAGE = "page-break-before: always";

    private StrandedHeadings() {
    }

    /** Starts the stranded headings and header rows on their next page; whether any moved. */
    static boolean pushOn(PdfBoxRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        List<Box> blocks = new ArrayList<>();
        collect(root, blocks);
        List<Element> push = new ArrayList<>();
        for (Box box : blocks) {
            Element element = box.getElement();
            Element next = FigurePlacement.sibling(element, 1);
            int page;
            int after;
            if (HEADINGS.contains(FigurePlacement.name(element))) {
                List<LineBox> lines = new ArrayList<>();
                LaidOutPages.lines(box, lines);
                Box nextBox = next == null ? null : find(root, next);
                List<LineBox> nextLines = new ArrayList<>();
                if (nextBox != null) {
                    LaidOutPages.lines(nextBox, nextLines);
                }
                if (lines.isEmpty() || nextLines.isEmpty()) {
                    continue;
                }
                page = LaidOutPages.indexOf(pages, lines.get(lines.size() - 1).getAbsY());
                after = LaidOutPages.indexOf(pages, nextLines.get(0).getAbsY());
            } else {
                // a table: its header row, and its first body row
                List<Box> rows = new ArrayList<>();
                rows(box, rows);
                if (rows.size() < 2 || !"thead".equals(parentName(rows.get(0))) || "thead".equals(parentName(rows.get(1)))) {
                    continue;
                }
                page = LaidOutPages.indexOf(pages, rows.get(0).getAbsY());
                after = LaidOutPages.indexOf(pages, rows.get(1).getAbsY());
                Element before = FigurePlacement.sibling(element, -1);
                if (before != null && HEADINGS.contains(FigurePlacement.name(before))) {
                    element = before;    // the heading goes on with its table
                }
            }
            if (page < 0 || after <= page || startsItsPage(root, element, pages.get(page))) {
                continue;
            }
            push.add(element);
        }
        for (Element element : push) {
            String style = element.getAttribute("style");
            if (!style.contains(NEXT_PAGE)) {
                element.setAttribute("style", style.isEmpty() ? NEXT_PAGE : style + "; " + NEXT_PAGE);
            }
        }
        return !push.isEmpty();
    }

    /** Whether the element already starts its page: on the next one it would be stranded again. */
    private static boolean startsItsPage(BlockBox root, Element element, PageBox page) {
        Box box = find(root, element);
        return box == null || box.getAbsY() <= page.getTop() + 1 || element.getAttribute("style").contains(NEXT_PAGE);
    }

    private static String parentName(Box row) {
        Node parent = row.getElement().getParentNode();
        return parent instanceof Element e ? FigurePlacement.name(e) : "";
    }

    private static void collect(Box box, List<Box> blocks) {
        Element element = box.getElement();
        if (element != null && (HEADINGS.contains(FigurePlacement.name(element)) || "table".equals(FigurePlacement.name(element)))) {
            blocks.add(box);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), blocks);
        }
    }

    private static Box find(Box box, Element element) {
        if (box.getElement() == element) {
            return box;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            Box found = find(box.getChild(i), element);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void rows(Box box, List<Box> rows) {
        if (box.getElement() != null && "tr".equals(FigurePlacement.name(box.getElement()))) {
            rows.add(box);
            return;
        }
        for (int i = 0; i < box.getChildCount() && rows.size() < 2; i++) {
            rows(box.getChild(i), rows);
        }
    }
}
