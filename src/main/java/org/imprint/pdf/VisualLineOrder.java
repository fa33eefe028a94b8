package org.imprint.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;

/**
 * Places the pieces of each laid-out line in the visual order of the Unicode bidirectional
 * algorithm. openhtmltopdf 1.1.31 reorders the text inside each piece (a run of one direction
 * within one inline element) but places the pieces of a line one after the other in the
 * paragraph's direction, in logical order: an English phrase with an emphasis inside an Urdu
 * paragraph printed "jumps over brown fox the quick", an Arabic phrase with a bold word inside an
 * English paragraph began at its left. After layout, this moves the pieces of such a line to their
 * visual places (ICU's {@link Bidi#reorderVisual}), keeping the line's extent; the content stream,
 * and so the extracted text and the tags, stay in logical order.
 *
 * <p>Levels come from the runs {@link BidiRuns} made: a piece in the paragraph's direction is at
 * the paragraph's level, one of the other direction a level above (BidiRuns keeps what a run of
 * the other direction embeds in it, so two levels are all a line has). An element whose pieces
 * all move by the same distance moves as a whole, with its underline and link area.
 */
final class VisualLineOrder {

    private VisualLineOrder() {
    }

    /** One piece of a line: text, or an atomic box (an image, an inline block). */
    private record Leaf(Object item, InlineLayoutBox parent, int left, int width, byte level) {
    }

    /** Reorders the lines under {@code root}; returns how many lines it changed. */
    static int apply(BlockBox root) {
        int[] changed = {0};
        visit(root, Collections.newSetFromMap(new IdentityHashMap<>()), changed);
        return changed[0];
    }

    private static void visit(Box box, Set<Box> seen, int[] changed) {
        if (!seen.add(box)) {
            return;
        }
        if (box instanceof LineBox line) {
            if (reorder(line)) {
                changed[0]++;
            }
            if (line.hasFootnotes()) {
                for (BlockBox note : line.getReferencedFootnoteBodies()) {
                    visit(note, seen, changed);
                }
            }
        }
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    visit(b, seen, changed);
                }
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            visit(box.getChild(i), seen, changed);
        }
    }

    /** Moves the line's pieces to their visual places; whether any moved. */
    static boolean reorder(LineBox line) {
        byte base = (byte) (line.isLayedOutRTL() ? 1 : 0);
        List<Leaf> leaves = new ArrayList<>();
        for (int i = 0; i < line.getChildCount(); i++) {
            Box child = line.getChild(i);
            if (child instanceof InlineLayoutBox inline) {
                collect(inline, base, leaves);
            } else {
                leaves.add(new Leaf(child, null, child.getAbsX(), child.getWidth(), (byte) -1));
            }
        }
        if (leaves.size() < 2 || leaves.stream().noneMatch(l -> l.level() > base)) {
            return false;
        }
        byte[] levels = new byte[leaves.size()];
        for (int i = 0; i < levels.length; i++) {
            byte level = leaves.get(i).level();
            // a box or an empty piece is neutral: inside a run of the other direction it belongs to the run
            levels[i] = level >= 0 ? level
                    : (byte) (i > 0 && i + 1 < levels.length && embedded(leaves, i - 1, base) && embedded(leaves, i + 1, base)
                            ? base + 1 : base);
        }
        int[] order = Bidi.reorderVisual(levels);  // order[visual place] = logical index
        Leaf[] visual = new Leaf[order.length];
        for (int i = 0; i < order.length; i++) {
            visual[i] = leaves.get(order[i]);
        }
        // the places the pieces hold now, left to right, with the gaps between them (margins, borders)
        List<Leaf> places = new ArrayList<>(leaves);
        places.sort(java.util.Comparator.comparingInt(Leaf::left));
        if (java.util.Arrays.asList(visual).equals(places)) {
            return false;
        }
        Map<Object, Integer> shift = new IdentityHashMap<>();
        int x = places.get(0).left();
        for (int i = 0; i < visual.length; i++) {
            shift.put(visual[i].item(), x - visual[i].left());
            int gap = i + 1 < places.size()
                    ? Math.max(0, places.get(i + 1).left() - (places.get(i).left() + places.get(i).width())) : 0;
            x += visual[i].width() + gap;
        }
        for (int i = 0; i < line.getChildCount(); i++) {
            Box child = line.getChild(i);
            if (child instanceof InlineLayoutBox inline) {
                move(inline, shift);
            } else {
                child.setX(child.getX() + shift.getOrDefault(child, 0));
            }
        }
        line.calcChildLocations();
        return true;
    }

    private static boolean embedded(List<Leaf> leaves, int i, byte base) {
        return leaves.get(i).level() > base;
    }

    private static void collect(InlineLayoutBox box, byte base, List<Leaf> leaves) {
        for (Object child : box.getInlineChildren()) {
            if (child instanceof InlineText text) {
                boolean rtl = text.getTextDirection() == BidiSplitter.RTL;
                boolean blank = text.getSubstring().isBlank();
                byte level = blank ? -1 : (byte) (rtl == (base == 1) ? base : base + 1);
                leaves.add(new Leaf(text, box, box.getAbsX() + text.getX(), text.getWidth(), level));
            } else if (child instanceof InlineLayoutBox inline) {
                collect(inline, base, leaves);
            } else if (child instanceof Box b) {
                leaves.add(new Leaf(b, box, b.getAbsX(), b.getWidth(), (byte) -1));
            }
        }
    }

    /**
     * Moves an element's box by the distance all its pieces move, or, when they move apart, each
     * piece by its own. Text is placed relative to its element, boxes relative to the line.
     */
    private static void move(InlineLayoutBox box, Map<Object, Integer> shift) {
        Integer common = common(box, shift);
        if (common != null && common != 0) {
            box.setX(box.getX() + common);
            for (Object child : box.getInlineChildren()) {
                if (child instanceof Box b) {
                    moveBy(b, common);
                }
            }
            return;
        }
        if (common != null) {
            return;
        }
        for (Object child : box.getInlineChildren()) {
            if (child instanceof InlineText text) {
                text.setX(text.getX() + shift.getOrDefault(text, 0));
            } else if (child instanceof InlineLayoutBox inline) {
                move(inline, shift);
            } else if (child instanceof Box b) {
                b.setX(b.getX() + shift.getOrDefault(b, 0));
            }
        }
    }

    /** Moves a box placed relative to the line, and the boxes inside it placed so too. */
    private static void moveBy(Box box, int distance) {
        box.setX(box.getX() + distance);
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    moveBy(b, distance);
                }
            }
        }
    }

    /** The distance all the pieces inside {@code box} move, null when they move apart, 0 when it holds none. */
    private static Integer common(InlineLayoutBox box, Map<Object, Integer> shift) {
        Integer found = null;
        for (Object child : box.getInlineChildren()) {
            Integer d;
            if (child instanceof InlineLayoutBox inline) {
                d = common(inline, shift);
                if (d == null) {
                    return null;
                }
                if (!hasLeaves(inline)) {
                    continue;
                }
            } else {
                d = shift.getOrDefault(child, 0);
            }
            if (found == null) {
                found = d;
            } else if (!found.equals(d)) {
                return null;
            }
        }
        return found == null ? 0 : found;
    }

    private static boolean hasLeaves(InlineLayoutBox box) {
        for (Object child : box.getInlineChildren()) {
            if (!(child instanceof InlineLayoutBox inline) || hasLeaves(inline)) {
                return true;
            }
        }
        return false;
    }
}
