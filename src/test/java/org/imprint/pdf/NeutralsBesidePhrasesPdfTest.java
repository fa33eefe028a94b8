package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import com.ibm.icu.text.Bidi;

/**
 * Punctuation, brackets, quotation marks and numbers beside a phrase of the other direction, with
 * and without a note call after it, in the PDFBox engine's PDF: each line, its glyphs read by
 * position, is the visual order the Unicode bidirectional algorithm (UAX #9, ICU) gives the
 * paragraph as written, a note call counting as an isolate (as its {@code dir} attribute makes it
 * in the e-book). In an English paragraph a stop or a closing quotation mark between an Arabic or
 * Hebrew phrase and a call is the paragraph's, right of the phrase; in an Urdu paragraph a comma
 * after an English phrase is the Urdu sentence's. Each report is built twice: with page-foot
 * notes, and with endnotes (a note too long for a page's foot), whose calls are superscripts in
 * the text.
 */
class NeutralsBesidePhrasesPdfTest {

    static final Path ENGLISH = Reports.HOME.resolve("src/test/resources/reports/neutrals-en");
    static final Path URDU = Reports.HOME.resolve("src/test/resources/reports/neutrals-ur");

    /** The English paragraphs as written, after smart punctuation; {n} is a note call. */
    static final List<String> ENGLISH_LINES = List.of(
            "Alpha wrote שלום עכשיו.{1} Then more.",
            "Bravo quoted «ایران آزاد»{2} at the rally.",
            "Charlie said “שלום עכשיו”{3}, then left.",
            "Delta named (شہباز شریف){4} and his party.",
            "Echo counted ایک کروڑ 20 ہزار{5}; then 3.4 and עברית 3.4 again.",
            "Foxtrot wrote שלום, עכשיו, and more.",
            "Golf heard “پاکستان زندہ باد”{6} in 2024.",
            "Hotel saw «ایران آزاد» and (שלום) today.",
            // „…“ is a pair (German, Hebrew), and the list markers' closers pair with nothing: the
            // letters outside the quotation decide, however long the quotation
            "Juliet wrote „שלום עכשיו הוא ארגון ישראלי שנוסד“ in 1978.",
            "Sierra asked for a) peace and b) «فوری جنگ بندی اور کراچی میں مذاکرات کا آغاز» in April.");
    static final List<String> URDU_LINES = List.of(
            "یہ the quick fox, اور مزید الفاظ۔",
            "یہ (the lazy dog){1} ہے۔",
            // "…" in Urdu is set ”…“ (CLDR): drawn right to left, the picture of English “…”
            "یہ «Latin words»{2} اور \u201DZebras, with commas.\u201C{3} آگے۔",
            "سال 2025 میں version 3.4 آیا۔");

