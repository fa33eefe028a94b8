package org.imprint.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.newtable.TableCellBox;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.InlineBox;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;

/**
 * Paragraph-wide line breaking for openhtmltopdf, whose own breaker is greedy: after a first
 * layout, each justified paragraph is read from the box tree (its lines' widths, its texts and
 * their fonts), its words measured with openhtmltopdf's own text renderer, and its lines chosen
 * by {@link TotalFit}. Where those lines are better than the greedy ones, the break
 * opportunities greedy would take instead are taken away ({@link SteeredBreaks}, read by the
 * line breaker), and the next layout sets the chosen lines. The text itself is not changed.
 * That layout is then checked ({@link #release}): a paragraph not set as planned, or with a
 * short line, is given back to greedy.
 *
 * <p>Greedy's lines are never better than lines that keep each note call with the word it
 * follows: openhtmltopdf sets a call as an inline box of its own, and where the call does not fit
 * after its word it wraps the call alone to the next line ("the policy" / "¹ was"), never going
 * back to the word. The lines chosen part as few calls from their words as they can (only a
 * paragraph's first line cannot be helped: lines can only be made to break earlier), then are
 * the cheapest. Flush-left paragraphs keep greedy's lines unless those strand a call; then they
 * are chosen the same way.
 *
 * <p>A paragraph is left to greedy when it cannot be steered safely: right-to-left, centred or
 * set right, in a table cell, beside a float, with letter spacing, inline padding or an inline
 * block, or when this model of greedy does not find the lines the first layout found.
 */
final class ParagraphBreaking {

    /** openhtmltopdf's share of a line's slack that goes to word spaces (LineBox.JUSTIFY_SPACE_SHARE). */
    private static final double SPACE_SHARE = 0.8;
    /**
     * A line that is not its paragraph's last and whose words fill less than this share of the
     * measure is short: justification cannot spread it to the edge without gaping.
     */
    private static final double SHORT_LINE = 0.85;
    /** Room left for rounding between this model and the layout, in ems. */
    private static final double MARGIN_EM = 0.01;
    private static final char SOFT_HYPHEN = '\u00ad';

    private final SteeredBreaks steered;
    private final FSTextBreaker breaker;
    private final int hyphensInARow;
    /** The steered paragraphs, by their text: the lines planned and the opportunities taken away for them. */
    private final Map<String, Plan> plans = new HashMap<>();

    /**
     * @param steered where the chosen breaks go, for the line breaker to read
     * @param locale  the document's language, for the opportunities (as the layout finds them)
     */
    ParagraphBreaking(SteeredBreaks steered, Locale locale, boolean dictionary) {
        this(steered, locale, dictionary, org.imprint.brand.HyphenationSettings.MAX_CONSECUTIVE);
    }

    /**
     * @param steered       where the chosen breaks go, for the line breaker to read
     * @param locale        the document's language, for the opportunities (as the layout finds them)
     * @param hyphensInARow the most lines in a row that may end with a hyphen (the brand's limit)
     */
    ParagraphBreaking(SteeredBreaks steered, Locale locale, boolean dictionary, int hyphensInARow) {
        this.steered = steered;
        this.hyphensInARow = hyphensInARow;
        this.breaker = new ApostropheAwareLineBreaker(locale, dictionary);
    }

    /** One steered paragraph's lines (where its lines after the first start) and what was taken away to get them. */
    private record Plan(List<Integer> starts, Map<String, Set<Integer>> taken, boolean shortLine) {
    }

    /** What the planning found, for the curious. */
    record Outcome(int paragraphs, int steered, int unmodelled, int opportunitiesTaken) {
    }

