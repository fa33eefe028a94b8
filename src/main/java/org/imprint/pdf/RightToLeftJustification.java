package org.imprint.pdf;


import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.LineBox;

/**
 * Puts the texts of justified right-to-left lines where their justification leaves them.
 * openhtmltopdf 1.1.31 justifies such a line ({@code LineBox.adjustChildrenRTL}) by widening each
 * text and moving it left by what the texts before it, and it, gained; an inline element's box
 * (placed relative to the line) then moves left by all its own texts gained as well, but its texts
 * (placed relative to their element) had moved left by that already. So the texts of every element
 * inside a line (an isolated quotation, a language span, an emphasis) stood left of their place by
 * what justification gave their element: in an Urdu line "(2026)" overlapped the ” after it by 2 pt,
 * and a gap of 10 pt opened on the other side of an element with many spaces. An element directly
 * on the line had the opposite fault: its texts were right, but its box did not move, so its
 * underline and link area reached past the line's end.
 *
 * <p>Here each element's texts move back right by what justification gave the element (as it
 * computes it: {@link InlineText#calcTotalAdjustment}), and an element directly on the line moves
 * left by as much, which leaves its texts where they were. Runs once, after the last layout and
 * before {@link VisualLineOrder} reads the pieces' places.
 */
final class RightToLeftJustification {

    private RightToLeftJustification() {
    }

    /** Repairs the justified right-to-left lines under {@code root}; returns how many it changed. */
    static int apply(BlockBox root) {
        return LaidOutBoxes.sum(root, box -> box instanceof LineBox line && repair(line) ? 1 : 0);
    }

    /** Repairs one line, when it is right to left and justified; whether anything moved. */
    private static boolean repair(LineBox line) {
        JustificationInfo info = line.getJustificationInfo();
        if (!line.isLayedOutRTL() || info == null) {
            return false;
        }
        boolean moved = false;
        for (int i = 0; i < line.getChildCount(); i++) {
            if (line.getChild(i) instanceof InlineLayoutBox inline) {
                int gained = Math.round(repair(inline, info));
                if (gained != 0) {
                    // the box did not move by what its own texts gained (adjustChildrenRTL moves
                    // a box on the line by what came before it only)
                    inline.setX(inline.getX() - gained);
                    moved = true;
                }
            }
        }
        if (moved) {
            line.calcChildLocations();
        }
        return closeUp(line) || moved;
    }

    /**
     * Puts the line's box over its texts again. {@code adjustChildrenRTL} widens the line by what
     * justification gave it, but keeps its left edge where the unjustified line began, and moves
     * its pieces left instead: the box reached past the block's right edge by the gain, and the
     * marker of a list item, which openhtmltopdf draws right of its first line's box, stood that
     * far in the margin, outside the page's clip (an endnote's "5." was never seen). Here the box
     * moves left by the gain and its pieces right by as much, so that nothing drawn moves.
     */
    private static boolean closeUp(LineBox line) {
        // a line beside no float has no distances
        int end = line.getParent().getContentWidth()
                - (line.getFloatDistances() == null ? 0 : line.getFloatDistances().getRightFloatDistance());
        int overrun = line.getX() + line.getContentWidth() - end;
        if (overrun <= 0) {
            return false;
        }
        line.setX(line.getX() - overrun);
        for (int i = 0; i < line.getChildCount(); i++) {
            shift(line.getChild(i), overrun);
        }
        line.calcCanvasLocation();
        line.calcChildLocations();
        return true;
    }

    /** Moves a box placed relative to the line, and the boxes inside it, which are placed so too. */
    private static void shift(Box box, int distance) {
        box.setX(box.getX() + distance);
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    shift(b, distance);
                }
            }
        }
    }

    /**
     * Moves the texts of {@code box}, and of the elements inside it, right by what their element
     * gained; returns what {@code box} gained, as {@code adjustHorizontalPositionRTL} added it to
     * the box's width.
     */
    private static float repair(InlineLayoutBox box, JustificationInfo info) {
        float gained = 0;
        for (Object child : box.getInlineChildren()) {
            if (child instanceof InlineText text) {
                gained += text.calcTotalAdjustment(info);
            } else if (child instanceof InlineLayoutBox inline) {
                gained += repair(inline, info);
            }
        }
        int back = Math.round(gained);
        if (back != 0) {
            for (Object child : box.getInlineChildren()) {
                if (child instanceof InlineText text) {
                    text.setX(text.getX() + back);
                }
            }
        }
        return gained;
    }
}
