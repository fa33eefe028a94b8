package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;

/**
 * Draws the number of a page-foot note set in the other direction than its article on the
 * article's side, as the e-book's and the web edition's endnotes have it (their item takes the
 * list's direction, its paragraph its own) and as the PDF's endnotes do: an Urdu article's note
 * that is mostly English ("Pakistan Bureau of Statistics، رپورٹ نمبر …") is a left-to-right
 * paragraph, and openhtmltopdf 1.1.31 put its {@code ::footnote-marker}, the first piece of its
 * first line, at the left, "1." beside the English words while every other note of the article
 * had its number at the right edge. After layout the number moves to the edge of the note's
 * first line on the article's side, reading as the article's other numbers (".1" from the left
 * in a right-to-left article), and the line's text closes up to the note's own side, where its
 * other lines start. The content stream keeps the number before the note's text, so the extracted
 * text and the tags read as before.
 *
 * <p>Runs after {@link VisualLineOrder}, which places the number at the start of the note's line.
 */
final class NoteNumberSides {

    private NoteNumberSides() {
    }

    /** Moves the numbers under {@code root} to their article's side where needed; returns how many it moved. */
    static int apply(com.openhtmltopdf.render.BlockBox root) {
        return LaidOutBoxes.sum(root, box -> box instanceof LineBox line && move(line) ? 1 : 0);
    }

    private static boolean move(LineBox line) {
        InlineLayoutBox marker = marker(line);
        if (marker == null || line.getParent() == null) {
            return false;
        }
        Element root = marker.getElement().getOwnerDocument().getDocumentElement();
        boolean articleRtl = root.getAttribute("dir").equalsIgnoreCase("rtl");
        if (line.isLayedOutRTL() == articleRtl) {
            return false;
        }
        int width = marker.getInlineWidth();
        // the note's content edges, in the line's own coordinates (its pieces are placed from its x)
        int left = -line.getX();
        int right = line.getParent().getContentWidth() - line.getX();
        int to = articleRtl ? right - width : left;
        // the rest of the line closes up, by the number's width, to the side the number leaves
        int others = articleRtl ? -width : width;
        turn(marker);
        for (int i = 0; i < line.getChildCount(); i++) {
            shiftExcept(line.getChild(i), marker, others);
        }
        VisualLineOrder.moveBy(marker, to - marker.getX());
        line.calcChildLocations();
        return true;
    }

    /** The note's number on this line: the box of its {@code ::footnote-marker}, null when the line has none. */
    private static InlineLayoutBox marker(Box box) {
        if (box instanceof InlineLayoutBox inline && inline.getElement() != null
                && inline.getElement().getTagName().equals("fs-footnote-marker")) {
            return inline;
        }
        if (box instanceof LineBox line) {
            for (int i = 0; i < line.getChildCount(); i++) {
                InlineLayoutBox found = marker(line.getChild(i));
                if (found != null) {
                    return found;
                }
            }
        } else if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    InlineLayoutBox found = marker(b);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Turns the number's pieces ("1" and ".") end for end inside its box: laid out in the note's
     * direction, it reads as the article's ("1." at the right of a right-to-left article reads
     * ".1" from the left, as its other notes' numbers do).
     */
    private static void turn(InlineLayoutBox marker) {
        List<InlineText> texts = new ArrayList<>();
        List<InlineLayoutBox> owners = new ArrayList<>();
        texts(marker, texts, owners);
        if (texts.size() < 2) {
            return;
        }
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (int i = 0; i < texts.size(); i++) {
            int x = owners.get(i).getX() + texts.get(i).getX();
            start = Math.min(start, x);
            end = Math.max(end, x + texts.get(i).getWidth());
        }
        for (int i = 0; i < texts.size(); i++) {
            InlineText text = texts.get(i);
            int x = owners.get(i).getX() + text.getX();
            text.setX(text.getX() + (start + end - (x + text.getWidth())) - x);
        }
    }

    private static void texts(InlineLayoutBox box, List<InlineText> texts, List<InlineLayoutBox> owners) {
        for (Object child : box.getInlineChildren()) {
            if (child instanceof InlineText text && !text.getSubstring().isEmpty()) {
                texts.add(text);
                owners.add(box);
            } else if (child instanceof InlineLayoutBox inline) {
                texts(inline, texts, owners);
            }
        }
    }

    /**
     * Moves a piece of the line by {@code distance}, all but the number: a box that holds the
     * number stays, and its other pieces move (text is placed relative to its box, boxes relative
     * to the line).
     */
    private static void shiftExcept(Box box, InlineLayoutBox marker, int distance) {
        if (box == marker) {
            return;
        }
        if (!(box instanceof InlineLayoutBox inline) || marker(inline) == null) {
            VisualLineOrder.moveBy(box, distance);
            return;
        }
        for (Object child : inline.getInlineChildren()) {
            if (child instanceof InlineText text) {
                text.setX(text.getX() + distance);
            } else if (child instanceof Box b) {
                shiftExcept(b, marker, distance);
            }
        }
    }

}
