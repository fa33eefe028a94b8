package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph, list item or heading that merely opens with a short run of the other script than
 * its article's ("CPEC …" in Urdu, "شہباز شریف met Trump." in English) keeps the article's
 * direction in the PDF, the e-book and the web edition alike: by its first letter the Urdu
 * sentences were set left to right, at the left margin, and the e-book and web edition marked them
 * {@code dir="ltr"}.
 */
class OpeningRunDirectionTest {

    @TempDir
    static Path dir;

    @Test
    void anUrduSentenceOpeningWithLatinIsSetRightToLeft() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("ur")).out(dir.resolve("out-ur")).language("ur").title("منصوبے")
                .author("عائشہ خان").body("""
                        پاکستان اور چین ہمسایہ ممالک ہیں اور ان کے تعلقات پرانے ہیں۔

                        CPEC ایک بڑا منصوبہ ہے جسے BRI کا حصہ کہا جاتا ہے، اور اس کا مرکز Gwadar

                        - NATO کے رکن ممالک Brussels

                        ## IMF کا قرض اور پاکستان کی معیشت
                        """).build("pdf", "epub", "html");
        List<String> editions = built.editionTexts();
        for (String edition : editions.subList(0, 2)) {
            Document doc = Jsoup.parse(edition);
            for (String opening : List.of("CPEC", "NATO", "IMF")) {
                Element block = doc.select("p, li, h2").stream().filter(e -> e.ownText().startsWith(opening)).findFirst().orElseThrow();
                assertFalse(block.attr("dir").equals("ltr"), "marked left to right: " + block.outerHtml());
            }
        }
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        float right = lineRight(glyphs, "پاکستان");
        assertAll(
                () -> assertEquals(right, lineRight(glyphs, "CPEC"), 1.5f, "the CPEC paragraph's right edge"),
                () -> assertTrue(PdfGlyphs.find(glyphs, "CPEC").orElseThrow().x()
                        > PdfGlyphs.find(glyphs, "Gwadar").orElseThrow().x(), "CPEC is not right of Gwadar"));
    }

    @Test
    void anEnglishSentenceOpeningWithAnUrduNameIsSetLeftToRight() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("en")).out(dir.resolve("out-en")).language("en").title("Talks")
                .body("""
                        The talks went on for a week.

                        شہباز شریف met Trump.
                        """).build("pdf", "epub", "html");
        List<String> editions = built.editionTexts();
        for (String edition : editions.subList(0, 2)) {
            Element p = Jsoup.parse(edition).select("p").stream().filter(e -> e.ownText().endsWith("met Trump.")).findFirst().orElseThrow();
            assertFalse(p.attr("dir").equals("rtl"), "marked right to left: " + p.outerHtml());
        }
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        float left = lineLeft(glyphs, "talks");
        assertEquals(left, lineLeft(glyphs, "Trump"), 1.5f, "the paragraph's left edge");
    }

    private static List<Glyph> line(List<Glyph> glyphs, String word) {
        Glyph at = PdfGlyphs.find(glyphs.stream().filter(g -> g.page() > 2).toList(), word)
                .or(() -> PdfGlyphs.find(glyphs.stream().filter(g -> g.page() > 2).toList(), new StringBuilder(word).reverse().toString()))
                .orElseThrow(() -> new AssertionError(word + " not in " + PdfGlyphs.text(glyphs)));
        return PdfGlyphs.lineOf(glyphs, at, 1f).stream().filter(g -> !g.blank()).toList();
    }

    private static float lineRight(List<Glyph> glyphs, String word) {
        return (float) line(glyphs, word).stream().mapToDouble(Glyph::right).max().orElseThrow();
    }

    private static float lineLeft(List<Glyph> glyphs, String word) {
        return (float) line(glyphs, word).stream().mapToDouble(Glyph::x).min().orElseThrow();
    }
}
