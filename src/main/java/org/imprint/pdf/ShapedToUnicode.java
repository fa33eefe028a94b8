package org.imprint.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What is left to do when the document is saved: PDFBox writes each subset font's ToUnicode map
 * from the font's character map while saving, so the glyphs shaping made get their letters in
 * the saved file, read again; and where {@code arabic}, the glyphs of Arabic presentation forms
 * ({@link ArabicShaper} joins letters by them before layout) get the letters they are forms of,
 * so that the PDF's text is what the author wrote ("السلام", not "ﺍﻟﺴﻼﻡ") for every reader,
 * not only those that fold compatibility characters.
 */
record ShapedToUnicode(Map<Integer, Map<Integer, String>> made, boolean arabic) {

    /** Marks a shaped font's dictionary between the two saves (see {@link #save}); never in the output. */
    private static final COSName MARK = COSName.getPDFName("ImprintShapedFont");

    /**
     * What is left to do for the glyphs shaping made in each font: their letters, by a number that
     * {@link #MARK} gives the font's dictionary until the document is saved and read again. Not
     * by the font's name: two weights drawn from one file are two font objects of one name
     * (each with its own subset and ToUnicode map).
     */
    static ShapedToUnicode of(java.util.Collection<ShapedFace> faces) {
        Map<Integer, Map<Integer, String>> made = new TreeMap<>();
        for (ShapedFace face : faces) {
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
        return new ShapedToUnicode(made, false);
    }

    /** The same, and the letters of Arabic presentation forms where {@code text} has Arabic script. */
    ShapedToUnicode withArabic(boolean text) {
        return new ShapedToUnicode(made, arabic || text);
    }

    /** Saves the document to {@code out}, its fonts' ToUnicode maps complete. */
    void save(PDDocument document, OutputStream out) throws IOException {
        if (made.isEmpty() && !arabic) {
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
                    if (resources.getFont(name) instanceof PDType0Font font && done.add(font.getCOSObject())) {
                        Map<Integer, String> extra = made.get(font.getCOSObject().getInt(MARK));
                        font.getCOSObject().removeItem(MARK);
                        if (extra != null || arabic) {
                            completeToUnicode(saved, font, extra == null ? Map.of() : extra, arabic);
                        }
                    }
                }
            }
            saved.save(out);
        }
    }

    private static void completeToUnicode(PDDocument document, PDType0Font font, Map<Integer, String> extra, boolean arabic)
            throws IOException {
        Map<Integer, String> all = new TreeMap<>();
        boolean folded = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String text = font.toUnicode(code);
            if (text != null) {
                String letters = arabic ? lettersOf(text) : text;
                folded |= !letters.equals(text);
                all.put(code, letters);
            }
        }
        if (extra.isEmpty() && !folded) {
            return;
        }
        all.putAll(extra);
        PDStream stream = new PDStream(document);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(toUnicodeCMap(all));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /** The letters an Arabic presentation form (U+FB50-U+FDFF, U+FE70-U+FEFF) stands for; other text as it is. */
    static String lettersOf(String text) {
        if (text.chars().noneMatch(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))) {
            return text;
        }
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
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