    /**
     * Chooses the lines of every justified paragraph of the laid-out document; afterwards the
     * renderer must lay the document out again (when anything was steered).
     */
    Outcome plan(PdfBoxRenderer renderer) {
        steered.clear();
        plans.clear();
        LayoutContext c = renderer.getSharedContext().newLayoutContextInstance();
        c.setFontContext(new PdfBoxFontContext());
        Map<String, Boolean> seen = new IdentityHashMap<>();
        List<BlockBox> paragraphs = new ArrayList<>();
        collect(renderer.getRootBox(), false, paragraphs, seen);
        int steeredCount = 0;
        int unmodelled = 0;
        for (BlockBox block : paragraphs) {
            Paragraph p = Paragraph.read(block, c, breaker, steered, true, hyphensInARow);
            if (p == null) {
                continue;
            }
            if (!p.greedyMatchesLayout()) {
                unmodelled++;
                continue;
            }
            Plan planned = p.steer();
            if (planned != null) {
                plans.put(p.text, planned);
                steeredCount++;
            }
        }
        return new Outcome(paragraphs.size(), steeredCount, unmodelled, steered.size());
    }

    /**
     * Checks the layout made with the steered breaks: a steered paragraph that did not come out
     * in the lines planned for it (the plan and the layout disagreed, so the opportunities taken
     * away may have forced a line the plan did not expect) gets its opportunities back, and is
     * left to greedy. Returns how many paragraphs were released; when any, the caller must lay
     * the document out again.
     */
    int release(PdfBoxRenderer renderer) {
        if (plans.isEmpty()) {
            return 0;
        }
        LayoutContext c = renderer.getSharedContext().newLayoutContextInstance();
        c.setFontContext(new PdfBoxFontContext());
        List<BlockBox> paragraphs = new ArrayList<>();
        collect(renderer.getRootBox(), false, paragraphs, null);
        Set<String> asPlanned = new HashSet<>();
        for (BlockBox block : paragraphs) {
            Paragraph p = Paragraph.read(block, c, breaker, steered, false, hyphensInARow);
            Plan plan = p == null ? null : plans.get(p.text);
            if (plan != null && p.laidOutAt(plan.starts()) && (!p.shortLine || plan.shortLine())) {
                asPlanned.add(p.text);
            }
        }
        int released = 0;
        for (Map.Entry<String, Plan> e : plans.entrySet()) {
            if (!asPlanned.contains(e.getKey())) {
                e.getValue().taken().forEach(steered::give);
                released++;
            }
        }
        plans.keySet().retainAll(asPlanned);
        return released;
    }