    @TempDir
    static Path out;
    static final List<Path> englishPdfs = new ArrayList<>();
    static final List<Path> urduPdfs = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        for (Path report : List.of(ENGLISH, URDU)) {
            List<Path> pdfs = report == ENGLISH ? englishPdfs : urduPdfs;
            String name = report.getFileName().toString();
            pdfs.add(imprint.build(BuildRequest.of(report).out(out.resolve(name)).formats("pdf").build()).get(0));
            pdfs.add(imprint.build(BuildRequest.of(withEndnotes(report)).out(out.resolve(name + "-endnotes")).formats("pdf").build()).get(0));
        }
    }

    /** A copy of the report with a note too long for a page's foot: the PDF sets its notes as endnotes. */
    private static Path withEndnotes(Path report) throws Exception {
        Path copy = Files.createDirectories(out.resolve("src").resolve(report.getFileName() + "-endnotes"));
        String article = Files.readString(report.resolve("article.md"));
        String sentence = "The talks were watched closely by both capitals, and the press in each country reported them. ";
        Files.writeString(copy.resolve("article.md"), article.replaceFirst("\n\n\\[\\^1\\]:", "\n\n123[^long]\n\n[^1]:")
                + "\n[^long]: " + sentence.repeat(60) + "\n");
        return copy;
    }

    @Test
    void englishLinesReadInTheOrderOfTheBidirectionalAlgorithm() {
        assertAll(englishPdfs.stream().flatMap(pdf -> ENGLISH_LINES.stream().map(line -> check(pdf, line, false))));
    }

    @Test
    void urduLinesReadInTheOrderOfTheBidirectionalAlgorithm() {
        assertAll(urduPdfs.stream().flatMap(pdf -> URDU_LINES.stream().map(line -> check(pdf, line, true))));
    }

    /**
     * A quoted Urdu phrase running over several lines of an English paragraph, numbers and bold
     * words inside it: each line is the visual order of its part of the paragraph, levels resolved
     * over the whole paragraph and reordered line by line (UAX #9 3.3 and 3.4). A line beginning
     * with a number is the phrase's: resolved over that line alone, the number would be English.
     */
    @Test
    void aPhraseOverSeveralLinesIsResolvedOverItsParagraph() {
        String[] words = {"ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو", "دس", "گیارہ", "بارہ"};
        int[] numbers = {20, 35, 40, 15, 60, 75, 80, 95, 105, 110, 125, 130};
        List<String> list = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            list.add(words[i] + " کروڑ " + numbers[i] + " ہزار روپے");
        }
        String items = String.join("، ", list);
        String written = "Quebec listed “" + items + "” in its budget.";
        assertAll(englishPdfs.stream().map(pdf -> (Executable) () -> {
            List<String> lines = lines(pdf, "Quebec", "budget");
            assertTrue(lines.size() > 2, () -> "the phrase runs over several lines: " + lines);
            Bidi paragraph = new Bidi(written, Bidi.LTR);
            int start = 0;
            for (String line : lines) {
                // the line holds as many of the paragraph's characters as it draws, spaces aside
                int end = start;
                for (int count = 0; count < line.codePointCount(0, line.length()); end++) {
                    if (!Character.isWhitespace(written.charAt(end))) {
                        count++;
                    }
                }
                String expected = paragraph.setLine(start, end).writeReordered(Bidi.DO_MIRRORING).replaceAll("\\s", "");
                assertEquals(expected, line, pdf.getParent().getFileName() + ": " + written.substring(start, end));
                start = end;
            }
            assertEquals(written.length(), start);
        }));
    }

    /** PDF/A-2u and PDF/UA-1, by veraPDF, for each of the four PDFs. */
    @Test
    void thePdfsPassPdfAAndPdfUa() {
        assertAll(Stream.concat(englishPdfs.stream(), urduPdfs.stream())
                .map(pdf -> (Executable) () -> VeraPdfAssertions.assertPdfAAndPdfUa(pdf)));
    }

    private static Executable check(Path pdf, String written, boolean rtl) {
        return () -> {
            // the line's longest Latin word finds it
            String word = Stream.of(written.split("[^A-Za-z]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
            assertEquals(visual(written, rtl), drawn(pdf, word), pdf.getParent().getFileName() + ": " + written);
        };
    }

    /**
     * The paragraph in visual order by ICU, a call an isolate, and a quotation of the other
     * direction isolated as the markup stage isolates it, without spaces.
     */
    static String visual(String written, boolean rtl) {
        String logical = org.imprint.markdown.ParagraphDirections.isolateQuotations(
                written.replaceAll("\\{(\\d+)}", "\u2068$1\u2069"), rtl);
        Bidi bidi = new Bidi(logical, rtl ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS).replaceAll("\\s", "");
    }

    /**
     * The lines from the one holding {@code first} to the one holding {@code last}, each its
     * glyphs left to right, NFKC, without spaces.
     */
    static List<String> lines(Path pdf, String first, String last) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        int pages = glyphs.isEmpty() ? 0 : glyphs.get(glyphs.size() - 1).page();
        List<String> texts = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            List<List<Glyph>> lines = new ArrayList<>();
            for (Glyph g : glyphs) {
                if (g.page() == page && !g.blank()) {
                    lines.stream().filter(line -> Math.abs(line.get(0).y() - g.y()) < 5).findFirst()
                            .ifPresentOrElse(line -> line.add(g), () -> lines.add(new ArrayList<>(List.of(g))));
                }
            }
            lines.sort(Comparator.comparingDouble(l -> l.get(0).y()));
            for (List<Glyph> line : lines) {
                line.sort(Comparator.comparingDouble(Glyph::x));
                texts.add(Normalizer.normalize(PdfGlyphs.text(line), Normalizer.Form.NFKC).replaceAll("\\s", ""));
            }
        }
        int from = texts.indexOf(texts.stream().filter(t -> t.contains(first)).findFirst().orElseThrow());
        int to = texts.indexOf(texts.stream().filter(t -> t.contains(last)).findFirst().orElseThrow());
        return texts.subList(from, to + 1);
    }

    /** The glyphs of the line holding {@code word}, left to right, NFKC, without spaces. */
    static String drawn(Path pdf, String word) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        Glyph found = PdfGlyphs.find(glyphs, word).orElseThrow(() -> new AssertionError("no \"" + word + "\" in " + pdf.getFileName()));
        // a call is raised above the baseline, less than a line's height
        String text = PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, found, 5));
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
