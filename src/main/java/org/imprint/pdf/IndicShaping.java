package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Shapes Devanagari, Bengali and Thai text after layout: conjuncts, half forms, reph, pre-base
 * vowel signs (ि, ি, ে) and marks placed over or under their letter or mark (a Thai tone mark over
 * an upper vowel: ที่), by the font's GSUB and GPOS tables, through the JDK's HarfBuzz layout
 * ({@link PlacedWord}).
 *
 * <p>openhtmltopdf draws text letter by letter through the font's character map, and where it
 * justifies a line it draws every letter on its own; PDFBox's shaping in {@code showText} would
 * see either a whole run or single letters, and its glyphs have no text; nor does it apply GPOS.
 * So this pass rewrites each run drawn in such a font: the letters are
 * read back from the glyphs (one glyph per letter, by the character map), each word is shaped,
 * and each shaped word is marked with its letters as {@code /ActualText}, so that its text reads
 * as written. The layout measured each word shaped ({@link ShapedMeasure}), so a shaped word
 * ends where the layout set what follows it; the spacing a justified line gives its letters
 * stays with each letter's cluster. Where openhtmltopdf drew one string in several fonts, the
 * pieces after a shaped word move by what shaping added ({@link #moves}). The line's text objects
 * are drawn left to right ({@link ReadingOrder}). Glyphs that shaping made
 * (a conjunct) get the letters they stand for in the font's ToUnicode map, as PDF/A-2u asks of
 * every glyph ({@link ShapedToUnicode}); a mark that GPOS raises or lowers is drawn with a text
 * rise ({@code Ts}).
 */
final class IndicShaping {

    /** The scripts whose PDFBox shaping is complete enough to use (and tested here). */
    static final Set<Character.UnicodeScript> SCRIPTS = EnumSet.of(Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.THAI);
    private static final COSName MARK = COSName.getPDFName(ShapedMeasure.MARK);

    private final PDDocument document;
    private final Map<COSDictionary, ShapedFace> faces;

    private IndicShaping(PDDocument document, Map<COSDictionary, ShapedFace> faces) {
        this.document = document;
        this.faces = faces;
    }

    /**
     * Shapes the text the document draws in fonts of a shaped script.
     *
     * @param shaped the fonts the layout loaded whose text is shaped, as it measured it
     * @return how to save the document so that the glyphs shaping made have their text
     */
    static ShapedToUnicode apply(PDDocument document, ShapedFaces shaped) throws IOException {
        if (shaped.isEmpty()) {
            return new ShapedToUnicode(Map.of(), false);
        }
        Map<COSDictionary, ShapedFace> faces = new LinkedHashMap<>();
        for (ShapedFace face : shaped.all()) {
            faces.put(face.font().getCOSObject(), face);
        }
        IndicShaping shaping = new IndicShaping(document, faces);
        for (PDPage page : document.getPages()) {
            shaping.page(page);
        }
        return ShapedToUnicode.of(faces.values());
    }

    private void page(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> parsed = parser.parse();
        PDResources resources = page.getResources();
        COSDictionary fontResources = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fontResources == null) {
            return;
        }
        List<Object> tokens = new ArrayList<>(parsed.size());
        int[] strings = unmark(parsed, tokens);
        Map<COSDictionary, GlyphMetrics> metrics = new HashMap<>();
        List<TextObject> groups = new ArrayList<>();
        Deque<COSDictionary> saved = new ArrayDeque<>();
        COSDictionary current = null;
        float size = 0;
        TextObject group = null;
        int bt = -1;
        Set<TextObject> indic = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean anyShaped = false;
        int first = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (!(tokens.get(k) instanceof Operator op)) {
                continue;
            }
            int operandCount = k - first;
            List<Object> operands = tokens.subList(first, k);
            switch (op.getName()) {
                case "q" -> saved.push(current == null ? new COSDictionary() : current);
                case "Q" -> {
                    COSDictionary restored = saved.isEmpty() ? null : saved.pop();
                    current = restored == null || restored.size() == 0 ? null : restored;
                }
                case "BT", "ET" -> {
                    group = null;
                    bt = k;
                }
                case "Tf" -> {
                    current = operandCount == 2 && operands.get(0) instanceof COSName font
                            && fontResources.getDictionaryObject(font) instanceof COSDictionary dict ? dict : null;
                    size = operandCount == 2 && operands.get(1) instanceof COSNumber n ? n.floatValue() : 0;
                }
                case "Tm" -> {
                    group = null;
                    if (operandCount == 6 && operands.stream().allMatch(o -> o instanceof COSNumber)) {
                        float[] m = new float[6];
                        for (int i = 0; i < 6; i++) {
                            m[i] = ((COSNumber) operands.get(i)).floatValue();
                        }
                        // horizontal text at its size (a synthetic oblique only slants it)
                        if (m[0] == 1 && m[1] == 0 && m[3] == 1) {
                            group = new TextObject(bt, k, m[4], m[5], strings[k], new ArrayList<>());
                            groups.add(group);
                        }
                    }
                }
                case "Td", "TD", "T*", "'", "\"", "Tz", "Tc", "Tw" -> group = null;
                case "Tj", "TJ" -> {
                    COSArray array = null;
                    if (operandCount == 1 && operands.get(0) instanceof COSString s) {
                        array = new COSArray();
                        array.add(s);
                    } else if (operandCount == 1 && operands.get(0) instanceof COSArray a) {
                        array = a;
                    }
                    ShapedFace face = current == null ? null : faces.get(current);
                    GlyphMetrics m = current == null ? null : metrics.computeIfAbsent(current,
                            dict -> face != null ? GlyphMetrics.of(face) : GlyphMetrics.of(resources, fontResources, dict));
                    ShapedRun run = array == null || m == null ? null : ShapedRun.read(first, k, face, m, size, array);
                    if (run != null && run.shaped) {
                        anyShaped = true;
                    }
                    if (group != null && run != null) {
                        group.runs().add(run);
                        if (face != null) {
                            indic.add(group);
                        }
                    } else if (run != null && run.shaped) {
                        groups.add(new TextObject(-1, -1, Float.NaN, Float.NaN, strings[k], new ArrayList<>(List.of(run))));
                    } else if (group != null) {
                        // a run that cannot be measured: its line is left as laid out
                        group.runs().add(null);
                    }
                }
                default -> { }
            }
            first = k + 1;
        }
        if (!anyShaped) {
            if (tokens.size() < parsed.size()) {
                write(page, tokens);
            }
            return;
        }
        Map<Integer, Float> moved = moves(groups);
        // a line: the text objects whose baselines lie within half a font size of each other,
        // so that a note call (raised) is drawn in its place in the line
        List<TextObject> placed = new ArrayList<>();
        for (TextObject g : groups) {
            if (!Float.isNaN(g.y()) && !g.runs().isEmpty()) {
                placed.add(g);
            }
        }
        placed.sort(java.util.Comparator.comparingDouble(TextObject::y));
        List<List<TextObject>> lines = new ArrayList<>();
        List<TextObject> line = new ArrayList<>();
        float lineY = 0;
        float tolerance = 0;
        for (TextObject g : placed) {
            if (!line.isEmpty() && g.y() - lineY > tolerance) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineY = g.y();
                tolerance = 0;
            }
            for (ShapedRun run : g.runs()) {
                tolerance = Math.max(tolerance, run == null ? 0 : run.size / 2);
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        int[] states = ReadingOrder.states(tokens);
        Map<Integer, int[]> slots = new HashMap<>();
        for (List<TextObject> l : lines) {
            if (l.stream().anyMatch(indic::contains)) {
                ReadingOrder.order(l, tokens, states, slots);
            }
        }
        List<Object> out = new ArrayList<>(tokens.size());
        Map<Integer, ShapedRun> byStart = new HashMap<>();
        for (TextObject g : groups) {
            for (ShapedRun run : g.runs()) {
                if (run != null && run.shaped) {
                    byStart.put(run.from, run);
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            int[] slot = slots.get(k);
            if (slot != null) {
                emit(tokens, slot[0], slot[1], byStart, moved, out);
                k = slot[2];
            } else {
                k = emit(tokens, k, k, byStart, moved, out);
            }
        }
        write(page, out);
    }

    /**
     * Where one string is drawn in several fonts, openhtmltopdf sets each font's piece (a text
     * object) after the unshaped width of the pieces before it: each piece after a shaped one
     * moves by what shaping added before it in its string. Returns the moves by the index of the
     * x of the pieces' {@code Tm}.
     */
    private static Map<Integer, Float> moves(List<TextObject> groups) {
        Map<Integer, Float> moved = new HashMap<>();
        Map<Integer, Float> added = new HashMap<>();
        for (TextObject g : groups) {
            if (g.string() == 0) {
                continue;
            }
            float shift = added.getOrDefault(g.string(), 0f);
            if (shift != 0 && g.tm() >= 0) {
                moved.put(g.tm() - 2, shift);
            }
            for (ShapedRun run : g.runs()) {
                shift += run == null ? 0 : run.growth;
            }
            added.put(g.string(), shift);
        }
        return moved;
    }

    private void write(PDPage page, List<Object> tokens) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(tokens);
        }
        page.setContents(stream);
    }

    /**
     * Copies a page's tokens to {@code kept} without the marks {@link ShapedMeasure} puts around
     * each string it draws with a letter of a shaped script; returns, for each token kept, the
     * number of the string it was drawn in (from 1), or 0 outside them.
     */
    static int[] unmark(List<Object> tokens, List<Object> kept) {
        int[] strings = new int[tokens.size()];
        Deque<Boolean> open = new ArrayDeque<>();
        int string = 0;
        int count = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Object token = tokens.get(k);
            if (token instanceof Operator op && op.getName().equals("BDC") && k >= 2 && MARK.equals(tokens.get(k - 2))) {
                // its two operands, the tag and the (empty) properties, are already kept
                kept.remove(kept.size() - 1);
                kept.remove(kept.size() - 1);
                open.push(true);
                string = ++count;
                continue;
            }
            if (token instanceof Operator op && (op.getName().equals("BDC") || op.getName().equals("BMC"))) {
                open.push(false);
            } else if (token instanceof Operator op && op.getName().equals("EMC") && !open.isEmpty() && open.pop()) {
                string = 0;
                continue;
            }
            strings[kept.size()] = string;
            kept.add(token);
        }
        return java.util.Arrays.copyOf(strings, kept.size());
    }

    /**
     * Writes tokens {@code from..to} (and the rest of a run that begins there) with the runs
     * rewritten and the text objects moved; returns the last token written.
     */
    private static int emit(List<Object> tokens, int from, int to, Map<Integer, ShapedRun> byStart, Map<Integer, Float> moved,
                            List<Object> out) {
        int k = from;
        for (; k <= to; k++) {
            ShapedRun run = byStart.get(k);
            if (run != null) {
                out.addAll(run.tokens());
                k = run.to;
                continue;
            }
            Float shift = moved.get(k);
            if (shift != null && tokens.get(k) instanceof COSNumber x) {
                out.add(new COSFloat(x.floatValue() + shift));
            } else {
                out.add(tokens.get(k));
            }
        }
        return k - 1;
    }
}
