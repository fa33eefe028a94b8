package org.imprint.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.LineBox;

/**
 * Every box of openhtmltopdf's finished layout, each once: the block and line boxes, the boxes
 * inside inline elements, and the bodies of page-foot notes, which hang off the lines that call
 * them rather than off the tree. The repairs made after the last layout walk the layout with it.
 */
final class LaidOutBoxes {

    private LaidOutBoxes() {
    }

    /** Applies {@code repair} to every box under {@code root}; the sum of what it returns (how many boxes it changed). */
    static int sum(BlockBox root, ToIntFunction<Box> repair) {
        int[] changed = {0};
        visit(root, Collections.newSetFromMap(new IdentityHashMap<>()), box -> changed[0] += repair.applyAsInt(box));
        return changed[0];
    }

    private static void visit(Box box, Set<Box> seen, Consumer<Box> action) {
        if (!seen.add(box)) {
            return;
        }
        if (box instanceof LineBox line && line.hasFootnotes()) {
            for (BlockBox note : line.getReferencedFootnoteBodies()) {
                visit(note, seen, action);
            }
        }
        action.accept(box);
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    visit(b, seen, action);
                }
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            visit(box.getChild(i), seen, action);
        }
    }
}
