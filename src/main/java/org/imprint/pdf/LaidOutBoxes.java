package org.imprint.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.LineBox;

/**
 * Every box of openhtmltopdf's finished layout, each once: the block and line boxes, the boxes
 * inside inline elements, and the bodies of page-foot notes, which hang off the lines that call
 * them rather than off the tree, and the boxes that hang off layers: an absolutely or relatively
 * positioned box (the Fieldstone cover's title block, {@code position: absolute}) is laid out by
 * its layer ({@link Layer#getChildren()}) and a float is held by its layer ({@link Layer#getFloats()}),
 * so a walk down the box tree alone missed them and their lines kept the library's logical order.
 * The repairs made after the last layout walk the layout with it.
 */
final class LaidOutBoxes {

    private LaidOutBoxes() {
    }

    /** Applies {@code repair} to every box under {@code root}; the sum of what it returns (how many boxes it changed). */
    static int sum(BlockBox root, ToIntFunction<Box> repair) {
        int[] changed = {0};
        Set<Box> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Box> action = box -> changed[0] += repair.applyAsInt(box);
        visit(root, seen, action);
        if (root.getLayer() != null) {
            visitLayer(root.getLayer(), seen, Collections.newSetFromMap(new IdentityHashMap<>()), action);
        }
        return changed[0];
    }

    /** The boxes of {@code layer} that the box tree does not reach: its master, floats and child layers'. */
    private static void visitLayer(Layer layer, Set<Box> seen, Set<Layer> seenLayers, Consumer<Box> action) {
        if (!seenLayers.add(layer)) {
            return;
        }
        visit(layer.getMaster(), seen, action);
        for (BlockBox floated : layer.getFloats()) {
            visit(floated, seen, action);
        }
        for (Layer child : layer.getChildren()) {
            visitLayer(child, seen, seenLayers, action);
        }
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
