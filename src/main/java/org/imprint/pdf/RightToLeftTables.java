package org.imprint.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.render.Box;

/**
 * Sets a right-to-left table with its first column on the right, as a browser and a reading
 * system set it from {@code dir}: openhtmltopdf 1.1.31 lays out every table's columns left to
 * right whatever its direction (its issue 123). Before layout the cells of each row of such a
 * table are put in reverse order; after, the structure tree's row elements get their cells back
 * in the order written, so that a screen reader reads a row, and pairs a cell with its header,
 * first column first.
 *
 * <p>A table with a cell spanning rows is left left to right: a spanning cell takes a place in
 * the rows below it, which reversing each row's cells alone does not move. Markdown tables have
 * no spans.
 */
final class RightToLeftTables {

    /** The rows whose cells are reversed, by identity (the layout's boxes point at them). */
    private final Set<Element> rows = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The structure elements of rows already put back in order (a row's box may be met twice). */
    private final Set<COSDictionary> restored = Collections.newSetFromMap(new IdentityHashMap<>());

    private RightToLeftTables() {
    }

    /** Reverses the cells of each row of every right-to-left table of {@code dom}. */
    static RightToLeftTables mirror(Document dom) {
        RightToLeftTables tables = new RightToLeftTables();
        NodeList all = dom.getElementsByTagName("table");
        for (int i = 0; i < all.getLength(); i++) {
            Element table = (Element) all.item(i);
            List<Element> rows = rows(table);
            if (rightToLeft(table) && rows.stream().noneMatch(RightToLeftTables::spansRows)) {
                for (Element row : rows) {
                    List<Element> cells = cells(row);
                    for (int c = cells.size() - 1; c >= 0; c--) {
                        row.appendChild(cells.get(c));
                    }
                    tables.rows.add(row);
                }
            }
        }
        return tables;
    }

    /**
     * Puts the cells of each reversed row back in the order written in the structure tree of the
     * tagged PDF laid out from {@code root}.
     */
    void restoreOrder(Box root) {
        if (!rows.isEmpty()) {
            visit(root, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
    }

    private void visit(Box box, Set<Box> seen) {
        if (!seen.add(box)) {
            return;
        }
        if (box.getElement() != null && rows.contains(box.getElement())) {
            PDStructureElement row = PdfBoxAccessibilityHelper.getStructualElementForBox(box);
            if (row != null && restored.add(row.getCOSObject())
                    && row.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray kids) {
                List<COSBase> cells = new ArrayList<>();
                kids.forEach(cells::add);
                Collections.reverse(cells);
                kids.clear();
                cells.forEach(kids::add);
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            visit(box.getChild(i), seen);
        }
    }

    /** The table's direction: the {@code dir} of it or its nearest ancestor that has one. */
    private static boolean rightToLeft(Element table) {
        for (Node node = table; node instanceof Element element; node = node.getParentNode()) {
            String dir = element.getAttribute("dir");
            if (dir.equalsIgnoreCase("rtl") || dir.equalsIgnoreCase("ltr")) {
                return dir.equalsIgnoreCase("rtl");
            }
        }
        return false;
    }

    /** The table's own rows, not those of a table in one of its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        NodeList all = table.getElementsByTagName("tr");
        for (int i = 0; i < all.getLength(); i++) {
            Element row = (Element) all.item(i);
            Node up = row.getParentNode();
            while (up != null && !(up instanceof Element e && e.getTagName().equals("table"))) {
                up = up.getParentNode();
            }
            if (up == table) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element cell && (cell.getTagName().equals("td") || cell.getTagName().equals("th"))) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static boolean spansRows(Element row) {
        return cells(row).stream().anyMatch(cell -> {
            String span = cell.getAttribute("rowspan").strip();
            return !span.isEmpty() && !span.equals("1");
        });
    }
}
