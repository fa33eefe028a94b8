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
 * what the words gained or lost against the layout's measure is shared among the run's spaces (so
 * the run keeps its width and the line its justification), and each shaped word is marked with its letters as {@code /ActualText}, so that
 * its text reads as written. Glyphs that shaping made (a conjunct) get the letters they stand for in the
 * font's ToUnicode map, as PDF/A-2u asks of every glyph.
 *
 * <p>Not applied: GPOS (marks keep the font's default place, which Noto's faces draw well for
 * single consonants).
 */
final class IndicShaping {

    /** The scripts whose PDFBox shaping is complete enough to use (and tested here). */
    static final Set<Character.UnicodeScript> SCRIPTS = EnumSet.of(Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI);
    private static final Set<Language> SHAPED = EnumSet.of(Language.DEVANAGARI, Language.BENGALI);

    private static final Operator BDC = Operator.getOperator("BDC");
    private static final Operator EMC = Operator.getOperator("EMC");
    private static final Operator TJ = Operator.getOperator("TJ");
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

    private void page(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        COSDictionary fontResources = page.getResources() == null ? null
                : page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
        if (fontResources == null) {
            return;
        }
        List<Object> out = new ArrayList<>(tokens.size());
        List<COSBase> operands = new ArrayList<>();
        Deque<Face> saved = new ArrayDeque<>();
        Face current = null;
        boolean changed = false;
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            String name = op.getName();
            List<Object> replacement = null;
            switch (name) {
                case "q" -> saved.push(current == null ? NO_FACE : current);
                case "Q" -> {
                    Face restored = saved.isEmpty() ? null : saved.pop();
                    current = restored == NO_FACE ? null : restored;
                }
                case "Tf" -> current = !operands.isEmpty() && operands.get(0) instanceof COSName font
                        && fontResources.getDictionaryObject(font) instanceof COSDictionary dict ? faces.get(dict) : null;
                case "Tj" -> {
                    if (current != null && operands.size() == 1 && operands.get(0) instanceof COSString s) {
                        COSArray array = new COSArray();
                        array.add(s);
                        replacement = shape(current, array);
                    }
                }
                case "TJ" -> {
                    if (current != null && operands.size() == 1 && operands.get(0) instanceof COSArray array) {
                        replacement = shape(current, array);
                    }
                }
                default -> { }
            }
            if (replacement != null) {
                out.addAll(replacement);
                changed = true;
            } else {
                out.addAll(operands);
                out.add(op);
            }
            operands.clear();
        }
        if (!changed) {
            return;
        }
        PDStream stream = new PDStream(document);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
    }

    /** Marks "no shaped font" on the q/Q stack (a deque holds no nulls). */
    private static final Face NO_FACE = new Face(null, null, null, null, null, null);

    /**
     * A run's tokens, each shaped word marked with its letters; {@code null} to keep the run
     * (nothing to shape, or a glyph that does not stand for one letter).
     */
    private List<Object> shape(Face face, COSArray array) {
        List<Integer> glyphs = new ArrayList<>();
        List<Float> after = new ArrayList<>();
        for (COSBase item : array) {
            if (item instanceof COSString s) {
                byte[] bytes = s.getBytes();
                for (int i = 0; i + 1 < bytes.length; i += 2) {
                    glyphs.add(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF));
                    after.add(0f);
                }
            } else if (item instanceof COSNumber n && !after.isEmpty()) {
                after.set(after.size() - 1, after.get(after.size() - 1) + n.floatValue());
            } else if (item instanceof COSNumber) {
                return null;
            }
        }
        for (int glyph : glyphs) {
            if (face.letter(glyph) < 0) {
                return null;
            }
        }
        // Each word shaped; what the shaped words gained or lost against the layout's measure
        // (a TJ number: positive moves left) is shared among the run's spaces, so that the run
        // keeps its width and its words their even spacing; a run without spaces ends with it.
        List<List<Integer>> words = new ArrayList<>();
        List<float[]> wordAfters = new ArrayList<>();
        List<String> wordTexts = new ArrayList<>();
        float pool = 0;
        int spaces = 0;
        boolean changed = false;
        int start = 0;
        while (start < glyphs.size()) {
            boolean space = Character.isWhitespace(face.letter(glyphs.get(start)));
            int end = start + 1;
            while (end < glyphs.size() && Character.isWhitespace(face.letter(glyphs.get(end))) == space) {
                end++;
            }
            List<Integer> word = glyphs.subList(start, end);
            List<Integer> result = space ? word : shapeWord(face, word);
            if (space) {
                spaces += word.size();
            }
            if (result.equals(word)) {
                for (int i = start; i < end; i++) {
                    words.add(List.of(glyphs.get(i)));
                    wordAfters.add(new float[] {after.get(i), space ? 1 : 0});
                    wordTexts.add(null);
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
                words.add(result);
                wordAfters.add(new float[] {0, 0});
                StringBuilder letters = new StringBuilder();
                for (int i = start; i < end; i++) {
                    letters.appendCodePoint(face.letter(glyphs.get(i)));
                }
                wordTexts.add(letters.toString());
            }
            start = end;
        }
        if (!changed) {
            return null;
        }
        // One TJ per shaped word, marked with its letters, and one for what lies between: the
        // spaces stay text of their own, so that extraction finds the words where they are.
        // A space gives up at most half its width to words that shaping widened (रू is wider
        // than र and ू); the rest overflows at the run's end.
        float share = 0;
        if (spaces > 0) {
            float narrowest = Float.MAX_VALUE;
            for (int i = 0; i < words.size(); i++) {
                if (wordAfters.get(i)[1] == 1) {
                    narrowest = Math.min(narrowest, face.widths()[words.get(i).get(0)]);
                }
            }
            share = Math.min(pool / spaces, narrowest / 2);
        }
        float rest = pool - share * spaces;
        List<Object> tokens = new ArrayList<>();
        COSArray plain = new COSArray();
        for (int i = 0; i < words.size(); i++) {
            float number = wordAfters.get(i)[0];
            if (wordAfters.get(i)[1] == 1) {
                number += share;
            }
            if (i == words.size() - 1) {
                number += rest;
            }
            COSArray target = wordTexts.get(i) == null ? plain : new COSArray();
            target.add(glyphString(words.get(i)));
            if (number != 0f) {
                target.add(new COSFloat(number));
            }
            if (wordTexts.get(i) != null) {
                if (plain.size() > 0) {
                    tokens.addAll(List.of(plain, TJ));
                    plain = new COSArray();
                }
                COSDictionary properties = new COSDictionary();
                properties.setItem(ACTUAL_TEXT, new COSString(wordTexts.get(i)));
                tokens.addAll(List.of(SPAN, properties, BDC, target, TJ, EMC));
            }
        }
        if (plain.size() > 0) {
            tokens.addAll(List.of(plain, TJ));
        }
        return tokens;
    }

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
