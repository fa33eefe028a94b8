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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph of the other direction than its article, with links, emphasis, code and note calls
 * inside it, prints in order in the PDFBox engine's PDF: its text reads back as written and no
 * two of its glyphs are drawn over each other. What the engine cannot order (a phrase of the
 * other direction holding markup inside a paragraph) is warned about with its line.
 */
class MixedDirectionsPdfTest {

    static final Path URDU = Reports.HOME.resolve("src/test/resources/reports/mixed-directions");
    static final Path ENGLISH = Reports.HOME.resolve("src/test/resources/reports/mixed-directions-en");

    @TempDir
    static Path out;
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

    /** The phrase the engine cannot order is named with its line; the paragraphs it can order are not. */
    @Test
    void aPhraseOfTheOtherDirectionHoldingALinkIsWarnedAbout() {
        List<Problem> mixed = urduWarnings.stream().filter(p -> p.message().contains("other direction")).toList();
        assertAll(
                () -> assertEquals(1, mixed.size(), mixed.toString()),
                () -> assertEquals(17, mixed.get(0).line()),
                () -> assertTrue(mixed.get(0).file().endsWith("article.md")),
                () -> assertTrue(mixed.get(0).message().contains("the linked English phrase"), mixed.get(0).message()),
                () -> assertTrue(englishWarnings.stream().noneMatch(p -> p.message().contains("other direction")),
                        englishWarnings.toString()));
    }
}
