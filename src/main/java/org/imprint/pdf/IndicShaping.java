package org.imprint.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
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
 * Shapes Devanagari and Bengali text after layout: conjuncts, half forms, reph and pre-base vowel
 * signs (ि, ি, ে) by the font's GSUB table, through PDFBox's own shaping for these scripts.
 *
 * <p>openhtmltopdf draws text letter by letter through the font's character map, and where it
 * justifies a line it draws every letter on its own; PDFBox's shaping in {@code showText} would
 * see either a whole run or single letters, and its glyphs have no text. So the fonts are
 * embedded without GSUB, and this pass rewrites each run drawn in such a font: the letters are
 * read back from the glyphs (one glyph per letter, by the character map), each word is shaped,
 * and each shaped word is marked with its letters as {@code /ActualText}, so that its text reads
 * as written. What the words gained or lost against the layout's measure is taken up by their
 * whole line, across the text objects openhtmltopdf draws it in (see {@link #line}), and the
 * line's text objects are drawn left to right (see {@link #order}). Glyphs that shaping made (a conjunct) get the letters they stand for in the
 * font's ToUnicode map, as PDF/A-2u asks of every glyph.
 *
 * <p>Not applied: GPOS (marks keep the font's default place; fontbox reads no GPOS table). Measured
 * against HarfBuzz, a mark below क (कु, कृ) stands 0.22 em right of where GPOS puts it; most
 * other marks are where GPOS puts them.
 */
final class IndicShaping {

    /** The scripts whose PDFBox shaping is complete enough to use (and tested here). */
    static final Set<Character.UnicodeScript> SCRIPTS = EnumSet.of(Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI);
    private static final Set<Language> SHAPED = EnumSet.of(Language.DEVANAGARI, Language.BENGALI);

    private static final Operator BDC = Operator.getOperator("BDC");
    private static final Operator EMC = Operator.getOperator("EMC");
    private static final Operator TJ = Operator.getOperator("TJ");
    private static final Operator TZ = Operator.getOperator("Tz");
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName SPAN = COSName.getPDFName("Span");
    /** Marks a shaped font's dictionary between the two saves (see {@link Saving}); never in the output. */
    private static final COSName MARK = COSName.getPDFName("ImprintShapedFont");

    /** One font of the document that is shaped here, with what shaping it needs. */
    private record Face(PDType0Font font, GsubWorker worker, CmapLookup cmap, float[] widths,
                        Map<Integer, String> madeGlyphs, Set<Integer> used) {

        /** The letter a glyph of unshaped text stands for, or -1. */
        int letter(int glyph) {
            List<Integer> codes = cmap.getCharCodes(glyph);
            if (codes == null || codes.isEmpty()) {
                return -1;
            }
            return codes.contains(0x20) ? 0x20 : codes.get(0);
        }
    }

    private final PDDocument document;
    private final Map<COSDictionary, Face> faces;

    private IndicShaping(PDDocument document, Map<COSDictionary, Face> faces) {
        this.document = document;
        this.faces = faces;
    }

    /**
     * Shapes the text the document draws in fonts of a shaped script.
     *
     * @param loaded the fonts the layout loaded, with their files
     * @return how to save the document so that the glyphs shaping made have their text
     */
    static Saving apply(PDDocument document, Map<PDType0Font, Path> loaded, FontService fonts) throws IOException {
        // in the order the layout loaded them, which is the document's order: nothing here may
        // depend on identity hashes, or two builds of one report would differ
        Map<COSDictionary, Face> faces = new LinkedHashMap<>();
        for (Map.Entry<PDType0Font, Path> entry : loaded.entrySet()) {
            TrueTypeFont font = fonts.shared(entry.getValue());
            synchronized (font) {
                GsubData gsub = font.getGsubData();
                if (SHAPED.contains(gsub.getLanguage())) {
                    faces.put(entry.getKey().getCOSObject(), face(entry.getKey(), font, gsub));
                }
            }
        }
        if (faces.isEmpty()) {
            return new Saving(Map.of());
        }
        IndicShaping shaping = new IndicShaping(document, faces);
        for (PDPage page : document.getPages()) {
            shaping.page(page);
        }
        return new Saving(shaping.madeText());
    }

    private static Face face(PDType0Font pdFont, TrueTypeFont font, GsubData gsub) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        int count = font.getNumberOfGlyphs();
        float scale = 1000f / font.getUnitsPerEm();
        float[] widths = new float[count];
        for (int gid = 0; gid < count; gid++) {
            widths[gid] = font.getAdvanceWidth(gid) * scale;
        }
        return new Face(pdFont, new GsubWorkerFactory().getGsubWorker(cmap, gsub), cmap, widths,
                madeGlyphs(gsub, cmap), new HashSet<>());
    }

    /**
     * The letters each glyph that GSUB makes stands for: a ligature the letters it replaces
     * (क्ष for क ् ष), a variant those of the glyph it replaces, followed through features.
     */
    private static Map<Integer, String> madeGlyphs(GsubData gsub, CmapLookup cmap) {
        Map<Integer, String> text = new HashMap<>();
        Map<Integer, List<Integer>> from = new HashMap<>();
        for (String name : gsub.getSupportedFeatures()) {
            ScriptFeature feature = gsub.getFeature(name);
            for (List<Integer> input : feature.getAllGlyphIdsForSubstitution()) {
                from.putIfAbsent(feature.getReplacementForGlyphs(input), input);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Integer, List<Integer>> made : from.entrySet()) {
                if (text.containsKey(made.getKey()) || cmap.getCharCodes(made.getKey()) != null) {
                    continue;
                }
                StringBuilder letters = new StringBuilder();
                for (int glyph : made.getValue()) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    String known = codes != null && !codes.isEmpty() ? new String(Character.toChars(codes.get(0))) : text.get(glyph);
                    if (known == null) {
                        letters = null;
                        break;
                    }
                    letters.append(known);
                }
                if (letters != null) {
                    text.put(made.getKey(), letters.toString());
                    grew = true;
                }
            }
        }
        return text;
    }

    /** How wide a font's glyphs are (thousandths of an em) and which are spaces. */
    private interface Metrics {
        float width(int glyph);

        boolean space(int glyph);
    }

    /**
     * A piece of a run: one glyph of unshaped text with the TJ number after it, or one shaped word
     * with its letters; {@code delta} is what the space gains (points), {@code scale} the
     * horizontal scaling of a word that shaping widened more than its line's spaces could take.
     */
    private static final class Piece {
        final List<Integer> glyphs;
        final float after;
        final String text;
        final boolean space;
        float delta;
        float scale = 1;

        Piece(List<Integer> glyphs, float after, String text, boolean space) {
            this.glyphs = glyphs;
            this.after = after;
            this.text = text;
            this.space = space;
        }
    }

    /** One text-showing operator: tokens {@code from..to} of the page, its glyphs as pieces. */
    private static final class Run {
        final int from;
        final int to;
        final Metrics metrics;
        final float size;
        final List<Piece> pieces;
        final boolean shaped;
        final boolean justified;
        /** What shaping added to the run's width, in points. */
        final float growth;

        Run(int from, int to, Metrics metrics, float size, List<Piece> pieces, boolean shaped, boolean justified,
            float growth) {
            this.from = from;
            this.to = to;
            this.metrics = metrics;
            this.size = size;
            this.pieces = pieces;
            this.shaped = shaped;
            this.justified = justified;
            this.growth = growth;
        }

        float width(Piece piece) {
            float w = 0;
            for (int glyph : piece.glyphs) {
                w += metrics.width(glyph);
            }
            return w * size / 1000f;
        }

        boolean changed() {
            if (shaped) {
                return true;
            }
            for (Piece piece : pieces) {
                if (piece.delta != 0 || piece.scale != 1) {
                    return true;
                }
            }
            return false;
        }

        /** What the run gains against the layout's measure once its spaces and scaling are set. */
        float shift() {
            float shift = growth;
            for (Piece piece : pieces) {
                shift += piece.delta - (1 - piece.scale) * width(piece);
            }
            return shift;
        }
    }

    /** The runs of one text object (BT … ET) placed by one Tm, in drawing order. */
    private record Group(int bt, int tm, float x, float y, List<Run> runs) {
    }

    private static final Set<String> COLOUR = Set.of("rg", "g", "k", "RG", "G", "K", "cs", "CS", "sc", "scn", "SC", "SCN");

    /** Spaces never get narrower than this share of their width. */
    private static final float NARROWEST_SPACE = 0.65f;
    /** Words are never drawn narrower than this horizontal scaling. */
    private static final float NARROWEST_WORD = 0.92f;

    private void page(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        PDResources resources = page.getResources();
        COSDictionary fontResources = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fontResources == null) {
            return;
        }
        Map<COSDictionary, Metrics> metrics = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        Deque<COSDictionary> saved = new ArrayDeque<>();
        COSDictionary current = null;
        float size = 0;
        Group group = null;
        int bt = -1;
        Set<Group> indic = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
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
                            group = new Group(bt, k, m[4], m[5], new ArrayList<>());
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
                    Face face = current == null ? null : faces.get(current);
                    Metrics m = current == null ? null : metrics.computeIfAbsent(current,
                            dict -> face != null ? metrics(face) : metrics(resources, fontResources, dict));
                    Run run = array == null || m == null ? null : run(first, k, face, m, size, array);
                    if (run != null && run.shaped) {
                        anyShaped = true;
                    }
                    if (group != null && run != null) {
                        group.runs().add(run);
                        if (face != null) {
                            indic.add(group);
                        }
                    } else if (run != null && run.shaped) {
                        groups.add(new Group(-1, -1, Float.NaN, Float.NaN, new ArrayList<>(List.of(run))));
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
        List<Group> placed = new ArrayList<>();
        for (Group g : groups) {
            if (!Float.isNaN(g.y()) && !g.runs().isEmpty()) {
                placed.add(g);
            }
        }
        placed.sort(java.util.Comparator.comparingDouble(Group::y));
        Map<Integer, Float> moved = new HashMap<>();
        List<List<Group>> lines = new ArrayList<>();
        List<Group> line = new ArrayList<>();
        float lineY = 0;
        float tolerance = 0;
        for (Group g : placed) {
            if (!line.isEmpty() && g.y() - lineY > tolerance) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineY = g.y();
                tolerance = 0;
            }
            for (Run run : g.runs()) {
                tolerance = Math.max(tolerance, run == null ? 0 : run.size / 2);
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        int[] states = states(tokens);
        Map<Integer, int[]> slots = new HashMap<>();
        for (List<Group> l : lines) {
            line(l, moved);
            if (l.stream().anyMatch(indic::contains)) {
                order(l, tokens, states, slots);
            }
        }
        List<Object> out = new ArrayList<>(tokens.size());
        Map<Integer, Run> byStart = new HashMap<>();
        for (Group g : groups) {
            for (Run run : g.runs()) {
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
    private static int emit(List<Object> tokens, int from, int to, Map<Integer, Run> byStart, Map<Integer, Float> moved,
                            List<Object> out) {
        int k = from;
        for (; k <= to; k++) {
            Run run = byStart.get(k);
            if (run != null) {
                out.addAll(tokens(run));
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

    /**
     * For each token, a number that is the same wherever the graphics state (colour, line,
     * matrix, clip, marked-content depth) is the same: a text object may be moved between two
     * places of one number.
     */
    private static int[] states(List<Object> tokens) {
        int[] states = new int[tokens.size()];
        Map<String, Integer> ids = new HashMap<>();
        Deque<String> saved = new ArrayDeque<>();
        String state = "";
        int depth = 0;
        int first = 0;
        for (int k = 0; k < tokens.size(); k++) {
            states[k] = ids.computeIfAbsent(state + "|" + depth, key -> ids.size());
            if (!(tokens.get(k) instanceof Operator op)) {
                continue;
            }
            switch (op.getName()) {
                case "q" -> saved.push(state);
                case "Q" -> state = saved.isEmpty() ? "" : saved.pop();
                case "BDC", "BMC" -> depth++;
                case "EMC" -> depth--;
                case "BT", "ET", "Tf", "Tm", "Td", "TD", "T*", "Tj", "TJ", "'", "\"", "Tz", "Tc", "Tw", "TL", "Ts", "Tr", "MP",
                     "DP", "n" -> { }
                default -> {
                    StringBuilder change = new StringBuilder(state).append(' ');
                    for (Object operand : tokens.subList(first, k)) {
                        change.append(operand).append(' ');
                    }
                    state = change.append(op.getName()).toString();
                }
            }
            first = k + 1;
        }
        return states;
    }

    /**
     * Draws a line's text objects in the order of the line, left to right, where the layout drew
     * some later (openhtmltopdf draws a line's text in a second font after the rest): each text
     * object with its marked content goes to the place of another of the line, where the graphics
     * state is the same. Text extraction that follows the drawing order then reads the line as
     * written.
     */
    private static void order(List<Group> line, List<Object> tokens, int[] states, Map<Integer, int[]> slots) {
        List<Group> byX = new ArrayList<>(line);
        byX.sort(java.util.Comparator.comparingDouble(Group::x));
        List<int[]> units = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (Group g : byX) {
            int[] unit = unit(g, tokens);
            if (unit == null || !starts.add(unit[0])) {
                return;
            }
            units.add(unit);
        }
        List<int[]> byStream = new ArrayList<>(units);
        byStream.sort(java.util.Comparator.comparingInt(u -> u[0]));
        // the places that change hands: all in one graphics state (after the colour a first one sets)
        int state = -1;
        for (int k = 0; k < units.size(); k++) {
            if (byStream.get(k) != units.get(k)) {
                int here = states[byStream.get(k)[0]];
                if (state >= 0 && here != state) {
                    return;
                }
                state = here;
            }
        }
        for (int k = 0; k < units.size(); k++) {
            if (byStream.get(k) != units.get(k) && (byStream.get(k)[2] == 0 || units.get(k)[2] == 0)) {
                return;
            }
        }
        for (int k = 0; k < units.size(); k++) {
            if (byStream.get(k) != units.get(k)) {
                slots.put(byStream.get(k)[0], new int[] {units.get(k)[0], units.get(k)[1], byStream.get(k)[1]});
            }
        }
    }

    /**
     * The tokens of a group's text object with the marked content around it ({@code BDC BT … ET
     * EMC}), or null if it is not exactly that.
     */
    private static int[] unit(Group g, List<Object> tokens) {
        // the marked content may set the colour before BT: such a text object stays where it is
        int start = g.bt() - 1;
        while (start >= 2 && !(tokens.get(start) instanceof Operator bdc && bdc.getName().equals("BDC"))) {
            if (tokens.get(start) instanceof Operator op && !COLOUR.contains(op.getName())) {
                return null;
            }
            start--;
        }
        if (start < 2 || !(tokens.get(start - 2) instanceof COSName)) {
            return null;
        }
        int pure = start == g.bt() - 1 ? 1 : 0;
        for (int k = g.bt() + 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k) instanceof Operator op) {
                switch (op.getName()) {
                    case "BT", "q", "Q", "cm", "Do", "BI" -> {
                        return null;
                    }
                    case "ET" -> {
                        return tokens.get(k + 1) instanceof Operator emc && emc.getName().equals("EMC")
                                ? new int[] {start - 2, k + 1, pure} : null;
                    }
                    default -> { }
                }
            }
        }
        return null;
    }

    /**
     * Sets one line's spaces and word scaling so that what shaping changed in its words' widths
     * is taken up by the line: a wider word from the line's spaces (each keeping at least
     * {@link #NARROWEST_SPACE} of its width), then by drawing the widened words a little narrower;
     * a narrower word gives its room to the spaces of a justified line, or moves what follows
     * back. What comes after a run on the line moves by what the run gained.
     */
    private static void line(List<Group> groups, Map<Integer, Float> moved) {
        for (Group g : groups) {
            if (g.runs().contains(null)) {
                return;
            }
        }
        groups.sort(java.util.Comparator.comparingDouble(Group::x));
        float growth = 0;
        boolean justified = false;
        List<Run> runs = new ArrayList<>();
        for (Group g : groups) {
            runs.addAll(g.runs());
        }
        for (Run run : runs) {
            growth += run.growth;
            justified |= run.justified;
        }
        if (Math.abs(growth) < 0.01f) {
            return;
        }
        // the spaces between words: not those that end the line
        List<Piece> spaces = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        List<Piece> trailing = new ArrayList<>();
        List<Float> trailingWidths = new ArrayList<>();
        for (Run run : runs) {
            for (Piece piece : run.pieces) {
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
            for (Run run : runs) {
                for (Piece piece : run.pieces) {
                    if (piece.text != null) {
                        shaped += run.width(piece);
                    }
                }
            }
            if (left > 0 && shaped > 0) {
                float scale = Math.max(NARROWEST_WORD, 1 - left / shaped);
                for (Run run : runs) {
                    for (Piece piece : run.pieces) {
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
        for (Group g : groups) {
            if (shift != 0) {
                moved.put(g.tm() - 2, shift);
            }
            for (Run run : g.runs()) {
                shift += run.shift();
            }
        }
    }

    /** The pieces of a run, its unshaped text as it is; {@code null} if a glyph has no letter. */
    private static Run run(int from, int to, Face face, Metrics metrics, float size, COSArray array) {
        List<Integer> glyphs = new ArrayList<>();
        List<Float> after = new ArrayList<>();
        boolean justified = false;
        for (COSBase item : array) {
            if (item instanceof COSString s) {
                byte[] bytes = s.getBytes();
                for (int i = 0; i + 1 < bytes.length; i += 2) {
                    glyphs.add(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF));
                    after.add(0f);
                }
            } else if (item instanceof COSNumber n && !after.isEmpty()) {
                after.set(after.size() - 1, after.get(after.size() - 1) + n.floatValue());
                justified |= n.floatValue() != 0;
            } else if (item instanceof COSNumber) {
                return null;
            }
        }
        List<Piece> pieces = new ArrayList<>();
        if (face == null) {
            for (int i = 0; i < glyphs.size(); i++) {
                pieces.add(new Piece(List.of(glyphs.get(i)), after.get(i), null, metrics.space(glyphs.get(i))));
            }
            return new Run(from, to, metrics, size, pieces, false, justified, 0);
        }
        for (int glyph : glyphs) {
            if (face.letter(glyph) < 0) {
                return null;
            }
        }
        // Each word shaped; the shaped word loses the TJ numbers of its letters (a justified
        // line's letter spacing): what it gained against the layout's measure is the run's growth
        float pool = 0;
        boolean changed = false;
        int start = 0;
        while (start < glyphs.size()) {
            boolean space = Character.isWhitespace(face.letter(glyphs.get(start)));
            int end = start + 1;
            // a word runs to the next space, joiners (ZWJ, ZWNJ) included
            while (end < glyphs.size() && Character.isWhitespace(face.letter(glyphs.get(end))) == space) {
                end++;
            }
            List<Integer> word = glyphs.subList(start, end);
            List<Integer> result = space ? word : shapeJoined(face, word);
            if (result.equals(word)) {
                for (int i = start; i < end; i++) {
                    pieces.add(new Piece(List.of(glyphs.get(i)), after.get(i), null, space));
                }
            } else {
                changed = true;
                face.used().addAll(result);
                for (int i = start; i < end; i++) {
                    pool += after.get(i) - face.widths()[glyphs.get(i)];
                }
                for (int glyph : result) {
                    pool += face.widths()[glyph];
                }
                StringBuilder letters = new StringBuilder();
                for (int i = start; i < end; i++) {
                    letters.appendCodePoint(face.letter(glyphs.get(i)));
                }
                pieces.add(new Piece(List.copyOf(result), 0, letters.toString(), false));
            }
            start = end;
        }
        return changed ? new Run(from, to, metrics, size, pieces, true, justified, pool * size / 1000f)
                : new Run(from, to, metrics, size, pieces, false, justified, 0);
    }

    /**
     * A run's tokens: one TJ per shaped word, marked with its letters, and one for what lies
     * between, so that extraction finds the words where they are.
     */
    private static List<Object> tokens(Run run) {
        List<Object> tokens = new ArrayList<>();
        COSArray plain = new COSArray();
        for (Piece piece : run.pieces) {
            float number = piece.after - piece.delta * 1000f / run.size;
            if (piece.text == null) {
                plain.add(glyphString(piece.glyphs));
                if (number != 0f) {
                    plain.add(new COSFloat(number));
                }
                continue;
            }
            if (plain.size() > 0) {
                tokens.addAll(List.of(plain, TJ));
                plain = new COSArray();
            }
            COSDictionary properties = new COSDictionary();
            properties.setItem(ACTUAL_TEXT, new COSString(piece.text));
            tokens.addAll(List.of(SPAN, properties, BDC));
            if (piece.scale != 1) {
                tokens.addAll(List.of(new COSFloat(piece.scale * 100), TZ));
            }
            COSArray word = new COSArray();
            word.add(glyphString(piece.glyphs));
            tokens.addAll(List.of(word, TJ));
            if (piece.scale != 1) {
                tokens.addAll(List.of(org.apache.pdfbox.cos.COSInteger.get(100), TZ));
            }
            tokens.add(EMC);
        }
        if (plain.size() > 0) {
            tokens.addAll(List.of(plain, TJ));
        }
        return tokens;
    }

    private static Metrics metrics(Face face) {
        return new Metrics() {
            @Override
            public float width(int glyph) {
                return glyph < face.widths().length ? face.widths()[glyph] : 0;
            }

            @Override
            public boolean space(int glyph) {
                return Character.isWhitespace(face.letter(glyph)) || face.letter(glyph) == 0xA0;
            }
        };
    }

    /** The metrics of a font the layout drew by glyph ids (Identity-H), or null. */
    private static Metrics metrics(PDResources resources, COSDictionary fonts, COSDictionary dict) {
        try {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) == dict
                        && resources.getFont(name) instanceof PDType0Font font
                        && font.getDescendantFont() instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid
                        && cid.getTrueTypeFont() != null) {
                    CmapLookup cmap = cid.getTrueTypeFont().getUnicodeCmapLookup();
                    int space = cmap.getGlyphId(0x20);
                    int nbsp = cmap.getGlyphId(0xA0);
                    return new Metrics() {
                        @Override
                        public float width(int glyph) {
                            try {
                                return font.getWidth(glyph);
                            } catch (IOException e) {
                                return 0;
                            }
                        }

                        @Override
                        public boolean space(int glyph) {
                            return glyph > 0 && (glyph == space || glyph == nbsp);
                        }
                    };
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /**
     * A word shaped as HarfBuzz does around ZWNJ and a final virama, which PDFBox's shaping does
     * not know: a ZWNJ (क्‌ष) parts the word in two, shaped apart, and a virama that ends a part
     * stays a visible sign after its consonant (क्), where PDFBox makes a half form. A ZWJ (क्‍ष)
     * stays in the word: PDFBox makes the half form it asks for. The joiners themselves are not
     * drawn (the word's ActualText keeps them): Noto's faces give them a visible glyph.
     */
    private static List<Integer> shapeJoined(Face face, List<Integer> word) {
        int zwnj = face.cmap().getGlyphId(0x200C);
        int zwj = face.cmap().getGlyphId(0x200D);
        List<Integer> shaped = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= word.size(); k++) {
            if (k == word.size() || (zwnj > 0 && word.get(k) == zwnj)) {
                List<Integer> part = word.subList(start, k);
                if (part.size() > 1 && VIRAMAS.contains(face.letter(part.get(part.size() - 1)))) {
                    shaped.addAll(shapeWord(face, part.subList(0, part.size() - 1)));
                    shaped.add(part.get(part.size() - 1));
                } else {
                    shaped.addAll(shapeWord(face, part));
                }
                start = k + 1;
            }
        }
        shaped.removeIf(glyph -> glyph == zwj && zwj > 0);
        return shaped;
    }

    /** Devanagari's and Bengali's virama (halant). */
    private static final Set<Integer> VIRAMAS = Set.of(0x094D, 0x09CD);

    /**
     * A word shaped by PDFBox, but for one case it gets wrong: a reph before a consonant with the
     * vowel sign ि (र्थि in आर्थिक), which comes out with the reph unformed after the ि. Such a
     * syllable is shaped without its ि, which is put before it, as shaping would.
     */
    private static List<Integer> shapeWord(Face face, List<Integer> word) {
        int ra = face.cmap().getGlyphId(0x0930);
        int virama = face.cmap().getGlyphId(0x094D);
        int i = face.cmap().getGlyphId(0x093F);
        for (int k = 0; ra > 0 && k + 3 < word.size(); k++) {
            int consonant = face.letter(word.get(k + 2));
            if (word.get(k) == ra && word.get(k + 1) == virama && word.get(k + 3) == i
                    && (consonant >= 0x0915 && consonant <= 0x0939 || consonant >= 0x0958 && consonant <= 0x095F)) {
                List<Integer> shaped = new ArrayList<>(shapeWord(face, word.subList(0, k)));
                shaped.add(i);
                shaped.addAll(face.worker().applyTransforms(word.subList(k, k + 3)));
                shaped.addAll(shapeWord(face, word.subList(k + 4, word.size())));
                return shaped;
            }
        }
        return word.isEmpty() ? word : bengaliReph(face, face.worker().applyTransforms(word));
    }

    /**
     * PDFBox leaves a Bengali reph where র্ was typed, before its consonant (and before a
     * pre-base vowel sign it moved there); the font draws it over the glyph before it, so it goes
     * after the consonant, as shaping would.
     */
    private static List<Integer> bengaliReph(Face face, List<Integer> glyphs) {
        int ra = face.cmap().getGlyphId(0x09B0);
        int virama = face.cmap().getGlyphId(0x09CD);
        if (ra <= 0 || virama <= 0 || !face.madeGlyphs().containsValue("\u09B0\u09CD")) {
            return glyphs;
        }
        List<Integer> out = new ArrayList<>(glyphs);
        for (int k = 0; k < out.size() - 1; k++) {
            if (!"\u09B0\u09CD".equals(face.madeGlyphs().get(out.get(k)))) {
                continue;
            }
            int to = k + 1;
            while (to < out.size() && preBase(face, out.get(to))) {
                to++;
            }
            if (to < out.size()) {
                out.add(to, out.remove(k));
                k = to;
            }
        }
        return out;
    }

    /** Whether the glyph is a Bengali vowel sign drawn before its consonant (ি ে ৈ, or a form of one). */
    private static boolean preBase(Face face, int glyph) {
        int letter = face.letter(glyph);
        String made = face.madeGlyphs().get(glyph);
        int cp = letter >= 0 ? letter : made != null && made.codePointCount(0, made.length()) == 1 ? made.codePointAt(0) : -1;
        return cp == 0x09BF || cp == 0x09C7 || cp == 0x09C8;
    }

    private static COSString glyphString(List<Integer> glyphs) {
        byte[] bytes = new byte[glyphs.size() * 2];
        for (int i = 0; i < glyphs.size(); i++) {
            bytes[2 * i] = (byte) (glyphs.get(i) >> 8);
            bytes[2 * i + 1] = (byte) glyphs.get(i).intValue();
        }
        return new COSString(bytes);
    }

    /**
     * The glyphs shaping made in each font, with the letters they stand for, by a number that
     * {@link #MARK} gives the font's dictionary until the document is saved and read again. Not
     * by the font's name: two weights drawn from one file are two font objects of one name
     * (each with its own subset and ToUnicode map).
     */
    private Map<Integer, Map<Integer, String>> madeText() {
        Map<Integer, Map<Integer, String>> made = new TreeMap<>();
        for (Face face : faces.values()) {
            if (!face.used().isEmpty()) {
                face.font().addGlyphsToSubset(face.used());
            }
            Map<Integer, String> extra = new TreeMap<>();
            for (int glyph : face.used()) {
                if (face.cmap().getCharCodes(glyph) == null && face.madeGlyphs().containsKey(glyph)) {
                    extra.put(glyph, face.madeGlyphs().get(glyph));
                }
            }
            if (!extra.isEmpty()) {
                int number = made.size();
                face.font().getCOSObject().setInt(MARK, number);
                made.put(number, extra);
            }
        }
        return made;
    }

    /**
     * What is left to do when the document is saved: PDFBox writes each subset font's ToUnicode map
     * from the font's character map while saving, so the glyphs shaping made get their letters in
     * the saved file, read again.
     */
    record Saving(Map<Integer, Map<Integer, String>> made) {

        /** Saves the document to {@code out}, its fonts' ToUnicode maps complete. */
        void save(PDDocument document, OutputStream out) throws IOException {
            if (made.isEmpty()) {
                document.save(out);
                return;
            }
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            document.save(first);
            try (PDDocument saved = Loader.loadPDF(first.toByteArray())) {
                Set<COSDictionary> done = new HashSet<>();
                for (PDPage page : saved.getPages()) {
                    PDResources resources = page.getResources();
                    if (resources == null) {
                        continue;
                    }
                    for (COSName name : resources.getFontNames()) {
                        if (resources.getFont(name) instanceof PDType0Font font && done.add(font.getCOSObject())
                                && font.getCOSObject().getInt(MARK) >= 0) {
                            Map<Integer, String> extra = made.get(font.getCOSObject().getInt(MARK));
                            font.getCOSObject().removeItem(MARK);
                            if (extra != null) {
                                completeToUnicode(saved, font, extra);
                            }
                        }
                    }
                }
                saved.save(out);
            }
        }

        private static void completeToUnicode(PDDocument document, PDType0Font font, Map<Integer, String> extra)
                throws IOException {
            Map<Integer, String> all = new TreeMap<>();
            for (int code = 0; code <= 0xFFFF; code++) {
                String text = font.toUnicode(code);
                if (text != null) {
                    all.put(code, text);
                }
            }
            all.putAll(extra);
            PDStream stream = new PDStream(document);
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(toUnicodeCMap(all));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
        }
    }

    /** A ToUnicode CMap of two-byte codes (Identity-H), one bfchar per code. */
    private static byte[] toUnicodeCMap(Map<Integer, String> map) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(map.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (byte b : entry.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    cmap.append(String.format("%02X", b & 0xFF));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
