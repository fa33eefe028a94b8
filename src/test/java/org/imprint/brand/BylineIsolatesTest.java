package org.imprint.brand;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each author's name and the date of the article page's byline are isolates of their own, so that
 * a name or date written in the other direction than the article's keeps its place (issue 19):
 * an Urdu article by "Zahid Anwar" drew "2026 اپریل Zahid Anwar · 21", an English one with an Urdu
 * co-author "Zahid Anwar and 21 · زاہد انور April 2026".
 */
class BylineIsolatesTest {

    @TempDir
    Path dir;

    @Test
    void latinAuthorInUrduBylineKeepsTheDateWhole() throws Exception {
        List<Path> built = build("ur", "rcas", "Zahid Anwar");
        String line = bylineLeftToRight(built);
        int year = line.indexOf("2026");
        int day = line.indexOf("21");
        int name = line.indexOf("ZahidAnwar");
        // right to left: the name first (rightmost), then the day, the month and the year
        assertTrue(year >= 0 && year < day && day < name, line);
        assertTrue(line.endsWith("ZahidAnwar"), line);
        String epub = epubArticle(built);
        assertAll(() -> assertTrue(epub.contains("<bdi>Zahid Anwar</bdi>"), epub),
                () -> assertTrue(epub.contains("<bdi>21 اپریل 2026</bdi>"), epub));
    }

    @Test
    void urduCoAuthorInEnglishBylineLeavesTheDateAfterIt() throws Exception {
        List<Path> built = build("en", "fieldstone", "Zahid Anwar", "زاہد انور");
        String line = bylineLeftToRight(built);
        int and = line.indexOf("and");
        int urdu = firstArabic(line);
        int date = line.indexOf("·21April2026");
        assertTrue(and >= 0 && and < urdu && urdu < date, line);
        String epub = epubArticle(built);
        assertTrue(epub.contains("<bdi>Zahid Anwar</bdi> and <bdi>زاہد انور</bdi>"), epub);
    }

    /**
     * The words between the names are the brand's for the article's language (labels byline_comma
     * and byline_and): an Urdu byline was joined with English ", " and " and ".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|<bdi>Tom &amp; Jerry</bdi>, <bdi>زاہد انور</bdi> and <bdi>Ann Lee</bdi>",
            "ur|<bdi>Tom &amp; Jerry</bdi>، <bdi>زاہد انور</bdi> اور <bdi>Ann Lee</bdi>",
            "ar|<bdi>Tom &amp; Jerry</bdi>، <bdi>زاہد انور</bdi> و <bdi>Ann Lee</bdi>",
            "he|<bdi>Tom &amp; Jerry</bdi>, <bdi>زاہد انور</bdi> ו־<bdi>Ann Lee</bdi>"})
    void namesAreJoinedInTheArticlesLanguage(String language, String byline) throws Exception {
        String epub = epubArticle(build(language, "rcas", "Tom & Jerry", "زاہد انور", "Ann Lee"));
        assertTrue(epub.contains("<p class=\"article-byline\">" + byline + "<span"), epub);
    }

    private List<Path> build(String language, String brand, String... authors) throws Exception {
        Path report = Files.createDirectories(dir.resolve("report"));
        StringBuilder md = new StringBuilder("---\ntitle: \"Latin title\"\ndate: 2026-04-21\nlanguage: " + language
                + "\nbrand: " + brand + "\nauthors:\n");
        for (String author : authors) {
            md.append("  - name: ").append(author).append('\n');
        }
        md.append("---\n\nBody text.\n");
        Files.writeString(report.resolve("article.md"), md);
        return new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf", "epub").build());
    }

    /** The byline's glyphs (the line of its middle dot) from left to right, without spaces. */
    private static String bylineLeftToRight(List<Path> built) throws Exception {
        Path pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        Glyph dot = PdfGlyphs.find(glyphs, "\u00B7").orElseThrow(() -> new AssertionError("no byline"));
        return PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, dot, 2f)).replaceAll("\\s", "");
    }

    private static int firstArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.ARABIC) {
                return i;
            }
        }
        return -1;
    }

    private static String epubArticle(List<Path> built) throws Exception {
        Path epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
