package org.imprint;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.TestReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code reads left to right in right-to-left text (h19z F4): inline code in an Urdu sentence was
 * resolved with the sentence, so {@code print("سلام")} was drawn {@code ۔")سلام print("} in the
 * PDF and in a reading system, and the e-book's code block set {@code x = "امن"} from the right
 * ({@code "امن" = x}). The markup marks such code {@code dir="ltr"} (an isolate inline, a
 * left-to-right block), and the PDF writes the inline isolate into the code's text.
 */
class RightToLeftCodeTest {

    private static final String URDU = """
            کوڈ میں اردو: `پاکستان` اور `print("سلام")`۔

            ```
            سلام دنیا
            x = "امن"
            ```

            English inside: `print("سلام")` stays as it is.
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"rcas", "fieldstone"})
    void inlineCodeAndCodeBlocksOfAnUrduArticleReadLeftToRight(String brand) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve(brand)).out(dir.resolve("out-" + brand)).title("کوڈ")
                .date("2026-04-21").language("ur").brand(brand).author("زاہد انور").body(URDU).build("pdf", "epub", "html");
        String epub = article(built.epub());
        String web = Files.readString(built.web().resolve("index.html"));
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.read(built.pdf());
        PdfGlyphs.Glyph print = code(glyphs, "p");
        String line = PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, print, 2f)).replace(" ", "");
        PdfGlyphs.Glyph x = code(glyphs, "x");
        String block = PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, x, 2f)).replace(" ", "");
        assertAll(
                () -> assertTrue(epub.contains("<code dir=\"ltr\">print(\"سلام\")</code>"), epub),
                () -> assertTrue(epub.contains("<code dir=\"ltr\">پاکستان</code>"), epub),
                () -> assertTrue(epub.contains("<pre dir=\"ltr\"><code>سلام دنیا"), epub),
                // in the English paragraph, left to right already: no mark
                () -> assertTrue(epub.contains("English inside: <code>print("), epub),
                () -> assertTrue(web.contains("<code dir=\"ltr\">print(\"سلام\")</code>"), web),
                () -> assertTrue(web.contains("<pre dir=\"ltr\">"), web),
                // drawn left to right: print(" first, then the Urdu word, then ") (was ")سلام print(")
                () -> assertTrue(line.matches(".*print\\(\"[^\"()a-z]+\"\\).*"), line),
                () -> assertTrue(block.matches("x=\"[^\"]+\""), block));
    }

    @Test
    void codeInAnUrduParagraphOfAnEnglishArticleIsMarkedToo() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("en")).out(dir.resolve("out-en")).title("Code")
                .date("2026-04-21").language("en").body("""
                        English with `print("سلام")` code.

                        کوڈ میں اردو کا ایک جملہ: `print("سلام")` اور بس۔
                        """).build("pdf", "epub");
        String epub = article(built.epub());
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.read(built.pdf());
        // the second paragraph's code: the first line with code is the English paragraph's
        PdfGlyphs.Glyph english = code(glyphs, "p");
        PdfGlyphs.Glyph urdu = glyphs.stream().filter(g -> g.text().equals("p") && g.baseFont().contains("Mono")
                && (g.page() != english.page() || g.y() > english.y() + 4)).findFirst().orElseThrow();
        String line = PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, urdu, 2f)).replace(" ", "");
        assertAll(
                () -> assertTrue(epub.contains("<p dir=\"rtl\">کوڈ میں اردو کا ایک جملہ: <code dir=\"ltr\">print(\"سلام\")</code>"), epub),
                () -> assertTrue(epub.contains("English with <code>print("), epub),
                () -> assertFalse(epub.contains("<pre dir"), epub),
                () -> assertTrue(line.matches(".*print\\(\"[^\"()a-z]+\"\\).*"), line));
    }

    /** The first glyph {@code text} drawn in the code's face. */
    private static PdfGlyphs.Glyph code(List<PdfGlyphs.Glyph> glyphs, String text) {
        return glyphs.stream().filter(g -> g.text().equals(text) && g.baseFont().contains("Mono")).findFirst().orElseThrow();
    }

    private static String article(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
