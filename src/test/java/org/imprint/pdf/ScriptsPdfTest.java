package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts of the region in the PDFBox engine's PDF: Arabic and Urdu, Hebrew, Devanagari,
 * Bengali, Thai and emoji are drawn with the brand's fallback fonts, embedded, and come back from
 * the PDF's text.
 */
class ScriptsPdfTest {

    static final Path QUOTING = Reports.HOME.resolve("src/test/resources/reports/quoting-urdu");
    static final Path HEBREW_LATIN_ONLY = Reports.HOME.resolve("src/test/resources/reports/hebrew-latin-only");
    static final Path SCRIPTS = Reports.HOME.resolve("src/test/resources/reports/scripts");
    static final Path NO_FONT = Reports.HOME.resolve("src/test/resources/reports/no-font");
    static final Path URDU = Reports.HOME.resolve("src/test/resources/reports/urdu");

    @TempDir
    static Path out;
    static String quotingText;
    /** The glyphs drawn in the Naskh face (by glyph id: their text is the letters, not the forms). */
    static Set<Integer> quotingGlyphs;
    static String scriptsText;
    static Set<String> quotingFonts;
    static Path quotingPdf;
    static List<FootNote> quotingNotes;
    static String quotingPage3;
    static List<FootNote> urduNotes;
    /** The Urdu article's words and numbers on its pages 3 and 4, as PDFBox groups them, with their places. */
    static List<List<Word>> urduWords;
    static Set<String> scriptsFonts;
    static final List<Problem> warnings = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        Path quoting = imprint.build(BuildRequest.of(QUOTING).out(out).formats("pdf").warnings(warnings::add).build()).get(0);
        quotingPdf = quoting;
        Path scripts = imprint.build(BuildRequest.of(SCRIPTS).out(out).formats("pdf").warnings(warnings::add).build()).get(0);
        try (PDDocument pdf = Loader.loadPDF(quoting.toFile())) {
            quotingText = PdfText.all(pdf);
            Set<Integer> glyphs = new TreeSet<>();
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    if (text.getFont().getName().endsWith("+NotoNaskhArabic-Regular")) {
                        // the subset keeps the font's glyph ids as its codes (CIDs)
                        for (int code : text.getCharacterCodes()) {
                            glyphs.add(code);
                        }
                    }
                }
            }.getText(pdf);
            quotingGlyphs = glyphs;
            quotingFonts = fonts(pdf);
            quotingNotes = footNotes(pdf);
            quotingPage3 = PdfText.pages(pdf, 3, 3);
        }
        Path urdu = imprint.build(BuildRequest.of(URDU).out(out).formats("pdf").build()).get(0);
        try (PDDocument pdf = Loader.loadPDF(urdu.toFile())) {
            urduNotes = footNotes(pdf);
            urduWords = List.of(words(pdf, 3), words(pdf, 4));
        }
        try (PDDocument pdf = Loader.loadPDF(scripts.toFile())) {
            scriptsText = PdfText.all(pdf);
            scriptsFonts = fonts(pdf);
        }
    }

    @Test
    void eachScriptIsDrawnWithItsFont() {
        assertAll(
                () -> assertTrue(quotingFonts.stream().anyMatch(f -> f.contains("NotoNaskhArabic")), quotingFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoSansHebrew")), scriptsFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoSansDevanagari")), scriptsFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoSansBengali")), scriptsFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoSansThai")), scriptsFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoEmoji")), scriptsFonts::toString));
    }

    @Test
    void noCharacterIsLost() {
        assertAll(
                () -> assertFalse(quotingText.contains("#"), quotingText),
                () -> assertFalse(scriptsText.contains("#"), scriptsText));
    }

    /** Arabic-script letters are drawn in their joined forms: پاکستان begins with the initial form of پ. */
    @Test
    void urduLettersAreJoined() throws Exception {
        try (org.apache.fontbox.ttf.TrueTypeFont naskh = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(Reports.HOME.resolve("fonts/NotoNaskhArabic-Regular.ttf").toFile()))) {
            org.apache.fontbox.ttf.CmapLookup cmap = naskh.getUnicodeCmapLookup();
            assertAll(
                    () -> assertTrue(quotingGlyphs.contains(cmap.getGlyphId(0xFB58)), "پ of پاکستان is not in its initial form"),
                    // ہ (U+06C1) and ی (U+06CC) are Urdu letters ICU's Arabic shaping leaves alone
                    () -> assertTrue(quotingGlyphs.contains(cmap.getGlyphId(0xFBA9)), "ہ of شہباز is not in its medial form"),
                    () -> assertTrue(quotingGlyphs.contains(cmap.getGlyphId(0xFBFE)), "ی of شریف is not in its initial form"),
                    () -> assertFalse(quotingGlyphs.contains(cmap.getGlyphId(0x067E)), "a پ is drawn unjoined"));
        }
    }

    /**
     * The text of Arabic-script words is their letters as written, not the presentation forms
     * they are drawn with: the ToUnicode maps give every joined form its letter (pdftotext and
     * screen readers do not fold the forms themselves).
     */
    @Test
    void arabicScriptReadsBackAsItsLetters() {
        assertAll(
                () -> assertTrue(quotingText.contains("پاکستان"), quotingText),
                () -> assertTrue(quotingText.codePoints().noneMatch(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)),
                        "a presentation form in the PDF's text: " + quotingText));
    }

    /** Right-to-left text comes back from the PDF's text as it was written, numbers and all. */
    @Test
    void rightToLeftTextReadsInLogicalOrder() {
        assertAll(
                () -> assertTrue(quotingText.contains("the crowds in Lahore chanted “پاکستان زندہ باد” (Long live Pakistan), and"), quotingText),
                () -> assertTrue(quotingText.contains("Prime Minister Shehbaz Sharif (شہباز شریف) answered them from the stage."), quotingText),
                () -> assertTrue(quotingText.contains("in Western digits, «ایک لاکھ 20 ہزار لوگ», while the Arabic report wrote ١٢٠ ألف."), quotingText),
                // a ZWNJ stays in its Persian word (as a run of its own in the main font it parted
                // the right-to-left run, and the word's halves were drawn the wrong way round)
                () -> assertTrue(quotingText.contains("«می\u200Cخواهیم»"), quotingText),
                () -> assertTrue(scriptsText.contains("The Knesset’s statement read: "), scriptsText),
                () -> assertTrue(scriptsText.contains("שלום לכל תושבי האזור, בשנת"), scriptsText));
    }

    @Test
    void indicThaiAndEmojiComeBackAsWritten() {
        String joined = scriptsText.replace(" ", "");
        assertAll(
                () -> assertTrue(scriptsText.contains("Scripts of the Region 🌏 in One Report"), scriptsText),
                () -> assertTrue(scriptsText.contains("The Indian delegation’s motto was सत्यमेव जयते, and its statement began: भारत और पाकिस्तान के बीच बातचीत ज़रूरी है।"), scriptsText),
                () -> assertTrue(scriptsText.contains("Dhaka’s newspaper headline: বাংলাদেশের অর্থনীতি এগিয়ে যাচ্ছে।"), scriptsText),
                () -> assertTrue(joined.contains("ประเทศไทยยินดีต้อนรับนักท่องเที่ยวจากทั่วโลกและหวังว่าความร่วมมือทางเศรษฐกิจในภูมิภาคจะเติบโตต่อไปในอนาคตอันใกล้นี้"), scriptsText),
                () -> assertTrue(scriptsText.contains("Readers answered with 👍, 🎉 and ❤ in the comments; the map pin 📍 marks Islamabad."), scriptsText),
                () -> assertTrue(scriptsText.contains("come back from the PDF’s text as it was written. 🙂"), scriptsText));
    }

    /** The Thai paragraph breaks between words (ICU's dictionary), never inside one. */
    @Test
    void thaiBreaksBetweenWords() {
        int at = scriptsText.indexOf("ประเทศไทย");
        String thai = scriptsText.substring(at, scriptsText.indexOf("Emoji", at));
        assertTrue(thai.contains("เศรษฐกิจใน ภูมิภาค"), thai);
    }

    /** Devanagari and Bengali are shaped (IndicShapingTest shows how): the build no longer warns. */
    @Test
    void indicTextIsNoLongerAWarning() {
        assertEquals(List.of(), warnings.stream().map(Problem::toString).toList());
    }

    /**
     * An English article quoting Urdu and Arabic turns openhtmltopdf's bidi support on, with which
     * 1.1.31 gave every page-foot note the last note's number: its three notes stand at the foot
     * of the page that calls them, each with its own number, each a Note after its call.
     */
    @Test
    void notesBesideRightToLeftTextStandAtTheFootOfTheirPageWithTheirOwnNumbers() {
        assertEquals(List.of(new FootNote(1, 3, 3, "Note 1"), new FootNote(2, 3, 3, "Note 2"), new FootNote(3, 3, 3, "Note 3")),
                quotingNotes);
        assertAll(
                () -> assertTrue(quotingPage3.contains("1. He spoke for ten minutes. "
                        + "2. “Friendship of Iran and Pakistan”; the Arabic greeting is «السلام عليكم». "
                        + "3. The figure is the organisers’ own; the police gave «پچاس ہزار» (fifty thousand)."), quotingPage3),
                () -> assertTrue(quotingPage3.contains("answered them from the stage.1"), quotingPage3),
                () -> assertTrue(quotingPage3.contains("The Urdu press3 counted"), quotingPage3),
                () -> assertFalse(quotingText.contains("Notes"), "an endnotes list: " + quotingText));
    }

    @Test
    void thePdfWithNotesBesideUrduPassesPdfAAndPdfUa() throws Exception {
        org.imprint.verify.VeraPdfAssertions.assertPdfAAndPdfUa(quotingPdf);
    }

    /**
     * An Urdu article's notes stand at the foot of the page that calls them (four on its first
     * page, the fifth on the next), each with its own number, right aligned: the number ends
     * where the column ends, and the note's words stand to its left.
     */
    @Test
    void anUrduArticlesNotesStandAtTheFootOfTheirPageRightAligned() {
        assertEquals(List.of(new FootNote(1, 3, 3, "حاشیہ 1"), new FootNote(2, 3, 3, "حاشیہ 2"), new FootNote(3, 3, 3, "حاشیہ 3"),
                new FootNote(4, 3, 3, "حاشیہ 4"), new FootNote(5, 4, 4, "حاشیہ 5")), urduNotes);
        String[][] notes = {{"1", "یہ دورہ دو دن جاری رہا۔"}, {"2", "2025 میں ایسی چھ منڈیاں تھیں۔"},
                {"3", "یہ جملہ ایک سرحدی تاجر کا ہے۔"}, {"4", "یہ رائے مصنف کی اپنی ہے۔"}, {"5", "یہ سروس کوئٹہ سے زاہدان تک چلتی ہے۔"}};
        for (String[] note : notes) {
            List<Word> page = urduWords.get(note[0].equals("5") ? 1 : 0);
            double columnEnd = page.stream().mapToDouble(Word::right).max().orElseThrow();
            Word number = page.stream().filter(w -> w.text().equals("." + note[0]) || w.text().equals(note[0] + "."))
                    .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no number " + note[0] + " in " + page));
            Word text = page.stream().filter(w -> w.text().equals(note[1])).findFirst()
                    .orElseThrow(() -> new AssertionError("no note " + note[1] + " in " + page));
            assertAll(
                    () -> assertEquals(columnEnd, number.right(), 0.5, "note " + note[0] + "'s number does not end the column"),
                    () -> assertEquals(number.y(), text.y(), 0.5, "note " + note[0] + "'s words are not on its number's line"),
                    () -> assertTrue(text.right() < number.left(), "note " + note[0] + "'s words are not left of its number"));
        }
    }

    @Test
    void aCharacterNoFontHasIsNamedWithItsLineAndTheFontsTried(@TempDir Path dir) throws Exception {
        List<Problem> seen = new ArrayList<>();
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(NO_FONT).out(dir).formats("pdf")
                .warnings(seen::add).build()).get(0);
        seen.removeIf(p -> !p.message().startsWith("no font"));
        assertEquals(2, seen.size(), seen::toString);
        assertAll(
                () -> assertEquals(8, seen.get(0).line()),
                () -> assertTrue(seen.get(0).toString().startsWith("src/test/resources/reports/no-font/article.md:8: warning: no font of brand rcas has the characters U+0DC1 (ශ), U+0DCA (්)"), seen.get(0)::toString),
                () -> assertTrue(seen.get(0).message().contains("fonts tried: Noto Serif, Droid Sans Fallback, Nanum Myeongjo, Noto Naskh Arabic, Noto Sans Hebrew"), seen.get(0)::message),
                // the joiner inside ශ්‍රී is not a glyph: it is not named
                () -> assertFalse(seen.get(0).message().contains("U+200D"), seen.get(0)::message),
                () -> assertEquals(10, seen.get(1).line()),
                () -> assertTrue(seen.get(1).message().contains("U+10300 (𐌀), U+10301 (𐌁)"), seen.get(1)::message));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(PdfText.all(doc).contains("#"), "openhtmltopdf drew no # where the glyphs are missing");
        }
    }

    @Test
    void theOpenPdfEngineRefusesArabicNamingTheLine(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> new Imprint(Reports.HOME)
                .build(BuildRequest.of(QUOTING).out(dir).formats("pdf").engine("openpdf").build()));
        assertEquals("src/test/resources/reports/quoting-urdu/article.md:10: the openpdf engine cannot set Arabic text"
                + " (U+067E پ): it has no shaping of right-to-left and complex scripts; build with --engine pdfbox",
                e.problem().toString());
        assertEquals(List.of(), List.of(dir.toFile().list()), "a file was left behind");
    }

    @Test
    void theOpenPdfEngineRefusingTheBrandsHebrewSaysWhereTheLettersComeFrom(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> new Imprint(Reports.HOME)
                .build(BuildRequest.of(HEBREW_LATIN_ONLY).out(dir).formats("pdf").engine("openpdf").build()));
        assertEquals("src/test/resources/reports/hebrew-latin-only/article.md: the brand's Hebrew date and labels"
                + " (templates/rcas/brand.yaml languages.he) need Hebrew letters (U+05D1 ב), which the openpdf engine"
                + " cannot set: it has no shaping of right-to-left and complex scripts; build with --engine pdfbox",
                e.problem().toString());
        assertEquals(List.of(), List.of(dir.toFile().list()), "a file was left behind");
    }

    /** A page-foot note of a tagged PDF: its number, its page (from 1), its call's page and the call's description. */
    record FootNote(int number, int page, int callPage, String call) {
    }

    /** The tagged PDF's Note elements, in the order of the structure tree, each with the Link before it. */
    static List<FootNote> footNotes(PDDocument pdf) {
        List<FootNote> found = new ArrayList<>();
        collectNotes(pdf, pdf.getDocumentCatalog().getStructureTreeRoot(), found);
        return found;
    }

    private static void collectNotes(PDDocument pdf, PDStructureNode node, List<FootNote> found) {
        PDStructureElement before = null;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Note".equals(element.getStructureType())) {
                    assertTrue(before != null && "Link".equals(before.getStructureType()), "a Note does not follow a Link");
                    found.add(new FootNote(Integer.parseInt(element.getElementIdentifier().replace("note-", "")),
                            pdf.getPages().indexOf(element.getPage()) + 1, pdf.getPages().indexOf(before.getPage()) + 1,
                            before.getAlternateDescription()));
                }
                collectNotes(pdf, element, found);
                before = element;
            }
        }
    }

    /** A run of text as PDFBox's stripper groups it on a line, with its left and right edges and baseline. */
    record Word(String text, double left, double right, double y) {
    }

    /** The text runs of a page (from 1), NFKC-folded. */
    static List<Word> words(PDDocument pdf, int page) throws java.io.IOException {
        List<Word> words = new ArrayList<>();
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                words.add(new Word(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC),
                        positions.stream().mapToDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj).min().orElseThrow(),
                        positions.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElseThrow(),
                        positions.get(0).getYDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return words;
    }

    /** The base names of the fonts the pages use, without their subset prefix. */
    static Set<String> fonts(PDDocument pdf) throws java.io.IOException {
        Set<String> names = new TreeSet<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        return names;
    }
}
