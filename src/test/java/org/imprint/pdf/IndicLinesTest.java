package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hindi whose words shaping makes wider (रूस, ज़मीन) or narrower (क्षेत्रीय) than the layout
 * measured them, in a justified paragraph, before note calls, and in two weights of one font
 * file: the words stay apart, the note calls stay at their words, the PDF stays PDF/A and
 * PDF/UA, and two builds are the same file.
 */
class IndicLinesTest {

    static final Path LINES = Reports.HOME.resolve("src/test/resources/reports/indic-lines");

    @TempDir
    static Path out;
    static Path pdf;
    static String text;
    static String drawn;
    static final List<Glyph> glyphs = new ArrayList<>();

    /** One glyph drawn: its page, baseline, advance box, and whether it is a space. */
    record Glyph(int page, float y, float x0, float x1, boolean space, int run, String font) {
    }

    @BeforeAll
    static void build() throws Exception {
        pdf = new Imprint(Reports.HOME).build(BuildRequest.of(LINES).out(out.resolve("first")).formats("pdf").build()).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new SoftHyphenStripper();
            stripper.setSortByPosition(true);
            text = nfc(stripper.getText(doc));
            drawn = nfc(new SoftHyphenStripper().getText(doc));
            Boxes boxes = new Boxes();
            for (PDPage page : doc.getPages()) {
                boxes.page++;
                boxes.processPage(page);
            }
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").replace("de\u00AD tails", "details").strip();
    }

    @Test
    void theTextComesBackAsWritten() throws IOException {
        String source = Files.readAllLines(LINES.resolve("article.md")).stream().filter(l -> l.startsWith("for रूस"))
                .findFirst().orElseThrow();
        assertAll(
                () -> assertTrue(text.contains(nfc(source)), text),
                () -> assertTrue(text.contains("The word क्षेत्रीय1 and सुरक्षा,2 then ज्ञान3 end."), text),
                () -> assertTrue(text.contains("The minister said क्षेत्रीय सुरक्षा and त्रिपक्षीय व्यापार for details."), text),
                // in drawing order too (PDFBox's default)
                () -> assertTrue(drawn.contains(nfc(source)), drawn),
                () -> assertTrue(drawn.contains("The word क्षेत्रीय1 and सुरक्षा,2 then ज्ञान3 end."), drawn));
    }

    /**
     * Between two words that a space parts, at least 60 % of the space is left; words with no
     * space between them neither overlap nor, after a Hindi word (its note call, its comma),
     * stand apart.
     */
    @Test
    void wordsStayApartAndNoteCallsStayAtTheirWords() {
        List<String> faults = new ArrayList<>();
        for (List<Glyph> line : lines()) {
            // words: glyphs drawn one after another in one run, up to a space
            List<float[]> words = new ArrayList<>();
            List<Glyph> spaces = new ArrayList<>();
            float[] word = null;
            int run = -1;
            for (Glyph g : line) {
                if (g.space()) {
                    spaces.add(g);
                    word = null;
                    continue;
                }
                if (word == null || g.run() != run) {
                    word = new float[] {g.x0(), g.x1(), 0};
                    words.add(word);
                    run = g.run();
                }
                word[0] = Math.min(word[0], g.x0());
                word[1] = Math.max(word[1], g.x1());
                if (g.font().contains("Devanagari")) {
                    word[2] = 1;
                }
            }
            words.removeIf(w -> w[1] - w[0] < 0.01f);
            words.sort(Comparator.comparingDouble(w -> w[0]));
            for (int i = 0; i + 1 < words.size(); i++) {
                float[] a = words.get(i);
                float[] b = words.get(i + 1);
                Glyph space = spaces.stream().filter(s -> s.x0() >= a[0] && s.x0() < b[0] + 0.01f).findFirst().orElse(null);
                float gap = b[0] - a[1];
                if (space != null && gap < 0.6f * (space.x1() - space.x0())) {
                    faults.add("p%d y=%.1f: %.2f pt between words at x=%.1f and x=%.1f, space %.2f pt"
                            .formatted(line.get(0).page(), line.get(0).y(), gap, a[0], b[0], space.x1() - space.x0()));
                } else if (space == null && (gap < -0.05f || gap > 1.5f && a[2] == 1)) {
                    faults.add("p%d y=%.1f: %.2f pt between x=%.1f and x=%.1f, no space".formatted(line.get(0).page(),
                            line.get(0).y(), gap, a[0], b[0]));
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    /** The glyphs of each line of each page (note calls with their line), in drawing order. */
    private static List<List<Glyph>> lines() {
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y));
        List<Glyph> line = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!line.isEmpty() && (g.page() != line.get(0).page() || g.y() - line.get(0).y() > 4)) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(g);
        }
        lines.add(line);
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingInt(g -> glyphs.indexOf(g)));
        }
        return lines;
    }

    @Test
    void thePdfPassesPdfAAndPdfUa() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }

    @Test
    void twoBuildsAreTheSameFile() throws Exception {
        // another report built in between, as the CLI's `build A B` does
        new Imprint(Reports.HOME).build(BuildRequest.of(IndicShapingTest.INDIC).out(out.resolve("other")).formats("pdf").build());
        for (int i = 0; i < 2; i++) {
            Path again = new Imprint(Reports.HOME).build(BuildRequest.of(LINES).out(out.resolve("again" + i)).formats("pdf")
                    .build()).get(0);
            assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(again), "build " + i);
        }
    }

    /** Each glyph's advance box, where the page draws it (the body's text, not headers). */
    private static final class Boxes extends GlyphEngine {
        int page;
        int run;

        @Override
        protected void textRun() {
            run++;
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            String unicode = font.toUnicode(code);
            float x0 = trm.getTranslateX();
            float x1 = x0 + displacement.getX() * trm.getScalingFactorX();
            glyphs.add(new Glyph(page, trm.getTranslateY(), x0, x1, " ".equals(unicode) || "\u00A0".equals(unicode), run,
                    font.getName()));
        }
    }
}
