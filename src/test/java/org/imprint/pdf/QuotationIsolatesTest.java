package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.imprint.verify.EpubVerifier;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quotation or bracketed aside of the other direction is isolated in every output: the number
 * and punctuation after an Urdu quotation in an English sentence stay on the English side, and an
 * English date in brackets in a Persian sentence reads left to right.
 */
class QuotationIsolatesTest {

    private static final String QUOTED = "The crowd chanted “ہم امن چاہتے ہیں” — 3 times, and (پاکستان زندہ باد) 2 times.";
    private static final String GREETING = "He said “السلام عليكم”، 3 times.";
    private static final String AGREED = "انہوں نے کہا، اور “We agree” — 2 مرتبہ۔";
    private static final String ASIDE = "محمدباقر قالیباف در ۲۲ فروردین ۱۴۰۵ (11 April 2026) گفت که «صلح پایدار» ممکن است.";

    @TempDir
    static Path dir;
    static TestReport.Built english;
    static TestReport.Built persian;

    @BeforeAll
    static void build() throws Exception {
        english = TestReport.at(dir.resolve("en")).title("Quotes").body(QUOTED + "\n\n" + GREETING + "\n").build("pdf", "epub", "html");
        persian = TestReport.at(dir.resolve("fa")).title("نقل").language("fa").author("زاہد انور").body(ASIDE + "\n\n" + AGREED + "\n")
                .build("pdf", "epub", "html");
    }

    @Test
    void theNumberAfterAnUrduQuotationStaysOnTheEnglishSide() throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(english.pdf());
        Glyph at = PdfGlyphs.find(glyphs, "times, and").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, at, 2f);
        Glyph dash = line.stream().filter(g -> g.text().equals("—")).findFirst().orElseThrow();
        Glyph three = line.stream().filter(g -> g.text().equals("3")).findFirst().orElseThrow();
        Glyph open = line.stream().filter(g -> g.text().equals("“")).findFirst().orElseThrow();
        List<Glyph> quotation = line.stream().filter(g -> arabic(g.text()) && g.x() < dash.x()).toList();
        String drawn = PdfGlyphs.text(line);
        assertAll(
                // “ quotation ” — 3, left to right
                () -> assertFalse(quotation.isEmpty(), drawn),
                () -> assertTrue(quotation.stream().allMatch(g -> g.x() > open.x()), drawn),
                () -> assertTrue(three.x() > dash.x(), drawn));
    }

    /**
     * The isolate's characters are dropped from the runs the PDF draws; placed without them, "We
     * agree” — 2" in an Urdu line resolved as one English phrase and drew "“2” — We agree", and
     * "السلام عليكم”، 3" in an English line put "”،" on the left of the Arabic.
     */
    @Test
    void theNumberAfterAnEnglishQuotationInAnUrduLineStaysOutsideIt() throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(persian.pdf());
        Glyph at = PdfGlyphs.find(glyphs, "agree").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, at, 2f);
        String drawn = PdfGlyphs.text(line);
        Glyph two = line.stream().filter(g -> g.text().equals("2")).findFirst().orElseThrow();
        Glyph dash = line.stream().filter(g -> g.text().equals("—")).findFirst().orElseThrow();
        Glyph open = line.stream().filter(g -> g.text().equals("“")).findFirst().orElseThrow();
        Glyph close = line.stream().filter(g -> g.text().equals("”")).findFirst().orElseThrow();
        List<Glyph> latin = line.stream().filter(g -> g.text().matches("[A-Za-z]")).toList();
        assertAll(
                // right to left: “ We agree ” — 2, so from the left: 2 — ”We agree“
                () -> assertTrue(two.x() < dash.x() && dash.x() < close.x(), drawn),
                () -> assertTrue(latin.stream().allMatch(g -> g.x() > close.x() && g.x() < open.x()), drawn));
        List<Glyph> english = PdfGlyphs.read(QuotationIsolatesTest.english.pdf());
        Glyph said = PdfGlyphs.find(english, "3 times.").orElseThrow(() -> new AssertionError(PdfGlyphs.text(english)));
        List<Glyph> greeting = PdfGlyphs.lineOf(english, said, 2f);
        Glyph comma = greeting.stream().filter(g -> g.text().equals("،")).findFirst().orElseThrow();
        List<Glyph> arabic = greeting.stream().filter(g -> arabic(g.text()) && !g.text().equals("،")).toList();
        assertTrue(!arabic.isEmpty() && arabic.stream().allMatch(g -> g.x() < comma.x()), PdfGlyphs.text(greeting));
    }

    @Test
    void anEnglishDateInAPersianSentenceReadsLeftToRight() throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(persian.pdf());
        Glyph at = PdfGlyphs.find(glyphs, "April").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, at, 2f);
        String drawn = PdfGlyphs.text(line);
        assertTrue(drawn.contains("11 April 2026"), drawn);
    }

    @Test
    void theEbookAndTheWebEditionIsolateThem() throws IOException {
        String urdu = "“\u2067ہم امن چاہتے ہیں\u2069”";
        String date = "(\u206611 April 2026\u2069)";
        assertAll(
                () -> assertTrue(article(english.epub()).contains(urdu)),
                () -> assertTrue(Files.readString(english.web().resolve("index.html")).contains(urdu)),
                () -> assertTrue(article(persian.epub()).contains(date)),
                () -> assertTrue(Files.readString(persian.web().resolve("index.html")).contains(date)),
                // a quotation of the paragraph's own direction is left as it is
                () -> assertTrue(article(persian.epub()).contains("«صلح پایدار»")));
    }

    @Test
    void theOutputsPassTheirChecks() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(english.pdf());
        VeraPdfAssertions.assertPdfAAndPdfUa(persian.pdf());
        assertEquals(List.of(), new EpubVerifier().check(english.epub()));
        assertEquals(List.of(), new EpubVerifier().check(persian.epub()));
    }

    private static boolean arabic(String text) {
        return !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    private static String article(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
