package org.imprint.pdf;

import java.util.List;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/** Where a box of openhtmltopdf's layout falls among its pages. */
final class LaidOutPages {

    private LaidOutPages() {
    }

    /** The index of the page holding the layout's vertical position {@code y}, or -1 if none does. */
    static int indexOf(List<PageBox> pages, int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y >= pages.get(i).getTop() && y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return -1;
    }

    /** Adds the lines of {@code box} and the boxes in it that have a height, in layout order. */
    static void lines(Box box, List<LineBox> lines) {
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
