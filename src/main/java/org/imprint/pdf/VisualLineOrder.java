package org.imprint.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

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
 * <p>Levels come from ICU's bidirectional algorithm, resolved over the paragraph's text (the
 * lines of a block) and reordered line by line (UAX #9 3.3, 3.4), as openhtmltopdf split the
 * paragraph into runs ({@link BidiRuns}): resolved over one line alone, the neutrals at a line's
 * ends took the line's direction, and a line of a quoted Urdu phrase had its last piece at the
 * English level. A piece takes the lowest level of its characters but whitespace (its own text
 * is reordered inside it when drawn). A note call is a bidi isolate (as the {@code dir} on its
 * element makes it in the e-book and the web edition; in the PDF's markup it keeps the call's
 * digits out of the paragraph openhtmltopdf splits): it belongs to the paragraph, not to the phrase it
 * follows, so it stands after that phrase in the paragraph's direction, to the right of an
 * Arabic phrase in an English line, to the left of an English phrase in an Urdu line. So is the
 * number that begins a page-foot note, which must not join a number the note begins with. An element
 * whose pieces all move by the same distance moves as a whole, with its underline and link area.
 */
final class VisualLineOrder {

    private VisualLineOrder() {
    }

    /** Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, around the text of a note call or a note's number. */
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';
    /** Unicode RIGHT-TO-LEFT ISOLATE and LEFT-TO-RIGHT ISOLATE, around a note's number. */
    private static final char RLI = '\u2067';
    private static final char LRI = '\u2066';

    /**
     * One piece of a line: text, or an atomic box (an image, an inline block); {@code isolates}
     * are the note call, note number or isolates it belongs to, outermost first (a citation's
     * isolate holds the isolate of an Arabic place in it).
     */
    private record Leaf(Object item, InlineLayoutBox parent, int left, int width, byte level, List<Box> isolates) {
    }

    /** Reorders the lines under {@code root}; returns how many lines it changed. */
    static int apply(BlockBox root) {
        return LaidOutBoxes.sum(root, VisualLineOrder::reorderLinesOf);
    }

    /** Reorders the lines of one block, which are one paragraph; how many changed. */
    private static int reorderLinesOf(Box box) {
        if (box instanceof InlineLayoutBox) {
            return 0;
        }
        List<LineBox> lines = new ArrayList<>();
        for (int i = 0; i < box.getChildCount(); i++) {
            if (box.getChild(i) instanceof LineBox line) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? 0 : reorder(lines);
    }

    /** Moves the pieces of a paragraph's lines to their visual places; how many lines changed. */
    static int reorder(List<LineBox> paragraph) {
        byte base = (byte) (paragraph.get(0).isLayedOutRTL() ? 1 : 0);
        List<List<Leaf>> lines = new ArrayList<>();
        for (LineBox line : paragraph) {
            List<Leaf> leaves = new ArrayList<>();
            for (int i = 0; i < line.getChildCount(); i++) {
                Box child = line.getChild(i);
                if (child instanceof InlineLayoutBox inline) {
                    collect(inline, base, leaves, List.of());
                } else {
                    leaves.add(new Leaf(child, null, child.getAbsX(), child.getWidth(), (byte) -1, List.of()));
                }
            }
            lines.add(leaves);
        }
        if (lines.stream().noneMatch(leaves -> mixed(leaves, base))) {
            return 0;
        }
        ParagraphText text = ParagraphText.of(lines, base);
        int changed = 0;
        for (int i = 0; i < paragraph.size(); i++) {
            if (mixed(lines.get(i), base) && place(paragraph.get(i), lines.get(i), text.visualOrder(i))) {
                changed++;
            }
        }
        return changed;
    }

    /** Whether a line holds pieces of the other direction and something besides. */
    private static boolean mixed(List<Leaf> leaves, byte base) {
        return leaves.size() >= 2 && leaves.stream().anyMatch(l -> l.level() > base);
    }

    /** Moves the line's pieces to the places of {@code visual}, left to right; whether any moved. */
    private static boolean place(LineBox line, List<Leaf> leaves, Leaf[] visual) {
        // the places the pieces hold now, left to right, with the gaps between them (margins, borders)
        List<Leaf> places = new ArrayList<>(leaves);
        places.sort(java.util.Comparator.comparingInt(Leaf::left));
        if (java.util.Arrays.asList(visual).equals(places)) {
            return false;
        }
        Map<Object, Integer> shift = new IdentityHashMap<>();
        int left = places.get(0).left();
        int right = left;
        boolean overlap = false;
        for (Leaf place : places) {
            overlap |= place.left() < right;
            right = Math.max(right, place.left() + place.width());
        }
        int width = places.stream().mapToInt(Leaf::width).sum();
        // openhtmltopdf 1.1.31 sets an element continued from the line before, in a right-to-left
        // line, over the text after it (a citation's "[2, p. 34]" over the Hebrew words it
        // follows): its places then tell nothing of gaps, and the pieces put one after the other
        // from its left ran past the page's edge. Then the pieces close up, ending where the line
        // ends (or, when the overlap left the line too short, where their widths make it end).
        int x = !overlap ? left : line.isLayedOutRTL() ? Math.max(right, left + width) - width : left;
        for (int i = 0; i < visual.length; i++) {
            shift.put(visual[i].item(), x - visual[i].left());
            int gap = !overlap && i + 1 < places.size()
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

    /**
     * A paragraph's text for the bidirectional algorithm: its lines' pieces one after another, an
     * atomic box as an object replacement character. A note call's text stands between FSI and
     * PDI, and those two take part in the reordering at their own levels (those of neutrals
     * between the call's neighbours): they keep the call's digits, a level above, from joining
     * the phrase of the other direction before it. A note's number stands between RLI or LRI (the
     * line's direction) and PDI: its digits do not join a number that begins the note.
     *
     * @param units  per line, its pieces with null for an FSI, RLI, LRI or PDI
     * @param starts per line, where each unit's text starts, and where the line ends
     */
    private record ParagraphText(Bidi bidi, List<List<Leaf>> units, List<List<Integer>> starts, String text) {

        static ParagraphText of(List<List<Leaf>> lines, byte base) {
            StringBuilder text = new StringBuilder();
            List<List<Leaf>> units = new ArrayList<>();
            List<List<Integer>> starts = new ArrayList<>();
            for (List<Leaf> leaves : lines) {
                List<Leaf> lineUnits = new ArrayList<>();
                List<Integer> lineStarts = new ArrayList<>();
                // an isolate that goes on to the next line ends with this one, and opens again there
                List<Box> before = List.of();
                for (Leaf leaf : leaves) {
                    List<Box> isolates = leaf.isolates();
                    int common = common(before, isolates);
                    for (int k = before.size(); k > common; k--) {
                        lineUnits.add(null);
                        lineStarts.add(text.length());
                        text.append(PDI);
                    }
                    for (int k = common; k < isolates.size(); k++) {
                        lineUnits.add(null);
                        lineStarts.add(text.length());
                        text.append(opening(isolates.get(k), base));
                    }
                    lineUnits.add(leaf);
                    lineStarts.add(text.length());
                    text.append(leaf.item() instanceof InlineText t ? t.getSubstring() : "\uFFFC");
                    before = isolates;
                }
                for (int k = before.size(); k > 0; k--) {
                    lineUnits.add(null);
                    lineStarts.add(text.length());
                    text.append(PDI);
                }
                lineStarts.add(text.length());
                units.add(lineUnits);
                starts.add(lineStarts);
            }
            // a preserved line break is a break in the line, not a new paragraph
            String paragraph = text.toString().replaceAll("[\\n\\r\\u0085\\u001C-\\u001E\\u2029]", " ");
            Bidi bidi = new Bidi();
            bidi.setPara(paragraph, base == 1 ? Bidi.RTL : Bidi.LTR, null);
            return new ParagraphText(bidi, units, starts, paragraph);
        }

        /**
         * The pieces of line {@code line} in visual order, left to right: levels resolved over
         * the paragraph, reordered within the line. A piece takes the lowest level of its
         * characters but whitespace, which the algorithm puts at the paragraph's level at a
         * line's end (L1) while the piece's letters stay where they are; numbers inside a phrase
         * of the other direction keep their level above it, so "3.4" after a Hebrew word stays "3.4".
         */
        /** How many isolates, from the outermost, two pieces share. */
        private static int common(List<Box> a, List<Box> b) {
            int n = 0;
            while (n < a.size() && n < b.size() && a.get(n) == b.get(n)) {
                n++;
            }
            return n;
        }

        Leaf[] visualOrder(int line) {
            List<Leaf> lineUnits = units.get(line);
            List<Integer> lineStarts = starts.get(line);
            int from = lineStarts.get(0);
            int to = lineStarts.get(lineStarts.size() - 1);
            Bidi lineBidi = to > from ? bidi.setLine(from, to) : null;
            byte[] levels = new byte[lineUnits.size()];
            for (int i = 0; i < levels.length; i++) {
                byte level = Byte.MAX_VALUE;
                byte blank = Byte.MAX_VALUE;
                for (int c = lineStarts.get(i); c < lineStarts.get(i + 1); c++) {
                    byte at = lineBidi.getLevelAt(c - from);
                    if (Character.isWhitespace(text.charAt(c))) {
                        blank = (byte) Math.min(blank, at);
                    } else {
                        level = (byte) Math.min(level, at);
                    }
                }
                level = level != Byte.MAX_VALUE ? level : blank;
                // an empty piece goes with the one before it: a level of its own could split a run in two
                levels[i] = level != Byte.MAX_VALUE ? level : i > 0 ? levels[i - 1] : (byte) bidi.getParaLevel();
            }
            int[] order = Bidi.reorderVisual(levels);  // order[visual place] = logical index
            List<Leaf> visual = new ArrayList<>();
            for (int index : order) {
                if (lineUnits.get(index) != null) {
                    visual.add(lineUnits.get(index));
                }
            }
            return visual.toArray(Leaf[]::new);
        }
    }

    private static void collect(InlineLayoutBox box, byte base, List<Leaf> leaves, List<Box> isolates) {
        List<Box> within = isolates;
        if (isIsolate(box)) {
            List<Box> inner = new ArrayList<>(isolates);
            inner.add(box);
            within = List.copyOf(inner);
        }
        for (Object child : box.getInlineChildren()) {
            if (child instanceof InlineText text) {
                boolean rtl = text.getTextDirection() == BidiSplitter.RTL;
                boolean blank = text.getSubstring().isBlank();
                byte level = blank ? -1 : (byte) (rtl == (base == 1) ? base : base + 1);
                leaves.add(new Leaf(text, box, box.getAbsX() + text.getX(), text.getWidth(), level, within));
            } else if (child instanceof InlineLayoutBox inline) {
                collect(inline, base, leaves, within);
            } else if (child instanceof Box b) {
                leaves.add(new Leaf(b, box, b.getAbsX(), b.getWidth(), (byte) -1, within));
            }
        }
    }

    /**
     * Whether the box is a bidi isolate: a note call, or the number that begins a page-foot note.
     * A call is the {@code sup.note-ref} of an endnote or of a note called from a note
     * (markdown/BodyNodeRenderer), a superscript citation's {@code sup dir}, or a page-foot note's {@code ::footnote-call}, whose box
     * openhtmltopdf gives the link it makes to the note, an {@code a} element with
     * {@code href="#fs-footnote-N"}. The note's {@code ::footnote-marker} gets the link's target, an
     * {@code fs-footnote-marker} element (both made by its BoxBuilder; the boxes do not keep the
     * pseudo-element's name): generated like a list item's marker, it stands apart from the text
     * after it, or its digits would join a number that begins the note ("2." before "2025 ..." in
     * an Urdu note printed as one number run). List markers need nothing here: openhtmltopdf
     * paints them beside the line, not as pieces of it.
     */
    private static boolean isIsolate(InlineLayoutBox box) {
        Element element = box.getElement();
        if (element == null) {
            return false;
        }
        if (IsolateSpans.isIsolate(element)) {
            return true;
        }
        return switch (element.getTagName()) {
            // a numeric style's superscript citation carries dir as a call does (markdown/BodyNodeRenderer)
            case "sup" -> (" " + element.getAttribute("class") + " ").contains(" note-ref ") || !element.getAttribute("dir").isEmpty();
            case "a" -> element.getAttribute("href").startsWith("#fs-footnote-");
            case "fs-footnote-marker" -> true;
            default -> false;
        };
    }

    /**
     * The character that opens the isolate {@code box} stands in: a note's number takes its line's
     * direction, a quotation's isolate ({@link IsolateSpans}) the one its text opens with, a note
     * call the direction of its first letter.
     */
    private static char opening(Box box, byte base) {
        if (isMarker(box)) {
            return base == 1 ? RLI : LRI;
        }
        if (box.getElement() != null && IsolateSpans.isIsolate(box.getElement())) {
            return IsolateSpans.opening(box.getElement());
        }
        return FSI;
    }

    /**
     * Whether the box is a note's number: isolated in the direction of its line, as a browser
     * isolates a list item's {@code ::marker}, so "1." at the head of a right-to-left note reads
     * ".1" from the left, its full stop on the note's side, as the e-book's reading systems set it.
     */
    private static boolean isMarker(Box box) {
        return box.getElement() != null && box.getElement().getTagName().equals("fs-footnote-marker");
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
    static void moveBy(Box box, int distance) {
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
