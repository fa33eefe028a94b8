package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph of the other direction than its article, with links, emphasis, code and note calls
 * inside it, prints in order in the PDFBox engine's PDF: its text reads back as written and no
 * two of its glyphs are drawn over each other. A phrase of the other direction holding markup
 * inside a paragraph (an English phrase with an emphasis in an Urdu paragraph, an Arabic phrase
 * with a bold word in an English one) is placed in visual order ({@link VisualLineOrder}): its
 * glyphs, read by position, give the phrase as written, and the content stream keeps it in logical
 * order for extraction and screen readers.
 */
class MixedDirectionsPdfTest {

    static final Path URDU = Reports.HOME.resolve("src/test/resources/reports/mixed-directions");
    static final Path ENGLISH = Reports.HOME.resolve("src/test/resources/reports/mixed-directions-en");

    @TempDir
    static Path out;
    static Path urduPdf;
    static Path englishPdf;
    static String urduText;
    static String englishText;
    static List<String> overlaps = new ArrayList<>();
    static final List<Problem> urduWarnings = new ArrayList<>();
    static final List<Problem> englishWarnings = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        Path urdu = imprint.build(BuildRequest.of(URDU).out(out.resolve("ur")).formats("pdf").warnings(urduWarnings::add).build()).get(0);
        Path english = imprint.build(BuildRequest.of(ENGLISH).out(out.resolve("en")).formats("pdf").warnings(englishWarnings::add).build()).get(0);
        urduPdf = urdu;
        englishPdf = english;
        urduText = text(urdu);
        englishText = text(english);
    }

    /** The PDF's text, NFKC, its lines joined by single spaces; overlapping Latin glyphs noted in {@link #overlaps}. */
    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<float[]> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    super.processTextPosition(text);
                    String s = text.getUnicode();
                    // the running head left out: a long title runs into the series there, in any direction
                    if (!s.isBlank() && text.getYDirAdj() > 60 && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.LATIN) {
                        glyphs.add(new float[] {getCurrentPageNo(), text.getYDirAdj(), text.getXDirAdj(),
                                text.getXDirAdj() + text.getWidthDirAdj(), s.codePointAt(0)});
                    }
                }
            };
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            glyphs.sort(Comparator.<float[]>comparingDouble(g -> g[0]).thenComparingDouble(g -> g[1]).thenComparingDouble(g -> g[2]));
            for (int i = 1; i < glyphs.size(); i++) {
                float[] a = glyphs.get(i - 1);
                float[] b = glyphs.get(i);
                if (a[0] == b[0] && Math.abs(a[1] - b[1]) < 0.5 && b[2] < a[3] - 0.5) {
                    overlaps.add(pdf.getFileName() + " page " + (int) a[0] + ": " + Character.toString((int) a[4])
                            + " and " + Character.toString((int) b[4]) + " overlap at x=" + b[2]);
                }
            }
            return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void leftToRightParagraphsInAnUrduArticleReadAsWritten() {
        assertAll(
                () -> assertTrue(urduText.contains("This whole paragraph is English inside an Urdu article, with a link in the middle"
                        + " and more words after it, 2026."), urduText),
                () -> assertTrue(urduText.contains("This English sentence has emphasis in the middle and more words after it."), urduText),
                () -> assertTrue(urduText.contains("This English sentence has inline code in the middle and a note call"), urduText),
                () -> assertTrue(urduText.contains("An English note in an Urdu article, with a link in the middle and more words after it."),
                        urduText),
                () -> assertTrue(urduText.contains("اردو جملہ جس میں ایک ربط درمیان میں ہے اور پھر مزید الفاظ"), urduText));
    }

    @Test
    void rightToLeftNotesAndParagraphsInAnEnglishArticleReadAsWritten() {
        assertAll(
                () -> assertTrue(englishText.contains("הערה עם קישור באמצע המשפט ועוד מילים."), englishText),
                () -> assertTrue(englishText.contains("הערה עם קישור באמצע המשפט ועוד מילים אחרי הקישור"), englishText));
    }

    @Test
    void noGlyphsAreDrawnOverEachOther() {
        assertEquals(List.of(), overlaps);
    }

    /** PDFBox's text, by position with its bidi pass, gives the lines as the author wrote them. */
    @Test
    void phrasesWithMarkupInsideReadInLogicalOrder() {
        assertAll(
                () -> assertTrue(urduText.contains("اردو جملہ جس میں انگریزی فقرہ the quick brown fox jumps over آتا ہے اور پھر مزید الفاظ۔"),
                        urduText),
                () -> assertTrue(urduText.contains("اردو جملہ جس میں ایک انگریزی فقرہ ہے: the linked English phrase، اور پھر اردو۔"),
                        urduText),
                () -> assertTrue(englishText.contains("The envoy said السلام عليكم يا أخي before leaving the room."), englishText));
    }

    /** Read by position, left to right, an English phrase holding an emphasis in an Urdu paragraph reads as written. */
    @Test
    void aLeftToRightPhraseWithEmphasisIsPlacedInVisualOrder() throws Exception {
        assertAll(
                () -> assertEquals("the quick brown fox jumps over", line(urduPdf, "brown", Character.UnicodeScript.LATIN, false)),
                () -> assertEquals("the linked English phrase", line(urduPdf, "linked", Character.UnicodeScript.LATIN, false)));
    }

    /** Read by position, right to left, an Arabic phrase holding a bold word in an English paragraph reads as written. */
    @Test
    void aRightToLeftPhraseWithBoldIsPlacedInVisualOrder() throws Exception {
        assertEquals("السلامعليكمياأخي",
                line(englishPdf, "عليكم", Character.UnicodeScript.ARABIC, true).replace(" ", ""));
    }

    /**
     * A note in the other direction than its article has its number on the article's side, as the
     * article's other notes and the e-book's notes have it ({@link NoteNumberSides}), apart from its text.
     */
    @Test
    void aNoteOfTheOtherDirectionHasItsNumberOnTheArticlesSide() {
        assertAll(
                // PDFBox reads the line left to right: the English note's words, then, at the right edge, its
                // number as the Urdu article's other numbers read, its full stop left of the number: ".1"
                () -> assertTrue(urduText.contains("more words after it. .1"), urduText),
                // the Hebrew note of an English article: "1." at the left, then its words
                () -> assertTrue(englishText.contains("1. הערה עם קישור באמצע המשפט ועוד מילים."), englishText));
    }

    /**
     * A page-foot note's direction is its own text's, not the calling paragraph's: an English note
     * called from a Hebrew paragraph has its number on the left, an Urdu note called from an
     * English paragraph on the right.
     */
    @Test
    void aNoteTakesItsDirectionFromItsOwnText() {
        assertAll(
                () -> assertEquals("left", markerSide(englishPdf, "Hebrew note:", '2')),
                () -> assertEquals("right", markerSide(urduPdf, "Reuters", '2')));
    }

    /**
     * In an Urdu article a heading and a list item of English are both set left to right, from
     * the left margin, as the English paragraphs are: the heading at the margin, the item of a
     * list of English items one list indent (1.6em of 10pt) in, its marker in the indent. (With an
     * Urdu label before the English, "عنوان: Pakistan and Iran", they are Urdu: {@link
     * org.imprint.markdown.ParagraphDirections#direction}.)
     */
    @Test
    void anEnglishHeadingStartsWhereAnEnglishListItemDoes() throws Exception {
        float paragraph = leftmost(urduPdf, "wire service");
        assertAll(
                () -> assertEquals(paragraph + 16, leftmost(urduPdf, "Tehran"), 2, "list item"),
                () -> assertEquals(paragraph, leftmost(urduPdf, "Pakistan and Iran"), 1, "heading"));
    }

    /** The leftmost x of the glyphs on the line holding {@code word}. */
    private static float leftmost(Path pdf, String word) throws Exception {
        float min = Float.MAX_VALUE;
        for (Glyph g : lineHolding(pdf, word)) {
            if (!g.blank()) {
                min = Math.min(min, g.x());
            }
        }
        return min;
    }

    /** Which side of the letters of the note line holding {@code word} its number {@code marker} is drawn. */
    private static String markerSide(Path pdf, String word, char marker) throws Exception {
        float markerX = Float.NaN;
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        for (Glyph g : lineHolding(pdf, word)) {
            if (g.text().equals(String.valueOf(marker))) {
                markerX = g.x();
            } else if (!g.text().isEmpty()
                    && Character.isLetter(Normalizer.normalize(g.text(), Normalizer.Form.NFKC).codePointAt(0))) {
                minX = Math.min(minX, g.x());
                maxX = Math.max(maxX, g.x());
            }
        }
        return markerX < minX ? "left" : markerX > maxX ? "right" : "in the middle at " + markerX + " of " + minX + ".." + maxX;
    }

    /** The glyphs on the line (baseline within 3 points) where {@code word} begins. */
    private static List<Glyph> lineHolding(Path pdf, String word) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        Glyph first = PdfGlyphs.find(glyphs, word).orElseThrow(() -> new AssertionError(word + " not in " + pdf));
        return PdfGlyphs.lineOf(glyphs, first, 3);
    }

    @Test
    void theBuildNoLongerWarnsAboutMixedDirections() {
        assertAll(
                () -> assertTrue(urduWarnings.stream().noneMatch(p -> p.message().contains("other direction")), urduWarnings.toString()),
                () -> assertTrue(englishWarnings.stream().noneMatch(p -> p.message().contains("other direction")),
                        englishWarnings.toString()));
    }

    @Test
    void bothPdfsPassVeraPdf() throws Exception {
        org.imprint.verify.VeraPdfAssertions.assertPdfAAndPdfUa(urduPdf);
        org.imprint.verify.VeraPdfAssertions.assertPdfAAndPdfUa(englishPdf);
    }

    /**
     * The glyphs of {@code script} (and the spaces between them) on the line of the page that holds
     * {@code word}, in the order of their places (right to left when {@code rightToLeft}), NFKC.
     */
    private static String line(Path pdf, String word, Character.UnicodeScript script, boolean rightToLeft) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        String folded = Normalizer.normalize(word, Normalizer.Form.NFKC);
        for (Glyph glyph : glyphs) {
            List<Glyph> onLine = new ArrayList<>(PdfGlyphs.lineOf(glyphs, glyph, 1).stream().filter(g -> g.blank()
                    || Character.UnicodeScript.of(Normalizer.normalize(g.text(), Normalizer.Form.NFKC).codePointAt(0)) == script)
                    .toList());
            if (rightToLeft) {
                onLine.sort(Comparator.comparingDouble(g -> -g.x()));
            }
            String read = Normalizer.normalize(PdfGlyphs.text(onLine), Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
            if (read.contains(folded)) {
                return read;
            }
        }
        return "";
    }
}
