package org.imprint.brand;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.ReportException;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words that join names and the parts of a note, in the article's language (issue 19).
 * Hebrew "ו" and Arabic "و" are glued to the next word, but not to a Latin name: a Hebrew byline
 * printed "ורד כהן וJohn Smith", which Hebrew writes "ו־John Smith", Arabic "وJohn Smith" for
 * "و John Smith". The "first published" note joined its parts, and the PDF's Author its names,
 * with English ", ".
 */
class JoinedWordsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "he|rcas|ורד כהן|<bdi>ורד כהן</bdi> ו־<bdi>John Smith</bdi>",
            "he|fieldstone|ורד כהן|<bdi>ורד כהן</bdi> ו־<bdi>John Smith</bdi>",
            "ar|rcas|وليد حداد|<bdi>وليد حداد</bdi> و <bdi>John Smith</bdi>",
            "ar|fieldstone|وليد حداد|<bdi>وليد حداد</bdi> و <bdi>John Smith</bdi>"})
    void andIsNotGluedToALatinName(String language, String brand, String first, String byline) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve(language + brand)).language(language).brand(brand)
                .author("\"" + first + "\"", "John Smith").body("Text.\n").build("pdf", "epub");
        String epub = epubArticle(built.epub());
        assertTrue(epub.contains("<p class=\"article-byline\">" + byline + "<span"), epub);
        // in the PDF, what stands right of "Smith" (the "and" read right to left) and how far
        List<Glyph> line = bylineLine(built.pdf());
        Glyph h = line.stream().filter(g -> g.text().equals("h")).reduce((a, b) -> b).orElseThrow();
        Glyph next = line.stream().filter(g -> g.x() > h.x() && !g.blank())
                .min(Comparator.comparingDouble(Glyph::x)).orElseThrow();
        if (language.equals("he")) {
            assertEquals("\u05BE", next.text(), PdfGlyphs.text(line));
        } else {
            assertTrue(next.x() - h.right() > h.fontSize() * 0.15f, "no space between \"Smith\" and \"و\": " + PdfGlyphs.text(line));
        }
    }

    /** A name of the label's own script keeps "and" glued, as before: "ו" + Hebrew, "و" + Arabic. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "he|<bdi>John Smith</bdi> ו<bdi>ורד כהן</bdi>|ורד כהן",
            "ar|<bdi>John Smith</bdi> و<bdi>وليد حداد</bdi>|وليد حداد",
            "he|<bdi>John Smith</bdi> ו־<bdi>3M Research</bdi>|3M Research"})
    void andStaysGluedToANameOfItsScript(String language, String byline, String last) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve(language)).language(language)
                .author("John Smith", "\"" + last + "\"").body("Text.\n").build("epub");
        String epub = epubArticle(built.epub());
        assertTrue(epub.contains("<p class=\"article-byline\">" + byline + "<span"), epub);
    }

    @Test
    void firstPublishedJoinsItsPartsInTheArticlesLanguage() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("ur")).language("ur")
                .frontMatter("first_published:\n  outlet: Dawn\n  place: کراچی\n  date: 2026-04-20")
                .body("متن۔\n").build("epub");
        String epub = epubPart(built.epub(), "first-published");
        assertTrue(epub.contains("<bdi>Dawn</bdi>، <bdi>کراچی</bdi>، <bdi>20 اپریل 2026</bdi>."), epub);
    }

    /**
     * The Hebrew label ends in the preposition ב, glued to the outlet: the layout's space left it
     * standing alone ("לראשונה ב הארץ"). Before a Latin outlet it takes the maqaf form, from brand.yaml.
     */
    @Test
    void aHebrewFirstPublishedLabelIsGluedToTheOutlet() throws Exception {
        for (String[] c : new String[][] {{"הארץ", "he-glued", "המאמר פורסם לראשונה ב<bdi>הארץ</bdi>, "},
                {"Haaretz", "he-latin", "המאמר פורסם לראשונה ב־<bdi>Haaretz</bdi>, "}}) {
            TestReport.Built built = TestReport.at(dir.resolve(c[1])).language("he")
                    .frontMatter("first_published:\n  outlet: " + c[0] + "\n  place: תל אביב\n  date: 2026-04-20")
                    .body("טקסט.\n").build("epub");
            String epub = epubPart(built.epub(), "first-published");
            assertTrue(epub.contains("<em>" + c[2]), epub);
        }
        TestReport.Built english = TestReport.at(dir.resolve("en-fp"))
                .frontMatter("first_published:\n  outlet: Dawn\n  date: 2026-04-20").body("Text.\n").build("epub");
        assertTrue(epubPart(english.epub(), "first-published").contains("first published at <bdi>Dawn</bdi>"));
    }

    /** The e-book cover's text alternative joins byline and date with the article's comma, not an English ", ". */
    @Test
    void theEbookCoversAltTextJoinsWithTheArticlesComma() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("ar-alt")).language("ar").author("\"سارة أحمد\"").body("نص.\n").build("epub");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(built.epub().toFile())) {
            String cover = zip.stream().filter(e -> e.getName().endsWith(".xhtml")).map(e -> {
                try {
                    return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            }).filter(x -> x.contains("role=\"doc-cover\"")).findFirst().orElseThrow();
            assertTrue(cover.contains("سارة أحمد، ") && !cover.contains("سارة أحمد, "), cover);
        }
    }

    /**
     * The PDF's Author holds every name, apart as Acrobat separates them ("; "), and its XMP
     * dc:creator each name as an item of its own, as readers and PDF/UA checkers list them.
     */
    @Test
    void thePdfsAuthorsAreSeparateNames() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("meta")).language("ur")
                .author("\"زاہد انور\"", "\"Smith, John\"").body("متن۔\n").build("pdf");
        try (PDDocument pdf = Loader.loadPDF(built.pdf().toFile())) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertAll(() -> assertEquals("زاہد انور; Smith, John", pdf.getDocumentInformation().getAuthor()),
                    () -> assertTrue(xmp.contains("<dc:creator><rdf:Seq><rdf:li>زاہد انور</rdf:li><rdf:li>Smith, John</rdf:li></rdf:Seq></dc:creator>"), xmp));
        }
    }

    /** The openpdf engine's Author is joined as the pdfbox engine's: a name with a comma stays one name. */
    @Test
    void theOpenPdfEnginesAuthorIsJoinedTheSameWay() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("meta-openpdf")).author("\"Smith, John\"", "\"Jones & Partners\"")
                .body("Text.\n").build(request -> request.out(dir.resolve("meta-openpdf-out")).engine("openpdf"), "pdf");
        try (PDDocument pdf = Loader.loadPDF(built.pdf().toFile())) {
            assertEquals("Smith, John; Jones & Partners", pdf.getDocumentInformation().getAuthor());
        }
    }

    /**
     * The openpdf engine has no isolates (pdf/BdiIsolates feeds openhtmltopdf only) and no bidi
     * ordering: it refuses a right-to-left co-author of an English byline at the name's line,
     * and writes nothing, rather than print the name's letters in the wrong order.
     */
    @Test
    void theOpenPdfEngineRefusesARightToLeftCoAuthor() throws Exception {
        Path out = dir.resolve("openpdf-out");
        TestReport report = TestReport.at(dir.resolve("openpdf")).author("Zahid Anwar", "\"ורד כהן\"").body("Text.\n").out(out);
        List<String> lines = report.article().lines().toList();
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("ורד")).findFirst().orElseThrow()) + 1;
        ReportException e = assertThrows(ReportException.class, () -> report.build(request -> request.engine("openpdf"), "pdf"));
        assertAll(() -> assertTrue(e.problem().toString().contains("article.md:" + line + ": the openpdf engine cannot set Hebrew text"),
                        e.problem().toString()),
                () -> assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "a file was left behind"));
    }

    private static List<Glyph> bylineLine(Path pdf) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        Glyph dot = PdfGlyphs.find(glyphs, "\u00B7").orElseThrow(() -> new AssertionError("no byline"));
        return PdfGlyphs.lineOf(glyphs, dot, 2f);
    }

    private static String epubArticle(Path epub) throws Exception {
        return epubPart(epub, "article");
    }

    private static String epubPart(Path epub, String part) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("OEBPS/" + part + ".xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
