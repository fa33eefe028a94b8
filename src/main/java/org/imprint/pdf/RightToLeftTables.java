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
 * <p>Reversing each row's cells mirrors spanning cells too: a table places each cell of a row in
 * the first column left free by the cells above that span into it, and mirrored, the cells of a
 * row still come in the order of their columns and the spans above still cover the same places,
 * mirrored. Only a row shorter than the table (free places at its end, which become its start)
 * would slide to the wrong side: such a row is first filled up with empty cells.
 *
 * <p>Both engines use it: openhtmltopdf (which also gets the structure tree put back) and Flying
 * Saucer, which lays out tables left to right too.
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
            if (rightToLeft(table)) {
                fillShortRows(rows);
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

    /**
     * Appends empty cells to each row that leaves places free at its end, row group by row group
     * (a span does not reach out of its {@code thead}, {@code tbody} or {@code tfoot}), so that
     * every row fills the table's width and its reversed cells land in the mirrored places.
     */
    private static void fillShortRows(List<Element> rows) {
        List<List<Element>> groups = new ArrayList<>();
        Node group = null;
        for (Element row : rows) {
            if (groups.isEmpty() || row.getParentNode() != group) {
                groups.add(new ArrayList<>());
                group = row.getParentNode();
            }
            groups.get(groups.size() - 1).add(row);
        }
        List<int[]> widths = new ArrayList<>();
        int columns = 0;
        for (List<Element> rowsOfGroup : groups) {
            int[] used = placed(rowsOfGroup);
            widths.add(used);
            for (int width : used) {
                columns = Math.max(columns, width);
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            List<Element> rowsOfGroup = groups.get(g);
            for (int r = 0; r < rowsOfGroup.size(); r++) {
                Element row = rowsOfGroup.get(r);
                for (int free = columns - widths.get(g)[r]; free > 0; free--) {
                    Element filler = row.getOwnerDocument().createElementNS(row.getNamespaceURI(), "td");
                    filler.setAttribute("class", "filler");
                    row.appendChild(filler);
                }
            }
        }
    }

    /**
     * For each row of a row group, how many places from the left its own cells and the cells
     * spanning into it from above cover, as a table lays them out (HTML's table model).
     */
    private static int[] placed(List<Element> rows) {
        int[] width = new int[rows.size()];
        // for each column, the index of the last row a cell placed there covers
        List<Integer> coveredTo = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : cells(rows.get(r))) {
                while (column < coveredTo.size() && coveredTo.get(column) >= r) {
                    column++;
                }
                int colspan = Math.max(1, span(cell, "colspan", 1));
                int rowspan = span(cell, "rowspan", 1);
                int last = rowspan == 0 ? rows.size() - 1 : Math.min(rows.size() - 1, r + Math.max(1, rowspan) - 1);
                for (int c = column; c < column + colspan; c++) {
                    while (coveredTo.size() <= c) {
                        coveredTo.add(-1);
                    }
                    coveredTo.set(c, last);
                }
                column += colspan;
            }
            for (int c = 0; c < coveredTo.size(); c++) {
                if (coveredTo.get(c) >= r) {
                    width[r] = c + 1;
                }
            }
        }
        return width;
    }

    /** A cell's {@code colspan} or {@code rowspan} as a table reads it; {@code otherwise} when absent or not a number. */
    private static int span(Element cell, String attribute, int otherwise) {
        try {
            int value = Integer.parseInt(cell.getAttribute(attribute).strip());
            return value < 0 ? otherwise : Math.min(value, 1000);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
