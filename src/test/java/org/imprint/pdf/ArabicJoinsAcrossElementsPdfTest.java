package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.Reports;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Arabic-script letters join across the edges of bold, italic, links and code inside a word, as
 * the e-book's browser joins them: the PDF printed پاک|ستان (its ک in the form of a word's end),
 * کت|ا|ب, بین|الاقوامی and ال|حكومة, each element's text shaped without the letters round it.
 *
 * <p>Each paragraph of the report holds a label, a word written plainly, and the same word with
 * markup inside it; the glyphs of the Naskh faces are read back as the presentation forms they
 * draw (a glyph id is a CID in the embedded subset), in visual order, and the marked word must
 * draw the plain word's forms.
 */
class ArabicJoinsAcrossElementsPdfTest {

    @TempDir
    static Path dir;
    static Path pdf;
    /** Each label's line: the presentation forms of its Naskh glyphs, left to right. */
    static final Map<String, List<Integer>> lines = new HashMap<>();
    static String text;
    /** Each label's line: the font and the text of every glyph drawn, any face. */
    static final Map<String, List<String>> glyphsOf = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        pdf = TestReport.at(dir.resolve("joins")).out(dir.resolve("out")).language("ur").title("جوڑ")
                .body("""
                        K1 پاکستان پاک**ستان**

                        K2 کتاب کت*ا*ب

                        K3 بینالاقوامی بین**الاقوامی**

                        K4 ہمامنپسند ہم[امن](https://example.org)پسند

                        K5 الحكومة ال**حكومة**

                        K6 ہم امن پسند ہم`امن`پسند

                        K7 مُحَمَّد مُ**حَ**مَّد کِتاب کِ*تاب*

                        K8 می‌خواهم می‌**خواهم** می**‌خواهم**

                        K9 پاک ستان پاک **ستان**

                        K10 سل**ا**م

                        K11 پاکستان **پاک**ستان

                        K12 حاشیہ حاشیہ[^1]

                        K14 پاکستان پاک\u200Dستان پاک\u200D**ستان** پاک**\u200Dستان** ک\u200D اور

                        [^1]: پہلا حاشیہ۔
                        """).build("pdf").pdf();
        Path english = TestReport.at(dir.resolve("english")).out(dir.resolve("out-english")).language("en").title("Joins")
                .body("K13 The word پاکستان is پاک**ستان** in bold.\n").build("pdf").pdf();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            readLines(document);
            text = sorted(document);
        }
        try (PDDocument document = Loader.loadPDF(english.toFile())) {
            readLines(document);
            text += sorted(document);
        }
    }

    /** The document's text as PDFBox reads it sorted by position, as readers of a page do. */
    private static String sorted(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    /** Puts the forms of each labelled line of the body's first page (its third) in {@link #lines}. */
    private static void readLines(PDDocument document) throws IOException {
        Map<String, Map<Integer, Integer>> forms = new HashMap<>();
        for (String face : List.of("Regular", "Bold")) {
            forms.put(face, formsOf(Reports.HOME.resolve("fonts/NotoNaskhArabic-" + face + ".ttf")));
        }
        List<TextPosition> glyphs = new ArrayList<>();
        new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (getCurrentPageNo() == 3) {
                    glyphs.add(t);
                }
            }
        }.getText(document);
        for (TextPosition label : glyphs) {
            if (!label.getUnicode().equals("K")) {
                continue;
            }
            List<TextPosition> line = glyphs.stream().filter(g -> Math.abs(g.getYDirAdj() - label.getYDirAdj()) < 1f)
                    .sorted(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj)).toList();
            StringBuilder name = new StringBuilder("K");
            List<Integer> drawn = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (TextPosition g : line) {
                all.add(g.getFont().getName() + " " + g.getUnicode());
                String font = g.getFont().getName();
                if (font.contains("NotoNaskhArabic")) {
                    Map<Integer, Integer> face = forms.get(font.endsWith("-Bold") ? "Bold" : "Regular");
                    drawn.add(face.getOrDefault(g.getCharacterCodes()[0], -1));
                } else if (g.getUnicode().matches("[0-9]") && g.getXDirAdj() > label.getXDirAdj()
                        && g.getXDirAdj() < label.getXDirAdj() + 4 * label.getWidthDirAdj()) {
                    name.append(g.getUnicode());
                }
            }
            lines.put(name.toString(), drawn);
            glyphsOf.put(name.toString(), all);
        }
    }

    /** A face's glyph ids and the character each draws, its presentation form where it has one. */
    private static Map<Integer, Integer> formsOf(Path font) throws IOException {
        Map<Integer, Integer> forms = new HashMap<>();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int cp = 0x0600; cp <= 0xFEFF; cp++) {
                int glyph = cmap.getGlyphId(cp);
                if (glyph != 0 && (!forms.containsKey(glyph) || cp >= 0xFB50)) {
                    forms.put(glyph, cp);
                }
            }
        }
        return forms;
    }

    /**
     * The letters of the line, as drawn, without marks (harakat are placed over their letter, in
     * no reliable order along x), spaces, joiners or digits.
     */
    private static List<Integer> letters(String label) {
        assertTrue(lines.containsKey(label), "no line " + label + " in " + lines.keySet());
        return lines.get(label).stream()
                .filter(cp -> (cp >= 0x0620 && cp <= 0x06FF || cp >= 0xFB50) && UCharacter.isLetter(cp)
                        && UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE) != UCharacter.JoiningType.TRANSPARENT)
                .toList();
    }

    private static String hex(List<Integer> forms) {
        return forms.stream().map(Integer::toHexString).toList().toString();
    }

    /** The words of the line, drawn: the marked one must draw what the plain one draws. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"K1, bold after the ک of پاک", "K2, an italic ا inside کتاب", "K3, bold الاقوامی after بین",
            "K4, a link inside a word", "K5, Arabic: bold after the article's ل",
            "K6, inline code is a run of its own: no joining across it", "K9, a space before the bold: no joining across it",
            "K11, bold at the word's start", "K12, a page-foot note after a word: no joining into the note's text",
            "K13, a bold part of an Urdu word in an English paragraph"})
    void theMarkedWordDrawsThePlainWordsForms(String label, String what) {
        List<Integer> forms = letters(label);
        int half = forms.size() / 2;
        // the marked word stands left of the plain one: visual order in a right-to-left line
        assertEquals(hex(forms.subList(half, forms.size())), hex(forms.subList(0, half)), what);
    }

    /**
     * A joiner the author writes (پاک‍ستان, at a bold's edge on either side, ک‍ alone) is drawn by
     * no face and joins the letters round it: it was given the main face, which drew a bar with an
     * x on top (h19aa G1), and the ک before it ended its run, in a word's end form.
     */
    @Test
    void aJoinerTheAuthorWritesIsNotDrawnAndJoins() {
        List<Integer> forms = letters("K14");
        List<Integer> kafs = forms.stream().filter(cp -> cp >= 0xFB8E && cp <= 0xFB91).toList();
        assertAll(
                () -> assertTrue(glyphsOf.get("K14").stream().noneMatch(g -> g.contains("\u200D")),
                        "a joiner drawn: " + glyphsOf.get("K14")),
                () -> assertTrue(glyphsOf.get("K14").stream().allMatch(g -> g.contains("NotoNaskhArabic") || g.endsWith(" ")
                        || g.matches(".*NotoSerif.* [K0-9]")), "a glyph in another face: " + glyphsOf.get("K14")),
                // ک after alif (which joins nothing after it) opens the join: its initial form, five times
                () -> assertEquals(hex(List.of(0xFB90, 0xFB90, 0xFB90, 0xFB90, 0xFB90)), hex(kafs)),
                () -> assertTrue(text.contains("پاکستان پاکستان پاکستان پاکستان ک اور"), text));
    }

    /** Harakat between two letters at an element's edge leave them joined. */
    @Test
    void marksAtTheEdgeDoNotBreakJoining() {
        List<Integer> forms = letters("K7");
        int quarter = forms.size() / 4;
        // left to right: کِ*تاب*, کِتاب, مُ**حَ**مَّد, مُحَمَّد
        assertAll(
                () -> assertEquals(hex(forms.subList(quarter, 2 * quarter)), hex(forms.subList(0, quarter)), "کِ*تاب*"),
                () -> assertEquals(hex(forms.subList(3 * quarter, 4 * quarter)), hex(forms.subList(2 * quarter, 3 * quarter)),
                        "مُ**حَ**مَّد"));
    }

    /** A ZWNJ keeps می apart from خواهم, whether it stands before or inside the bold. */
    @Test
    void zwnjStillBreaksJoining() {
        List<Integer> forms = letters("K8");
        int third = forms.size() / 3;
        assertAll(
                () -> assertEquals(hex(forms.subList(2 * third, 3 * third)), hex(forms.subList(third, 2 * third)), "می‌**خواهم**"),
                () -> assertEquals(hex(forms.subList(2 * third, 3 * third)), hex(forms.subList(0, third)), "می**‌خواهم**"),
                // ی of می ends its word: final, not medial
                () -> assertTrue(forms.contains(0xFBFD), hex(forms)));
    }

    /** A lām and an alif parted by the bold's edge are two glyphs, joined, and read back as the word. */
    @Test
    void lamAlifAcrossAnEdgeKeepsBothLetters() {
        List<Integer> forms = letters("K10");
        assertAll(
                // left to right: م alone (an alif joins nothing after it), ا final, ل medial, س initial
                () -> assertEquals(hex(List.of(0xFEE1, 0xFE8E, 0xFEE0, 0xFEB3)), hex(forms)),
                () -> assertTrue(text.contains("سلام"), text));
    }

    /** The PDF reads each word as written, with no joiner in it, and stays PDF/A-2u and PDF/UA-1. */
    @Test
    void theWordsReadBackAsWrittenAndThePdfConforms() throws Exception {
        assertAll(
                () -> assertFalse(text.contains("\u200D"), "a joiner is read back"),
                () -> assertTrue(text.contains("پاکستان پاکستان"), text),
                () -> assertTrue(text.contains("بینالاقوامی بینالاقوامی"), text),
                () -> assertTrue(text.contains("الحكومة الحكومة"), text),
                () -> assertTrue(text.contains("ہمامنپسند ہمامنپسند"), text),
                () -> assertTrue(text.contains("The word پاکستان is پاکستان in bold."), text));
        org.imprint.verify.VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }
}
