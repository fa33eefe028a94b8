package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An author's name that holds words of both directions, "Ayesha Khan (عائشہ خان)", is printed as
 * written wherever the layouts set it as an isolate ({@code <bdi>}): on the cover, in the byline
 * and under About the Author, in an English and in an Urdu article, in both brands. The name's
 * isolate is left to right (its first letter is Latin), so its Urdu part is a right-to-left run
 * inside a left-to-right one: {@link BidiRuns} made the whole isolate one right-to-left run in an
 * English paragraph, and the cover printed ") Ayesha Khanعائشہ خان(".
 */
class MixedScriptNamesPdfTest {

    private static final String NAME = "Ayesha Khan (عائشہ خان)";

    @TempDir
    static Path dir;

    @ParameterizedTest
    @CsvSource({"rcas, en", "rcas, ur", "fieldstone, en", "fieldstone, ur"})
    void theNameReadsAsWrittenOnEveryPage(String brand, String language) throws Exception {
        Path pdf = TestReport.at(dir.resolve(brand + "-" + language)).out(dir.resolve("out-" + brand + "-" + language))
                .language(language).brand(brand).title(language.equals("en") ? "Talks in Tehran" : "تہران میں مذاکرات")
                .author("\"" + NAME + "\"\n    affiliation: \"RCAS (ادارہ)\"")
                .body(language.equals("en") ? "The talks went on.\n" : "مذاکرات جاری رہے۔\n").build("pdf").pdf();
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        List<String> lines = new ArrayList<>();
        for (Glyph at : glyphs) {
            if (at.text().equals("y") && !PdfGlyphs.lineOf(glyphs, at, 1f).isEmpty()) {
                List<Glyph> line = PdfGlyphs.lineOf(glyphs, at, 1f).stream().filter(g -> !g.blank()).toList();
                String key = at.page() + "@" + Math.round(at.y());
                if (PdfGlyphs.text(line).contains("Ayesha") && !lines.contains(key)) {
                    lines.add(key);
                    assertInVisualOrder(line);
                }
            }
        }
        String text = extracted(pdf);
        assertAll(
                () -> assertTrue(lines.size() >= 3, "the name is on " + lines.size() + " lines: " + lines),
                // the cover, the byline and About the Author; in the Urdu article PDFBox reads the byline, a
                // line of right-to-left text, by its own guess of the line's direction: "(عائشہ خان) Ayesha Khan · 4 مئی"
                () -> assertTrue(count(text, NAME) >= (language.equals("en") ? 3 : 2), "\"" + NAME + "\" reads as written " + count(text, NAME)
                        + " times in: " + text),
                () -> assertTrue(text.contains("RCAS (ادارہ)"), text));
    }

    /**
     * A report with all three (a mixed name, a title with a bracketed aside of the other direction,
     * a paragraph opening with a Latin acronym) stays PDF/A-2u and PDF/UA-1 (veraPDF) and its
     * e-book passes EPUBCheck, in English and in Urdu.
     */
    @ParameterizedTest
    @CsvSource({"en", "ur"})
    void theReportPassesVeraPdfAndEpubCheck(String language) throws Exception {
        boolean english = language.equals("en");
        TestReport.Built built = TestReport.at(dir.resolve("conf-" + language)).out(dir.resolve("out-conf-" + language))
                .language(language).title(english ? "Pakistan's Mediation (پاکستان کی ثالثی) between Washington and Tehran"
                        : "پاکستان کی ثالثی (Pakistan's Talks) واشنگٹن اور تہران کے درمیان")
                .author("\"" + NAME + "\"\n    bio: \"" + NAME + " studies the region.\"")
                .body(english ? "شہباز شریف met Trump in Washington (پاکستان کی ثالثی) on Monday.\n"
                        : "CPEC ایک بڑا منصوبہ ہے جسے BRI کا حصہ کہا جاتا ہے، اور اس کا مرکز Gwadar\n\n- NATO کے رکن ممالک\n")
                .build("pdf", "epub");
        org.imprint.verify.VeraPdfAssertions.assertPdfAAndPdfUa(built.pdf());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), new org.imprint.verify.EpubVerifier().check(built.epub()),
                "EPUBCheck findings");
    }

    /**
     * The glyphs of a line holding the name, left to right, as a left-to-right isolate sets it:
     * "Ayesha Khan", then the brackets with the Urdu between them.
     */
    private static void assertInVisualOrder(List<Glyph> line) {
        String drawn = PdfGlyphs.text(line);
        int khan = drawn.indexOf("Khan");
        int open = drawn.indexOf('(', khan);
        int close = drawn.indexOf(')', open + 1);
        assertTrue(khan >= 0 && open > khan && close > open, "not \"Ayesha Khan ( … )\" left to right: " + drawn);
        String inside = drawn.substring(open + 1, close);
        assertTrue(inside.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)
                && inside.length() >= 6, "the Urdu is not between the brackets: " + drawn);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** PDFBox's text, sorted by position, NFKC (the joined forms back to letters), spaces single. */
    private static String extracted(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC).replaceAll("[ \\t]+", " ");
        }
    }
}
