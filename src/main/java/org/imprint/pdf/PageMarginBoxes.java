package org.imprint.pdf;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.PageBox;

/**
 * The laid-out page margin boxes of every page: the running head ({@code position: running(header)},
 * placed by {@code content: element(header)}) and the page number. openhtmltopdf 1.1.31 lays each
 * page's margin areas out as tables of their own, held by the page ({@code PageBox._marginAreas})
 * rather than under the root box, so the repairs made after layout over the root box
 * ({@link VisualLineOrder}) never saw them: a running head holding an Urdu quotation that starts
 * or ends with a neutral ("“12 مئی”", "“…ہم امن چاہتے ہیں؟”") had its pieces in logical order,
 * the number on the wrong side, while the cover and the title set it right. The library has no
 * public way to these tables, so they are read from its private fields; a version that renames
 * them yields none, and the head is left as the library lays it out.
 */
final class PageMarginBoxes {

    private PageMarginBoxes() {
    }

    /** The margin areas laid out on the pages under {@code root}, page by page. */
    static List<BlockBox> of(BlockBox root) {
        List<BlockBox> tables = new ArrayList<>();
        if (root.getLayer() == null) {
            return tables;
        }
        try {
            Field areas = PageBox.class.getDeclaredField("_marginAreas");
            areas.setAccessible(true);
            for (PageBox page : root.getLayer().getPages()) {
                Object containers = areas.get(page);
                for (int i = 0; containers != null && i < Array.getLength(containers); i++) {
                    Object container = Array.get(containers, i);
                    if (container != null) {
                        Method table = container.getClass().getDeclaredMethod("getTable");
                        table.setAccessible(true);
                        // a float in it (the head's title, float: right) hangs off the table's layer: LaidOutBoxes walks it
                        if (table.invoke(container) instanceof TableBox box) {
                            tables.add(box);
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another openhtmltopdf: its margin boxes keep the library's own order
            return List.of();
        }
        return tables;
    }
}
