package org.imprint.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.TrueTypeFont;
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
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.imprint.fonts.FontService;

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
 * as written. What the words gained or lost against the layout's measure is taken up by their
 * whole line, across the text objects openhtmltopdf draws it in ({@link LineWidths}), and the
 * line's text objects are drawn left to right ({@link ReadingOrder}). Glyphs that shaping made
 * (a conjunct) get the letters they stand for in the font's ToUnicode map, as PDF/A-2u asks of
 * every glyph ({@link ShapedToUnicode}); a mark that GPOS raises or lowers is drawn with a text
 * rise ({@code Ts}).
 */
final class IndicShaping {

    /** The scripts whose PDFBox shaping is complete enough to use (and tested here). */
    static final Set<Character.UnicodeScript> SCRIPTS = EnumSet.of(Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.THAI);
    /** A letter of each script in {@link #SCRIPTS}: a font that has one is shaped. */
    private static final int[] SAMPLES = {0x0915, 0x0995, 0x0E01};

    private final PDDocument document;
    private final Map<COSDictionary, ShapedFace> faces;

    private IndicShaping(PDDocument document, Map<COSDictionary, ShapedFace> faces) {
        this.document = document;
        this.faces = faces;
    }

    /**
     * Shapes the text the document draws in fonts of a shaped script.
     *
     * @param loaded the fonts the layout loaded, with their files
     * @return how to save the document so that the glyphs shaping made have their text
     */
    static ShapedToUnicode apply(PDDocument document, Map<PDType0Font, Path> loaded, FontService fonts) throws IOException {
        // in the order the layout loaded them, which is the document's order: nothing here may
        // depend on identity hashes, or two builds of one report would differ
        Map<COSDictionary, ShapedFace> faces = new LinkedHashMap<>();
        for (Map.Entry<PDType0Font, Path> entry : loaded.entrySet()) {
            TrueTypeFont font = fonts.shared(entry.getValue());
            synchronized (font) {
                var cmap = font.getUnicodeCmapLookup();
                if (java.util.Arrays.stream(SAMPLES).anyMatch(c -> cmap.getGlyphId(c) > 0)) {
                    faces.put(entry.getKey().getCOSObject(), ShapedFace.of(entry.getKey(), font, entry.getValue()));
                }
            }
        }
        if (faces.isEmpty()) {
            return new ShapedToUnicode(Map.of(), false);
        }
        IndicShaping shaping = new IndicShaping(document, faces);
        for (PDPage page : document.getPages()) {
            shaping.page(page);
        }
        return ShapedToUnicode.of(faces.values());
    }

    private void page(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        PDResources resources = page.getResources();
        COSDictionary fontResources = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fontResources == null) {
            return;
        }
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
                            group = new TextObject(bt, k, m[4], m[5], new ArrayList<>());
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
                        groups.add(new TextObject(-1, -1, Float.NaN, Float.NaN, new ArrayList<>(List.of(run))));
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
            return;
        }
        // a line: the text objects whose baselines lie within half a font size of each other,
        // so that a note call (raised) moves with the word it follows
        List<TextObject> placed = new ArrayList<>();
        for (TextObject g : groups) {
            if (!Float.isNaN(g.y()) && !g.runs().isEmpty()) {
                placed.add(g);
            }
        }
        placed.sort(java.util.Comparator.comparingDouble(TextObject::y));
        Map<Integer, Float> moved = new HashMap<>();
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
            LineWidths.balance(l, moved);
            if (l.stream().anyMatch(indic::contains)) {
                ReadingOrder.order(l, tokens, states, slots);
            }
        }
        List<Object> out = new ArrayList<>(tokens.size());
        Map<Integer, ShapedRun> byStart = new HashMap<>();
        for (TextObject g : groups) {
            for (ShapedRun run : g.runs()) {
                if (run != null && run.changed()) {
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
        PDStream stream = new PDStream(document);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
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
