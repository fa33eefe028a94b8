package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shares out over a line what shaping changed in its words' widths against the layout's measure
 * (the layout measured the unshaped letters).
 */
final class LineWidths {

    /** Spaces never get narrower than this share of their width. */
    private static final float NARROWEST_SPACE = 0.65f;
    /** Words are never drawn narrower than this horizontal scaling. */
    private static final float NARROWEST_WORD = 0.92f;

    /**
     * Sets one line's spaces and word scaling so that what shaping changed in its words' widths
     * is taken up by the line: a wider word from the line's spaces (each keeping at least
     * {@link #NARROWEST_SPACE} of its width), then by drawing the widened words a little narrower;
     * a narrower word gives its room to the spaces of a justified line, or moves what follows
     * back. What comes after a run on the line moves by what the run gained.
     */
    static void balance(List<TextObject> groups, Map<Integer, Float> moved) {
        for (TextObject g : groups) {
            if (g.runs().contains(null)) {
                return;
            }
        }
        groups.sort(java.util.Comparator.comparingDouble(TextObject::x));
        float growth = 0;
        boolean justified = false;
        List<ShapedRun> runs = new ArrayList<>();
        for (TextObject g : groups) {
            runs.addAll(g.runs());
        }
        for (ShapedRun run : runs) {
            growth += run.growth;
            justified |= run.justified;
        }
        if (Math.abs(growth) < 0.01f) {
            return;
        }
        // the spaces between words: not those that end the line
        List<ShapedRun.Piece> spaces = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        List<ShapedRun.Piece> trailing = new ArrayList<>();
        List<Float> trailingWidths = new ArrayList<>();
        for (ShapedRun run : runs) {
            for (ShapedRun.Piece piece : run.pieces) {
                if (piece.space) {
                    trailing.add(piece);
                    trailingWidths.add(run.width(piece));
                } else {
                    spaces.addAll(trailing);
                    widths.addAll(trailingWidths);
                    trailing.clear();
                    trailingWidths.clear();
                }
            }
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (growth > 0) {
            float take = total > 0 ? Math.min(growth, total * (1 - NARROWEST_SPACE)) : 0;
            for (int i = 0; i < spaces.size(); i++) {
                spaces.get(i).delta = -take * widths.get(i) / total;
            }
            float left = growth - take;
            float shaped = 0;
            for (ShapedRun run : runs) {
                for (ShapedRun.Piece piece : run.pieces) {
                    if (piece.text != null) {
                        shaped += run.width(piece);
                    }
                }
            }
            if (left > 0 && shaped > 0) {
                float scale = Math.max(NARROWEST_WORD, 1 - left / shaped);
                for (ShapedRun run : runs) {
                    for (ShapedRun.Piece piece : run.pieces) {
                        if (piece.text != null) {
                            piece.scale = scale;
                        }
                    }
                }
            }
        } else if (justified && total > 0) {
            for (int i = 0; i < spaces.size(); i++) {
                spaces.get(i).delta = -growth * widths.get(i) / total;
            }
        }
        float shift = 0;
        for (TextObject g : groups) {
            if (shift != 0) {
                moved.put(g.tm() - 2, shift);
            }
            for (ShapedRun run : g.runs()) {
                shift += run.shift();
            }
        }
    }

    private LineWidths() {
    }
}
