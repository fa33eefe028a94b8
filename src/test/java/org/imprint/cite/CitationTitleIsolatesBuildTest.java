package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title written against the direction of its entry or citation is one isolate, its own colon
 * and quotation inside (h19aa G2): the rendered text's runs were isolated each on its own, and
 * a title's colon taken for a style's separator, so "“⁧ایران اور پاکستان⁩: ⁧ایک جائزہ⁩.”" read
 * its two phrases left to right, in the PDF, the e-book and the web edition alike: an Urdu reader
 * read "ایک جائزہ" first. The style's quotation marks and full stop stay outside the isolate.
 */
class CitationTitleIsolatesBuildTest {

    private static final char LRI = '\u2066';
    private static final char RLI = '\u2067';
    private static final char PDI = '\u2069';

    private static final String REFS = """
            [
             {"id":"rahman","type":"chapter","title":"ایران اور پاکستان: ایک جائزہ","container-title":"جنوبی ایشیا",
              "author":[{"family":"قریشی","given":"حسن"}],"editor":[{"family":"رحمان","given":"علی"}],
              "publisher":"سنگ میل","issued":{"date-parts":[[2021]]},"page":"10-20"},
             {"id":"web","type":"webpage","title":"امن کی تلاش: \\"ہم امن چاہتے ہیں\\"","container-title":"BBC Urdu",
              "URL":"https://www.bbc.com/urdu/articles/c1234","issued":{"date-parts":[[2024,5,12]]}},
             {"id":"jabiri","type":"book","title":"نقد العقل العربي","author":[{"family":"الجابري","given":"محمد عابد"}],
              "publisher":"دار الطليعة","issued":{"date-parts":[[1984]]}},
             {"id":"mediation","type":"article-journal","title":"Mediation: A Study of Pakistan","container-title":"مجلہ تحقیق",
              "author":[{"family":"احمد","given":"فاطمہ"}],"issued":{"date-parts":[[2020]]},"page":"1-9"},
             {"id":"cpec","type":"article-journal","title":"CPEC: چین اور پاکستان کا راہداری منصوبہ","container-title":"Strategic Studies",
              "author":[{"family":"Malik","given":"Sara"}],"issued":{"date-parts":[[2021]]},"page":"1-20"}
            ]
            """;

    /** The web title's isolate: one, from its first word to its inner quotation's end, its marks faced either way. */
    private static final Pattern WEB_TITLE = Pattern.compile(RLI + "امن کی تلاش: [‘’“”]ہم امن چاہتے ہیں[.,]?[‘’“”]" + PDI);

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String language, String style, String body) throws Exception {
        return TestReport.citing(dir, name, style).title(name).language(language).bibliography("refs.json")
                .body(body).file("refs.json", REFS).build("pdf", "epub");
    }

    @Test
    void anUrduTitleWithAColonIsOneIsolateInAnEnglishArticlesNotesAndBibliography() throws Exception {
        TestReport.Built built = build("en-cnb", "en", "chicago-notes-bibliography",
                "# Intro\n\nA chapter.[@rahman] A page.[@web]\n");
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(epub.contains("“" + RLI + "ایران اور پاکستان: ایک جائزہ" + PDI + ",”"), epub),
                () -> assertTrue(epub.contains("“" + RLI + "ایران اور پاکستان: ایک جائزہ" + PDI + ".”"), epub),
                () -> assertTrue(WEB_TITLE.matcher(epub).find(), epub));
        assertRightToLeft(built.pdf());
    }

    @Test
    void anUrduTitleWithAColonIsOneIsolateInAnApaReference() throws Exception {
        TestReport.Built built = build("en-apa", "en", "apa", "# Intro\n\nA chapter [@rahman]. A page [@web]. A book [@jabiri, p. 12].\n");
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(epub.contains("(2021). " + RLI + "ایران اور پاکستان: ایک جائزہ" + PDI + ". In "), epub),
                () -> assertTrue(WEB_TITLE.matcher(epub).find(), epub),
                // an Arabic name in an English citation: the year and page stay after it
                () -> assertTrue(epub.contains("class=\"citation\">" + RLI + "الجابري" + PDI + ", 1984, p. 12</a>)"), epub));
        assertRightToLeft(built.pdf());
    }

    @Test
    void anUrduTitleInALeftToRightEntryOfAnUrduArticleIsOneIsolate() throws Exception {
        TestReport.Built built = build("ur-cnb", "ur", "chicago-notes-bibliography",
                "# تعارف\n\nایک صفحہ۔[@web] ایک مقالہ۔[@mediation]\n");
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(WEB_TITLE.matcher(epub).find(), epub),
                // an English title with a colon in an Urdu entry: one isolate, as before
                () -> assertTrue(epub.contains(LRI + "Mediation: A Study of Pakistan" + PDI), epub));
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        // drawn right to left: "امن کی" (its glyphs drawn "یک نما") right of "چاہتے"
        Glyph first = PdfGlyphs.find(glyphs, "یک نما").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, first, 2f);
        Glyph second = PdfGlyphs.find(line, "ےتہاچ").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        assertTrue(first.x() > second.x(), "the title's first phrase left of its second: " + PdfGlyphs.text(line));
    }

    /**
     * An Urdu title that opens with a Latin acronym and its colon is one right-to-left isolate
     * in a left-to-right entry (h19ab H9): the colon was taken for a label's, which keeps the
     * line's direction ("Translation: ہم امن …"), and the entry read "CPEC: ⁧چین اور پاکستان …⁩",
     * "CPEC:" at the left, so its Urdu was read before it.
     */
    @Test
    void anUrduTitleOpeningWithAnAcronymIsOneRightToLeftIsolate() throws Exception {
        // the acronym, left to right inside it, isolated there
        String title = String.valueOf(RLI) + LRI + "CPEC" + PDI + ": چین اور پاکستان کا راہداری منصوبہ" + PDI;
        TestReport.Built urdu = build("ur-apa", "ur", "apa", "# تعارف\n\nایک مقالہ [@cpec]۔\n");
        String english = article(build("en-cnb", "en", "chicago-notes-bibliography", "# Intro\n\nA paper.[@cpec]\n").epub());
        String epub = article(urdu.epub());
        assertAll(
                () -> assertTrue(epub.contains("(2021). " + title + ". "), epub),
                () -> assertTrue(english.contains("“" + title + ",”"), english),
                () -> assertTrue(english.contains("“" + title + ".”"), english));
        // on the page the acronym is right of the Urdu after it ("چین" drawn "نیچ")
        List<Glyph> glyphs = PdfGlyphs.read(urdu.pdf());
        Glyph acronym = PdfGlyphs.find(glyphs, "CPEC").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, acronym, 2f);
        Glyph urduWord = PdfGlyphs.find(line, "نیچ").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        assertTrue(acronym.x() > urduWord.x(), "CPEC left of its title's Urdu: " + PdfGlyphs.text(line));
    }

    /**
     * The chapter's title on the page: its first phrase right of its second, and the PDF's text
     * (in logical order) the title whole, its colon after its first phrase.
     */
    private static void assertRightToLeft(Path pdf) throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        // "ایران" is drawn "ناریا", "جائزہ" "ہزئاج"
        Glyph first = PdfGlyphs.find(glyphs, "ناریا").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, first, 2f);
        Glyph second = PdfGlyphs.find(line, "ہزئاج").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        String extracted = text;
        assertAll(
                () -> assertTrue(first.x() > second.x(), "the title's first phrase left of its second: " + PdfGlyphs.text(line)),
                () -> assertTrue(extracted.contains("ایران اور پاکستان: ایک جائزہ"), extracted));
    }
}
