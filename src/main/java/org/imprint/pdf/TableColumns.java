package org.imprint.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Marks each table with its number of columns, as a class {@code columns-N}, so that a brand's
 * print stylesheet can set a wide table in smaller type: CSS cannot count a row's cells in
 * openhtmltopdf or Flying Saucer (no {@code :nth-last-child}, no {@code :has}). N is the most
 * cells of any row, spans counted, at most {@value #MOST}.
 */
final class TableColumns {

    /** The class of every wider table: no stylesheet tells 99 columns from 100. */
    static final int MOST = 99;

    private TableColumns() {
    }

    /** Adds {@code columns-N} to the class of every table in the document. */
    static void mark(Document dom) {
        NodeList tables = dom.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            int columns = Math.min(columns(table), MOST);
            String classes = table.getAttribute("class");
            table.setAttribute("class", (classes.isBlank() ? "" : classes.strip() + " ") + "columns-" + columns);
        }
    }

    private static int columns(Element table) {
        int most = 0;
        NodeList rows = table.getElementsByTagName("tr");
        for (int r = 0; r < rows.getLength(); r++) {
            Element row = (Element) rows.item(r);
            if (nearestTable(row) != table) {
                continue; // a row of a table inside a cell
            }
            int cells = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
                if (cell instanceof Element e && (e.getTagName().equals("td") || e.getTagName().equals("th"))) {
                    cells += span(e);
                }
            }
            most = Math.max(most, cells);
        }
        return most;
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Math.min(MOST, Integer.parseInt(cell.getAttribute("colspan").strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Node nearestTable(Node node) {
        Node parent = node.getParentNode();
        while (parent != null && !(parent instanceof Element e && e.getTagName().equals("table"))) {
            parent = parent.getParentNode();
        }
        return parent;
    }
}