    /**
     * Justified paragraphs outside tables go to {@code out}; with {@code seen}, every text of the
     * layout goes to {@link SteeredBreaks#know} as well.
     */
    private void collect(Box box, boolean inCell, List<BlockBox> out, Map<String, Boolean> seen) {
        boolean cell = inCell || box instanceof TableCellBox;
        if (box instanceof LineBox line) {
            for (int i = 0; seen != null && i < line.getChildCount(); i++) {
                knowTexts(line.getChild(i), seen);
            }
            return;
        }
        if (!cell && box instanceof BlockBox block && block.getChildCount() > 1 && block.getChild(0) instanceof LineBox
                && (justified(block) || ragged(block))) {
            out.add(block);
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), cell, out, seen);
        }
    }

    private static boolean justified(BlockBox block) {
        return block.getStyle().isIdent(CSSName.TEXT_ALIGN, IdentValue.JUSTIFY);
    }

    /** Set flush left (in a left-to-right paragraph): its lines are greedy's, unless greedy parts a call from its word. */
    private static boolean ragged(BlockBox block) {
        IdentValue align = block.getStyle().getIdent(CSSName.TEXT_ALIGN);
        return align == IdentValue.LEFT || align == IdentValue.START && block.getStyle().getDirection() != IdentValue.RTL;
    }

    private void knowTexts(Box box, Map<String, Boolean> seen) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text && text.getMasterText() != null
                        && seen.put(text.getMasterText(), Boolean.TRUE) == null) {
                    steered.know(text.getMasterText());
                } else if (child instanceof Box inner) {
                    knowTexts(inner, seen);
                }
            }
        } else if (box instanceof BlockBox block) {
            for (int i = 0; i < block.getChildCount(); i++) {
                Box child = block.getChild(i);
                if (child instanceof LineBox line) {
                    for (int j = 0; j < line.getChildCount(); j++) {
                        knowTexts(line.getChild(j), seen);
                    }
                } else {
                    knowTexts(child, seen);
                }
            }
        }
    }

    /** Whether {@code position} in a paragraph's text has no space on either side (see {@code Paragraph.glued}). */
    private static boolean gluedAt(CharSequence text, int position) {
        return position > 0 && position < text.length() && text.charAt(position - 1) != ' ' && text.charAt(position) != ' ';
    }

    /** One inline box's whole text, where it starts in the paragraph, and its font. */
    private record Piece(String text, int start, FSFont font) {
    }

    /**
     * The block's texts of white space only that no line holds: the layout drops such a text
     * (the space between two emphasised words, "<em>CGTN,</em> <em>Global</em>") where a line
     * breaks at it, yet sets it when the line runs on; the paragraph's text must count it either
     * way, or the lines planned for it are measured on a text one space short.
     */
    private static final class DroppedSpaces {
        private final List<InlineBox> texts = new ArrayList<>();
        private int next;

        DroppedSpaces(BlockBox block) {
            if (block.getInlineContent() != null) {
                for (Object s : block.getInlineContent()) {
                    if (s instanceof InlineBox box && box.getText() != null && !box.getText().isEmpty()
                            && box.getContentFunction() == null) {
                        texts.add(box);
                    }
                }
            }
        }

        /** The white-space-only texts between the last text seen and {@code master} (seen for the first time). */
        List<InlineBox> before(String master) {
            for (int i = next; i < texts.size(); i++) {
                if (texts.get(i).getText() == master) {
                    List<InlineBox> spaces = new ArrayList<>();
                    for (int j = next; j < i; j++) {
                        if (texts.get(j).getText().isBlank()) {
                            spaces.add(texts.get(j));
                        }
                    }
                    next = i + 1;
                    return spaces;
                }
            }
            return List.of();
        }
    }

    /** A justified paragraph as the model of greedy sees it. */
    private static final class Paragraph implements TotalFit.Paragraph {
        /** The brand's most hyphenated lines in a row. */
        private final int hyphensInARow;

        @Override
        public int hyphensInARow() {
            return hyphensInARow;
        }

        private final SteeredBreaks steered;
        private final Map<Long, Boolean> resolved = new java.util.HashMap<>();
        private final List<Piece> pieces;
        private final String text;
        /** Justified: its lines chosen by total fit; else flush left: greedy's lines, unless they part a call from its word. */
        private final boolean justified;
        private final int firstWidth;
        private final int width;
        private final double em;
        private final double spaceWidth;
        /** openhtmltopdf's caps on what justification adds to a word space and after a letter (-fs-max-justification-*). */
        private final double maxInterWord;
        private final double maxInterChar;
        private final int margin;
        /** Whether the layout has a short line ({@link #SHORT_LINE}) in this paragraph. */
        private boolean shortLine;
        /** The actual line starts of the first layout (positions in {@link #text}). */
        private final List<Integer> laidOut;
        // the opportunities, each with what the line breaker would need to know
        private final int[] at;
        private final int[] piece;
        private final boolean[] boundary;
        /** Width from the paragraph start to each opportunity, trailing spaces included. */
        private final long[] reach;
        /** What a line ending at each opportunity adds (a drawn hyphen) or drops (a trailing space) for its content width. */
        private final int[] hyphenExtra;
        private final int[] trailingSpace;
        private final int[] spaces;
        private final int[] letters;

        private Paragraph(List<Piece> pieces, String text, boolean justified, int firstWidth, int width, double em, double spaceWidth,
                          double maxInterWord, double maxInterChar, List<Integer> laidOut, TextRenderer renderer, LayoutContext c, FSTextBreaker breaker,
                          SteeredBreaks steered, int hyphensInARow) {
            this.steered = steered;
            this.hyphensInARow = hyphensInARow;
            this.pieces = pieces;
            this.text = text;
            this.justified = justified;
            this.firstWidth = firstWidth;
            this.width = width;
            this.em = em;
            this.spaceWidth = spaceWidth;
            this.maxInterWord = maxInterWord;
            this.maxInterChar = maxInterChar;
            this.margin = (int) Math.ceil(Math.max(2, MARGIN_EM * em));
            this.laidOut = laidOut;
            List<int[]> found = new ArrayList<>();
            for (int k = 0; k < pieces.size(); k++) {
                Piece pc = pieces.get(k);
                breaker.setText(pc.text());
                for (int b = breaker.next(); b > 0 && b < pc.text().length(); b = breaker.next()) {
                    found.add(new int[] {pc.start() + b, k, 0});
                }
                found.add(new int[] {pc.start() + pc.text().length(), k, 1});
            }
            int n = found.size();
            at = new int[n];
            piece = new int[n];
            boundary = new boolean[n];
            reach = new long[n];
            hyphenExtra = new int[n];
            trailingSpace = new int[n];
            spaces = new int[n + 1];
            letters = new int[n + 1];
            long total = 0;
            int from = 0;
            for (int i = 0; i < n; i++) {
                at[i] = found.get(i)[0];
                piece[i] = found.get(i)[1];
                boundary[i] = found.get(i)[2] == 1;
                Piece pc = pieces.get(piece[i]);
                int start = Math.max(from, pc.start());
                String segment = text.substring(start, at[i]);
                int w = renderer.getWidth(c.getFontContext(), pc.font(), segment);
                total += w;
                reach[i] = total;
                if (segment.endsWith(" ")) {
                    trailingSpace[i] = w - renderer.getWidth(c.getFontContext(), pc.font(), segment.substring(0, segment.length() - 1));
                } else if (segment.endsWith(String.valueOf(SOFT_HYPHEN))) {
                    hyphenExtra[i] = renderer.getWidth(c.getFontContext(), pc.font(), segment + '-') - w;
                }
                int sp = 0;
                int le = 0;
                for (int j = start; j < at[i]; j++) {
                    char ch = text.charAt(j);
                    if (InlineText.isJustifySpaceCodePoint(ch)) {
                        sp++;
                    } else if (ch != SOFT_HYPHEN && !Character.isISOControl(ch) && Character.getType(ch) != Character.FORMAT) {
                        le++;
                    }
                }
                spaces[i + 1] = spaces[i] + sp;
                letters[i + 1] = letters[i] + le;
                from = at[i];
            }
        }

        /**
         * The paragraph of {@code block}, or null when it is not one this model can steer; with
         * {@code strandedOnly} a flush-left paragraph only when its layout has a line that starts
         * between glued boxes (the model is not worth building for the others).
         */
        static Paragraph read(BlockBox block, LayoutContext c, FSTextBreaker breaker, SteeredBreaks steered,
                              boolean strandedOnly, int hyphensInARow) {
            CalculatedStyle style = block.getStyle();
            if (style.hasLetterSpacing() || style.getDirection() == IdentValue.RTL) {
                return null;
            }
            List<LineBox> lines = new ArrayList<>();
            for (int i = 0; i < block.getChildCount(); i++) {
                if (!(block.getChild(i) instanceof LineBox line) || line.isLayedOutRTL()
                        || (line.getFloatDistances() != null && (line.getFloatDistances().getLeftFloatDistance() != 0
                                || line.getFloatDistances().getRightFloatDistance() != 0))) {
                    return null;
                }
                lines.add(line);
            }
            Map<String, Integer> byText = new IdentityHashMap<>();
            List<Piece> pieces = new ArrayList<>();
            List<int[]> fragments = new ArrayList<>(); // piece index, start, end
            List<Integer> lineStartFragment = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            DroppedSpaces dropped = new DroppedSpaces(block);
            for (LineBox line : lines) {
                lineStartFragment.add(fragments.size());
                for (int i = 0; i < line.getChildCount(); i++) {
                    if (!readInline(line.getChild(i), block, c, byText, pieces, fragments, text, dropped)) {
                        return null;
                    }
                }
            }
            // every text whole, in order, each fragment after the one before
            int[] reached = new int[pieces.size()];
            int lastPiece = -1;
            for (int[] f : fragments) {
                if (f[0] < lastPiece || f[1] < reached[f[0]] || f[1] > reached[f[0]] + 1) {
                    return null;
                }
                lastPiece = f[0];
                reached[f[0]] = f[2];
            }
            for (int k = 0; k < pieces.size(); k++) {
                if (reached[k] < pieces.get(k).text().length() - 1) {
                    return null;
                }
            }
            List<Integer> laidOut = new ArrayList<>();
            for (int l = 1; l < lines.size(); l++) {
                int fi = lineStartFragment.get(l);
                if (fi >= fragments.size()) {
                    return null;
                }
                int[] f = fragments.get(fi);
                laidOut.add(pieces.get(f[0]).start() + f[1]);
            }
            boolean justified = justified(block);
            if (!justified && strandedOnly && laidOut.stream().noneMatch(start -> gluedAt(text, start)
                    && pieces.stream().anyMatch(pc -> pc.start() == start))) {
                return null; // greedy's lines, as they are
            }
            FSFont font = style.getFSFont(c);
            TextRenderer renderer = c.getTextRenderer();
            double em = font.getSize2D();
            double space = renderer.getWidth(c.getFontContext(), font, " ");
            int contentWidth = block.getContentWidth();
            int first = contentWidth - lines.get(0).getContentStart();
            int rest = lines.size() > 1 ? contentWidth - lines.get(1).getContentStart() : first;
            if (pieces.isEmpty() || em <= 0) {
                return null;
            }
            double maxWord = style.getFloatPropertyProportionalWidth(CSSName.FS_MAX_JUSTIFICATION_INTER_WORD, block.getWidth(), c);
            double maxChar = style.getFloatPropertyProportionalWidth(CSSName.FS_MAX_JUSTIFICATION_INTER_CHAR, block.getWidth(), c);
            Paragraph p = new Paragraph(pieces, text.toString(), justified, first, rest, em, space, maxWord, maxChar, laidOut,
                    renderer, c, breaker, steered, hyphensInARow);
            for (int l = 0; justified && l < lines.size() - 1; l++) {
                LineBox line = lines.get(l);
                p.shortLine |= !line.isEndsOnNL()
                        && line.getContentWidth() < SHORT_LINE * (contentWidth - line.getContentStart());
            }
            return p;
        }

        private static boolean readInline(Box box, BlockBox block, LayoutContext c, Map<String, Integer> byText,
                                          List<Piece> pieces, List<int[]> fragments, StringBuilder text,
                                          DroppedSpaces dropped) {
            if (!(box instanceof InlineLayoutBox inline)) {
                // a float (a note at the page foot) or an absolute box takes no room in the line
                return box.getStyle() != null && (box.getStyle().isFloated() || box.getStyle().isAbsolute()
                        || box.getStyle().isFootnote() || box.getStyle().isFixed());
            }
            CalculatedStyle style = inline.getStyle();
            if (style.hasLetterSpacing()
                    || style.getMarginBorderPadding(c, block.getContentWidth(), CalculatedStyle.LEFT) != 0
                    || style.getMarginBorderPadding(c, block.getContentWidth(), CalculatedStyle.RIGHT) != 0) {
                return false;
            }
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText t) {
                    if (t.getMasterText() == null || t.isDynamicFunction() || t.getLetterSpacing() != 0) {
                        return false;
                    }
                    if (t.getMasterText().isEmpty()) {
                        continue; // nothing to set, and no place to break
                    }
                    Integer index = byText.get(t.getMasterText());
                    if (index == null) {
                        for (InlineBox space : dropped.before(t.getMasterText())) {
                            if (text.isEmpty() || byText.containsKey(space.getText())) {
                                continue; // at the paragraph's start white space is never set
                            }
                            pieces.add(new Piece(space.getText(), text.length(), space.getStyle().getFSFont(c)));
                            text.append(space.getText());
                        }
                        index = pieces.size();
                        byText.put(t.getMasterText(), index);
                        pieces.add(new Piece(t.getMasterText(), text.length(), style.getFSFont(c)));
                        text.append(t.getMasterText());
                    }
                    if (t.getEnd() > t.getStart()) {
                        fragments.add(new int[] {index, t.getStart(), t.getEnd()});
                    }
                } else if (child instanceof Box inner && !readInline(inner, block, c, byText, pieces, fragments, text, dropped)) {
                    return false;
                }
            }
            return true;
        }

        private int available(int lineIndex) {
            return lineIndex == 0 ? firstWidth : width;
        }

        private long fitWidth(int from, int to) {
            return reach[to] - (from < 0 ? 0 : reach[from]) + hyphenExtra[to];
        }

        private boolean fits(int from, int to, int lineIndex, int slack) {
            long w = fitWidth(from, to);
            int avail = available(lineIndex) + slack;
            return hyphenExtra[to] > 0 ? w < avail : w <= avail;
        }

        private int start(int from) {
            return from < 0 ? 0 : at[from];
        }

        /** The lines greedy sets, as this model sees them: opportunity indexes, ending with the last. */
        List<Integer> greedy() {
            List<Integer> breaks = new ArrayList<>();
            int from = -1;
            int last = at.length - 1;
            while (from < last) {
                int line = breaks.size();
                int to = from + 1;
                if (!fits(from, last, line, 0) || hyphenExtra[last] != 0) {
                    while (to < last && fits(from, to + 1, line, 0)) {
                        to++;
                    }
                } else {
                    to = last;
                }
                breaks.add(to);
                from = to;
            }
            return breaks;
        }

        /** Whether greedy, as modelled, breaks where the first layout broke. */
        boolean greedyMatchesLayout() {
            List<Integer> g = greedy();
            List<Integer> starts = new ArrayList<>();
            for (int l = 0; l < g.size() - 1; l++) {
                starts.add(at[g.get(l)]);
            }
            return laidOutAt(starts);
        }

        /** Whether the layout's lines after the first start at {@code starts} (or a space later). */
        boolean laidOutAt(List<Integer> starts) {
            if (starts.size() != laidOut.size()) {
                return false;
            }
            for (int l = 0; l < laidOut.size(); l++) {
                int position = starts.get(l);
                int actual = laidOut.get(l);
                if (position != actual && !(actual == position + 1 && text.charAt(position) == ' ')) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int opportunities() {
            return at.length;
        }

        @Override
        public boolean hyphen(int i) {
            return hyphenExtra[i] != 0;
        }

        @Override
        public boolean overfull(int from, int to, int lineIndex) {
            return !fits(from, to, lineIndex, -margin);
        }

        @Override
        public boolean feasible(int from, int to, int lineIndex) {
            if (to == at.length - 1) {
                return true;
            }
            if (glued(to)) {
                // greedy breaks there only when the box after does not fit: then it must
                return !fits(from, to + 1, lineIndex, margin);
            }
            return steerableUpTo(from, to, lineIndex) >= 0;
        }

        /**
         * The opportunities after {@code to} that greedy would take on a line from {@code from}
         * (with room for rounding): the index of the first one it would not, or -1 when one of
         * them cannot be taken away.
         */
        private int steerableUpTo(int from, int to, int lineIndex) {
            int i = to + 1;
            for (; i < at.length && fits(from, i, lineIndex, margin); i++) {
                if (boundary[i] || i == at.length - 1
                        || !resolves(piece[i], Math.max(0, start(from) - pieces.get(piece[i]).start()))) {
                    return -1;
                }
            }
            return i;
        }

        /** {@link SteeredBreaks#resolves}, remembered: total fit asks for the same rests many times. */
        private boolean resolves(int pieceIndex, int localStart) {
            return resolved.computeIfAbsent(((long) pieceIndex << 32) | localStart,
                    k -> steered.resolves(pieces.get(pieceIndex).text(), localStart));
        }

        @Override
        public boolean parts(int i) {
            return glued(i);
        }

        @Override
        public double gapEm(int from, int to, int lineIndex) {
            long content = fitWidth(from, to) - trailingSpace[to];
            double slack = Math.max(0, available(lineIndex) - content);
            int sp = spaces[to + 1] - spaces[from + 1] - (trailingSpace[to] > 0 ? 1 : 0);
            int le = letters[to + 1] - letters[from + 1] + (hyphenExtra[to] > 0 ? 1 : 0);
            // as LineBox.justify shares the slack: with word spaces 80 % to them and 20 % between
            // letters; without (a line of Chinese, or one word) all of it between letters; each
            // share capped, and what the caps leave stays white at the line's end
            double spaceAdjust = sp > 0 ? Math.min(SPACE_SHARE * slack / sp, maxInterWord) : 0;
            double letterShare = sp > 0 ? 1 - SPACE_SHARE : 1;
            double letterAdjust = le > 1 ? Math.min(letterShare * slack / (le - 1), maxInterChar) : 0;
            double shortfall = slack - Math.max(0, sp) * spaceAdjust - Math.max(0, le - 1) * letterAdjust;
            // a line left short (a lone ideograph, a word alone) is as loose as the white it leaves
            double white = shortfall > margin ? shortfall : 0;
            if (sp <= 0) {
                return (spaceWidth + 4 * letterAdjust + white) / em;
            }
            return (spaceWidth + spaceAdjust + letterAdjust + white) / em;
        }

        /**
         * Whether opportunity {@code i} is where one inline box meets the next with no space
         * between: a word and the note call after it ("policy¹"), a word and the punctuation after
         * a link. It is no line end, yet greedy breaks there when the second box does not fit
         * where the first ends: it never goes back to the first box's last opportunity.
         */
        private boolean glued(int i) {
            return boundary[i] && i < at.length - 1 && gluedAt(text, at[i]);
        }

        /**
         * Chooses this paragraph's lines; the plan when they are better than greedy's and were
         * handed to the line breaker. Greedy's lines are the worst when they part a call from its
         * word: then any lines that keep them together are better.
         */
        Plan steer() {
            int[] greedy = greedy().stream().mapToInt(Integer::intValue).toArray();
            if (!justified && TotalFit.parted(this, greedy) == 0) {
                return null;
            }
            int[] chosen = TotalFit.breaks(this, spaceWidth / em);
            if (chosen == null || Arrays.equals(chosen, greedy) || !TotalFit.better(this, chosen, greedy, spaceWidth / em)) {
                return null;
            }
            Set<Integer> chosenSet = new TreeSet<>();
            for (int b : chosen) {
                chosenSet.add(b);
            }
            Map<Integer, Set<Integer>> taken = new TreeMap<>();
            int from = -1;
            for (int k = 0; k < chosen.length - 1; k++) {
                int upTo = steerableUpTo(from, chosen[k], k);
                if (upTo < 0) {
                    return null;
                }
                for (int i = chosen[k] + 1; i < upTo; i++) {
                    if (chosenSet.contains(i)) {
                        return null; // the next line would fit on this one: not a line total fit keeps
                    }
                    taken.computeIfAbsent(piece[i], x -> new TreeSet<>()).add(at[i] - pieces.get(piece[i]).start());
                }
                from = chosen[k];
            }
            if (taken.isEmpty()) {
                return null;
            }
            Map<String, Set<Integer>> byText = new HashMap<>();
            for (Map.Entry<Integer, Set<Integer>> e : taken.entrySet()) {
                steered.take(pieces.get(e.getKey()).text(), e.getValue());
                byText.put(pieces.get(e.getKey()).text(), e.getValue());
            }
            List<Integer> starts = new ArrayList<>();
            boolean shortLine = false;
            for (int k = 0; k < chosen.length - 1; k++) {
                starts.add(at[chosen[k]]);
                int lineStart = k == 0 ? -1 : chosen[k - 1];
                shortLine |= fitWidth(lineStart, chosen[k]) - trailingSpace[chosen[k]] < SHORT_LINE * available(k);
            }
            return new Plan(starts, byText, shortLine);
        }
    }
}
