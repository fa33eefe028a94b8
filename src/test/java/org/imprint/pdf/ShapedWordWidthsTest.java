package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shaping makes Hindi, Bengali and Thai words wider or narrower than their letters: the layout
 * measures them shaped, so what follows a shaped word on its line stands where the word ends
 * (a link's area and underline, a note call, the next piece of text), and the text reads back
 * as written.
 */
class ShapedWordWidthsTest {

    private static final String HINDI_LINK = "क्षेत्रीय सुरक्षा और त्रिपक्षीय व्यापार के बारे में";
    private static final String THAI_LINK = "ข้อมูลเพิ่มเติมเกี่ยวกับน้ำท่วม";
    private static final String NOTES = "Note calls in justified text: the word क्षेत्रीय[^1] and ব্যবসা[^2] and น้ำท่วม[^3] and "
            + "स्वास्थ्य[^4] and more words to make the line long enough so that it is justified across the column, "
            + "and more again to wrap क्षेत्रीय[^5] once more, ব্যক্তি[^6] here.";

    @TempDir
    static Path dir;
    static Path pdf;
    static String text;
    static String drawn;
    static List<Glyph> glyphs;
    /** The link annotations of the body's page: each its rectangle, from the page's top. */
    static final List<float[]> links = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        pdf = TestReport.at(dir.resolve("widths")).title("Widths").language("en")
                .body("Before the link [" + HINDI_LINK + "](https://example.org/hi) after it.\n\n"
                        + "Before the link [" + THAI_LINK + "](https://example.org/th) after it.\n\n"
                        + NOTES + "\n\n"
                        + "Thai and the punctuation the Thai font lacks: (ค่ำ), ที่นี่, ผู้ใหญ่; น้ำท่วม.\n\n"
                        + "Hindi and the marks the Devanagari font lacks: «क्षेत्रीय» and «स्वास्थ्य»° then.\n\n"
                        + "[^1]: One.\n[^2]: Two.\n[^3]: Three.\n[^4]: Four.\n[^5]: Five.\n[^6]: Six.\n")
                .build("pdf").pdf();
        glyphs = PdfGlyphs.read(pdf);
        int body = glyphs.stream().filter(g -> g.baseFont().contains("Devanagari")).findFirst().orElseThrow().page();
        glyphs = glyphs.stream().filter(g -> g.page() == body).toList();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // by position: openhtmltopdf draws a link's words after the rest of their line
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            // in drawing order: sorted by position, PDFBox puts a space between a word that ends in
            // a Thai mark and the punctuation after it
            drawn = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            PDPage page = doc.getPage(body - 1);
            float height = page.getMediaBox().getHeight();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink) {
                    PDRectangle r = annotation.getRectangle();
                    links.add(new float[] {r.getLowerLeftX(), r.getUpperRightX(), height - r.getUpperRightY(), height - r.getLowerLeftY()});
                }
            }
        }
    }

    /** The body's glyphs drawn from {@code top} to a little below {@code bottom} (a note call with its line), left to right. */
    private static List<Glyph> line(float top, float bottom) {
        return glyphs.stream().filter(g -> !g.blank() && g.y() >= top - 1 && g.y() <= bottom + 4)
                .sorted(Comparator.comparingDouble(Glyph::x)).toList();
    }

    private static boolean shapedScript(Glyph g) {
        return g.baseFont().contains("Devanagari") || g.baseFont().contains("Bengali") || g.baseFont().contains("Thai");
    }

    /** A link's area covers its words: from the first one's start to the last one's end, within a point. */
    @Test
    void aLinksAreaCoversItsShapedWords() {
        List<String> faults = new ArrayList<>();
        int seen = 0;
        for (float[] link : links) {
            List<Glyph> words = line(link[2], link[3]).stream().filter(ShapedWordWidthsTest::shapedScript)
                    .filter(g -> g.fontSize() > 9).toList();
            // a note call's area: a line of body text with shaped words on it, not a link's
            if (words.isEmpty() || link[1] - link[0] < 10) {
                continue;
            }
            seen++;
            float start = (float) words.stream().mapToDouble(Glyph::x).min().orElseThrow();
            float end = (float) words.stream().mapToDouble(Glyph::right).max().orElseThrow();
            if (Math.abs(start - link[0]) > 1 || Math.abs(end - link[1]) > 1) {
                faults.add("link %.1f-%.1f at y=%.1f, its words %.1f-%.1f".formatted(link[0], link[1], link[2], start, end));
            }
        }
        assertTrue(seen >= 2, "the two links' areas: " + links.size() + " links");
        assertEquals(List.of(), faults);
    }

    /** Each note call stands right after its word, and its area where it is drawn. */
    @Test
    void noteCallsStandAtTheirShapedWords() {
        List<String> faults = new ArrayList<>();
        int calls = 0;
        for (float[] link : links) {
            if (link[1] - link[0] >= 10) {
                continue;
            }
            List<Glyph> line = line(link[2], link[3]);
            Glyph call = line.stream().filter(g -> g.fontSize() < 9 && g.text().matches("\\d")
                    && g.x() + g.width() / 2 > link[0] - 3 && g.x() + g.width() / 2 < link[1] + 3).findFirst().orElse(null);
            if (call == null) {
                faults.add("no note call drawn in the area %.1f-%.1f at y=%.1f".formatted(link[0], link[1], link[2]));
                continue;
            }
            calls++;
            float wordEnd = (float) line.stream().filter(g -> g.fontSize() >= 9 && g.x() < call.x())
                    .mapToDouble(Glyph::right).max().orElse(Float.NaN);
            Glyph next = line.stream().filter(g -> g.fontSize() >= 9 && g.x() > call.x()).findFirst().orElse(null);
            if (Math.abs(call.x() - link[0]) > 0.5f) {
                faults.add("note call %s drawn at %.1f, its area at %.1f".formatted(call.text(), call.x(), link[0]));
            }
            if (!(call.x() - wordEnd >= -0.3f && call.x() - wordEnd <= 1)) {
                faults.add("note call %s at %.1f, its word ends at %.1f".formatted(call.text(), call.x(), wordEnd));
            }
            if (next != null && next.x() < call.right() - 0.2f) {
                faults.add("note call %s ends at %.1f, the next word starts at %.1f".formatted(call.text(), call.right(), next.x()));
            }
        }
        assertEquals(6, calls, faults.toString());
        assertEquals(List.of(), faults);
    }

    /**
     * Punctuation the Thai or the Devanagari font lacks is drawn in the main font, as a piece of
     * its own text after the word (openhtmltopdf sets it after the word's unshaped width): it
     * stands where the shaped word ends, neither over it nor apart from it. क्षेत्रीय and स्वास्थ्य
     * are 8 to 11 pt narrower shaped.
     */
    @Test
    void punctuationInAnotherFontFollowsItsShapedWord() {
        List<String> faults = new ArrayList<>();
        int seen = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            Glyph before = glyphs.get(i - 1);
            if (!g.text().matches("[),;.»°]") || shapedScript(g) || !shapedScript(before) || Math.abs(before.y() - g.y()) > 1) {
                continue;
            }
            seen++;
            float end = (float) glyphs.stream().filter(o -> o.baseFont().equals(before.baseFont()) && Math.abs(o.y() - g.y()) < 1
                    && o.x() < g.x() + 0.5f && o.x() > g.x() - 60).mapToDouble(Glyph::right).max().orElseThrow();
            if (g.x() - end < -0.3f || g.x() - end > 0.5f) {
                faults.add("'%s' at %.1f after a word ending at %.1f".formatted(g.text(), g.x(), end));
            }
        }
        assertTrue(seen >= 6, "punctuation after Thai and Hindi words: " + seen);
        assertEquals(List.of(), faults);
    }

    @Test
    void theTextReadsAsWritten() {
        assertAll(
                () -> assertTrue(text.contains("Before the link " + HINDI_LINK + " after it."), text),
                () -> assertTrue(text.contains("Before the link " + THAI_LINK + " after it."), text),
                () -> assertTrue(text.contains("the word क्षेत्रीय1 and ব্যবসা2 and น้ำท่วม3 and स्वास्थ्य4 and"), text),
                () -> assertTrue(drawn.contains("(ค่ำ), ที่นี่, ผู้ใหญ่; น้ำท่วม."), drawn),
                () -> assertTrue(text.contains("«क्षेत्रीय» and «स्वास्थ्य»° then."), text));
    }

    /** The marks the measure puts around the strings it draws are taken out again. */
    @Test
    void noMarkIsLeft() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                try (var in = page.getContents()) {
                    assertFalse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(ShapedMeasure.MARK));
                }
            }
        }
    }

    @Test
    void thePdfPassesPdfAAndPdfUa() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }
}
