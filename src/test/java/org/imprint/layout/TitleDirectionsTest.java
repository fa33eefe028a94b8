package org.imprint.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title or subtitle of the other direction than the article's is set in its own direction on
 * the cover, at the head of the article and in the running head, and carries its own {@code dir}
 * in the e-book and the web edition. It was laid out in the article's: "Peace talks on امن in
 * 2026" on an Urdu cover came out "in 2026 امن Peace talks on".
 */
class TitleDirectionsTest {

    private static final String TITLE = "Peace talks on امن in 2026";
    private static final String SUBTITLE = "Quiet notes on امن in 2027";
    /** The page's top margin (25 mm) in points: the running head stands in it. */
    private static final float TOP_MARGIN = 25 / 25.4f * 72;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"rcas", "fieldstone"})
    void anEnglishTitleOfAnUrduArticleReadsLeftToRightInThePdf(String brand) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("ur")).language("ur").brand(brand).title(TITLE)
                .frontMatter("subtitle: \"" + SUBTITLE + "\"").body("یہ ایک جملہ ہے۔\n").build("pdf");
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        assertAll(
                () -> assertLeftToRight(glyphs, 1, false, "P", "the cover's title"),
                () -> assertLeftToRight(glyphs, 1, false, "Q", "the cover's subtitle"),
                () -> assertLeftToRight(glyphs, 3, false, "P", "the article's title"),
                () -> assertLeftToRight(glyphs, 3, false, "Q", "the article's subtitle"),
                () -> assertLeftToRight(glyphs, 3, true, "P", "the running head"),
                () -> assertEquals(right(glyphs, 1, "P"), right(glyphs, 1, "Q"), 1.5f,
                        "the cover's title and subtitle keep the cover's side, flush right"));
    }

    /** The right edge of the line of the page's first {@code letter} beside Urdu, below the top margin. */
    private static float right(List<Glyph> glyphs, int page, String letter) {
        Glyph first = glyphs.stream().filter(g -> g.page() == page && g.y() > TOP_MARGIN && g.text().equals(letter))
                .filter(g -> PdfGlyphs.lineOf(glyphs, g, 2f).stream().anyMatch(TitleDirectionsTest::urdu))
                .findFirst().orElseThrow();
        return (float) PdfGlyphs.lineOf(glyphs, first, 2f).stream().filter(g -> !g.blank()).mapToDouble(Glyph::right).max().orElseThrow();
    }

    @Test
    void theEbookAndTheWebEditionMarkATitleOfTheOtherDirection() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("en")).title("پاکستان میں RCAS کی امن کانفرنس")
                .frontMatter("subtitle: \"اردو ذیلی عنوان جس میں China-US Focus ہے\"")
                .body("An English sentence.\n").build("epub", "html");
        Document epub = epubArticle(built.epub());
        Document web = Jsoup.parse(Files.readString(built.web().resolve("index.html")));
        assertAll(
                () -> assertEquals("rtl", epub.selectFirst("h1.article-title").attr("dir")),
                () -> assertEquals("rtl", epub.selectFirst(".article-subtitle").attr("dir")),
                () -> assertEquals("rtl", web.selectFirst("h1.article-title").attr("dir")),
                () -> assertEquals("rtl", web.selectFirst(".article-subtitle").attr("dir")));
    }

    @Test
    void aTitleOfTheArticlesDirectionInheritsIt() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("same")).title("Peace talks on امن in 2026")
                .body("An English sentence.\n").build("epub");
        assertEquals("", epubArticle(built.epub()).selectFirst("h1.article-title").attr("dir"));
    }

    /**
     * A running title of the other direction than the article's starts at its own side of its
     * box, which is flush with the margin: each line of a long Urdu title of an English article
     * ends at the right margin (it was aligned left in its box, 7 mm short, its second line
     * starting at the left), each line of an English title of an Urdu article starts at the left
     * margin (it started 10 mm in).
     */
    @ParameterizedTest
    @ValueSource(strings = {"rcas", "fieldstone"})
    void aLongRunningTitleOfTheOtherDirectionIsFlushWithItsMargin(String brand) throws Exception {
        String urdu = "پاکستان اور ایران کے درمیان سرحدی تجارت، توانائی کے منصوبے، پانی کے تنازعات اور علاقائی سلامتی"
                + " کے مسائل پر ایک تفصیلی جائزہ جس میں دونوں ملکوں کی حکومتوں کے بیانات شامل ہیں";
        String english = "A very long English title about border trade, energy projects, water disputes and regional"
                + " security between Pakistan and Iran, with statements from both governments";
        List<Glyph> en = PdfGlyphs.read(TestReport.at(dir.resolve("en-" + brand)).brand(brand).title(urdu)
                .body("An English sentence.\n").build("pdf").pdf());
        List<Glyph> ur = PdfGlyphs.read(TestReport.at(dir.resolve("ur-" + brand)).language("ur").brand(brand).title(english)
                .body("یہ ایک جملہ ہے۔\n").build("pdf").pdf());
        // the margins: where the running series stands, at the start of the article's direction
        float left = (float) headLines(en).stream().flatMap(List::stream).mapToDouble(Glyph::x).min().orElseThrow();
        float right = (float) headLines(ur).stream().flatMap(List::stream).mapToDouble(Glyph::right).max().orElseThrow();
        List<List<Glyph>> urduLines = headLines(en).stream()
                .map(line -> line.stream().filter(TitleDirectionsTest::urdu).toList()).filter(l -> !l.isEmpty()).toList();
        // the title's box is 120 mm wide at most: the series beside it is left out
        List<List<Glyph>> englishLines = headLines(ur).stream()
                .map(line -> line.stream().filter(g -> g.right() < left + 120 / 25.4f * 72 + 1).toList())
                .filter(l -> !l.isEmpty()).toList();
        assertEquals(2, urduLines.size(), "the Urdu running title's lines");
        assertEquals(2, englishLines.size(), "the English running title's lines");
        assertAll(java.util.stream.Stream.concat(
                urduLines.stream().map(line -> () -> assertEquals(right, (float) line.stream().mapToDouble(Glyph::right).max().orElseThrow(),
                        1.5f, () -> "the Urdu running title ends at the right margin: " + PdfGlyphs.text(line))),
                englishLines.stream().map(line -> () -> assertEquals(left, (float) line.stream().mapToDouble(Glyph::x).min().orElseThrow(),
                        1.5f, () -> "the English running title starts at the left margin: " + PdfGlyphs.text(line)))));
    }

    /** The lines of page 3's running head (in its top margin), top first, without blanks. */
    private static List<List<Glyph>> headLines(List<Glyph> glyphs) {
        List<List<Glyph>> lines = new java.util.ArrayList<>();
        glyphs.stream().filter(g -> g.page() == 3 && g.y() < TOP_MARGIN && !g.blank())
                .sorted(java.util.Comparator.comparingDouble(Glyph::y)).forEach(g -> {
                    if (lines.stream().noneMatch(line -> line.contains(g))) {
                        lines.add(PdfGlyphs.lineOf(glyphs, g, 2f).stream().filter(o -> !o.blank()).toList());
                    }
                });
        return lines;
    }

    /**
     * Letters inside an embedding or override (U+202B … U+202C) are set apart by the author as an
     * isolate's are: "Report ‫پاکستان اور ایران‬ 2026" in an English article is English, though
     * most of its letters are Urdu. It was set right to left, "2026" at the left (issue 19); a
     * body paragraph alike.
     */
    @Test
    void lettersInsideAnEmbeddingDoNotTurnTheTitleOrAParagraph() throws Exception {
        String title = "Report \u202Bپاکستان اور ایران\u202C 2026";
        TestReport.Built built = TestReport.at(dir.resolve("rle")).title(title)
                .body("Report \u202Bپاکستان اور ایران کے درمیان\u202C 2026.\n").build("pdf", "epub");
        Document epub = epubArticle(built.epub());
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        assertAll(
                () -> assertEquals("", epub.selectFirst("h1.article-title").attr("dir"), "the title inherits ltr"),
                () -> assertEquals("", epub.selectFirst(".article-body p").attr("dir"), "the paragraph inherits ltr"),
                () -> assertLeftOfUrdu(glyphs, false, "the article's title"),
                () -> assertLeftOfUrdu(glyphs, true, "the running head"));
    }

    /**
     * On page 3's line of "Report" beside Urdu (in the top margin, or below it), "Report" stands
     * left of the Urdu: the line is set left to right. (Where "2026" stands is the Unicode
     * Bidirectional Algorithm's: after an embedding it goes with the Urdu, which is why isolates
     * are preferred, and is not checked.)
     */
    private static void assertLeftOfUrdu(List<Glyph> glyphs, boolean head, String what) {
        Glyph r = glyphs.stream().filter(g -> g.page() == 3 && (g.y() < TOP_MARGIN) == head && g.text().equals("R"))
                .filter(g -> PdfGlyphs.lineOf(glyphs, g, 2f).stream().anyMatch(TitleDirectionsTest::urdu))
                .findFirst().orElseThrow(() -> new AssertionError(what + ": no R beside Urdu on page 3"));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, r, 2f).stream().filter(g -> !g.blank()).toList();
        float urdu = (float) line.stream().filter(TitleDirectionsTest::urdu).mapToDouble(Glyph::x).min().orElseThrow();
        assertTrue(r.x() < urdu, () -> what + " is set right to left: " + PdfGlyphs.text(line));
    }

    /**
     * On the line of the first {@code letter} of the page (in its top margin, or below it): that
     * letter, the Urdu word and the year stand from the left in that order.
     */
    private static void assertLeftToRight(List<Glyph> glyphs, int page, boolean head, String letter, String what) {
        Glyph first = glyphs.stream().filter(g -> g.page() == page && (g.y() < TOP_MARGIN) == head && g.text().equals(letter))
                .filter(g -> PdfGlyphs.lineOf(glyphs, g, 2f).stream().anyMatch(TitleDirectionsTest::urdu))
                .findFirst().orElseThrow(() -> new AssertionError(what + ": no " + letter + " beside Urdu on page " + page));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, first, 2f).stream().filter(g -> !g.blank()).toList();
        float urdu = line.stream().filter(TitleDirectionsTest::urdu).findFirst().orElseThrow().x();
        float year = line.stream().filter(g -> g.text().equals("2")).findFirst().orElseThrow().x();
        assertTrue(first.x() < urdu && urdu < year, () -> what + " is not set left to right: " + PdfGlyphs.text(line));
    }

    private static boolean urdu(Glyph g) {
        return Character.UnicodeScript.of(g.text().codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    private static Document epubArticle(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            return Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
        }
    }
}
