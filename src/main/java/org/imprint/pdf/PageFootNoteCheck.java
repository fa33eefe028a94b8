package org.imprint.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * Checks, after layout, that every page-foot note stands where a reader looks for it: on the page
 * of its call, whole, below all of that page's body text and figures.
 *
 * <p>openhtmltopdf 1.1.31 ({@code FootnoteManager}) places a page's note area from the page foot
 * up when the line holding a call is laid out, and only line boxes move out of its way
 * ({@code LineBox.checkFootnoteReservedPage}); a figure's image, a table row moved as a whole, or
 * text laid out before the area grew can stand under it. A note area taller than the room left
 * (up to 60 % of the page) continues by reserving whole following pages for notes, so a long note
 * pushes later notes, and the body text after it, to a page of notes alone. Such pages come out
 * without any error; this check finds them in the box tree.
 */
final class PageFootNoteCheck {

    private PageFootNoteCheck() {
    }

    /** One note that does not stand at the foot of the page that calls it, and why. */
    record Misplaced(String number, String reason) {
        @Override
        public String toString() {
            return "note " + number + " " + reason;
        }
    }

    /** The notes of the renderer's last layout that are not at the foot of their calling page; empty when all are. */
    static List<Misplaced> misplaced(PdfBoxRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        List<LineBox> calling = new ArrayList<>();
        List<Box> body = new ArrayList<>();
        collect(root, calling, body);
        Map<BlockBox, LineBox> calls = new IdentityHashMap<>();
        for (LineBox line : calling) {
            for (BlockBox note : line.getReferencedFootnoteBodies()) {
                calls.putIfAbsent(note, line);
            }
        }
        Set<Box> notes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        notes.addAll(calls.keySet());
        List<Misplaced> misplaced = new ArrayList<>();
        for (Map.Entry<BlockBox, LineBox> entry : calls.entrySet()) {
            BlockBox note = entry.getKey();
            LineBox call = entry.getValue();
            String number = number(note);
            int callPage = LaidOutPages.indexOf(pages, call.getAbsY());
            int top = note.getAbsY();
            int bottom = top + note.getHeight();
            int notePage = LaidOutPages.indexOf(pages, top);
            int lastPage = LaidOutPages.indexOf(pages, Math.max(top, bottom - 1));
            if (notePage != callPage) {
                misplaced.add(new Misplaced(number, "would print on page " + (notePage + 1) + ", not on page " + (callPage + 1) + " that calls it"));
            } else if (lastPage != notePage) {
                misplaced.add(new Misplaced(number, "is too long for the foot of page " + (callPage + 1)
                        + " (it would run on to page " + (lastPage + 1) + ")"));
            } else if (notePage >= 0) {
                Box under = overlapped(body, notes, pages.get(notePage), top, bottom);
                if (under != null) {
                    misplaced.add(new Misplaced(number, "would print over the " + what(under) + " on page " + (notePage + 1)));
                }
            }
        }
        misplaced.sort(java.util.Comparator.comparingInt(m -> numeric(m.number())));
        return misplaced;
    }

    /**
     * A body box (a line, or a block image) on the note's page that reaches below the note's top:
     * the note area must stand under everything else on its page.
     */
    private static Box overlapped(List<Box> body, Set<Box> notes, PageBox page, int top, int bottom) {
        for (Box box : body) {
            int boxTop = box.getAbsY();
            int boxBottom = boxTop + box.getHeight();
            if (box.getHeight() <= 0 || boxTop >= page.getBottom() || boxBottom <= page.getTop() || inside(box, notes)) {
                continue;
            }
            if (boxBottom > top) {
                return box;
            }
        }
        return null;
    }

    private static boolean inside(Box box, Set<Box> notes) {
        for (Box b = box; b != null; b = b.getParent()) {
            if (notes.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** The lines and block-level replaced boxes (images) of the body, and the lines that call notes. */
    private static void collect(Box box, List<LineBox> calling, List<Box> body) {
        if (box instanceof LineBox line) {
            if (line.hasFootnotes()) {
                calling.add(line);
            }
            body.add(line);
            return;
        }
        if (box instanceof BlockBox block && block.isReplaced()) {
            body.add(block);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), calling, body);
        }
    }

    private static String what(Box box) {
        return box instanceof LineBox ? "body text" : "figure";
    }

    /**
     * The note's number in the article: the {@code data-note} of the first element inside the note
     * body that has one, or the number it had before {@link NoteOrder} renumbered it.
     */
    private static String number(Box box) {
        Element element = box.getElement();
        if (element != null && element.hasAttribute("data-note")) {
            return element.hasAttribute("data-source-note") ? element.getAttribute("data-source-note") : element.getAttribute("data-note");
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            String found = number(box.getChild(i));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return "";
    }

    private static int numeric(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
