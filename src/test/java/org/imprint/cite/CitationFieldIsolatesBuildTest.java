package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each right-to-left name, title or term in a citation or reference set left to right is an
 * isolate of its own (issues 15 and 19): an isolate that ran from the first Arabic or Hebrew
 * word to the last took in the style's punctuation and numbers between them, and read them right
 * to left ("(Lee ⁧وآخرون, 2019, ص⁩ 5)" was seen as "(5 وآخرون, 2019, ص Lee)"; "⁧כרך 12, עמ׳⁩
 * 101-129" cut the pages' label from its pages; two authors swapped places).
 */
class CitationFieldIsolatesBuildTest {

    private static final char RLI = '\u2067';
    private static final char PDI = '\u2069';

    static final String BIB = """
            @article{ali2018, author = {علي, محمد and حسن, أحمد and إبراهيم, خالد}, title = {تاريخ الري في وادي النيل},
              journaltitle = {مجلة الدراسات التاريخية}, volume = {7}, pages = {45--78}, year = {2018}}
            @article{lee2019a, author = {Lee, Min and Park, Ji and Kim, Soo}, title = {Monsoon Models},
              journaltitle = {Climate}, volume = {3}, pages = {1--9}, year = {2019}}
            @article{smith2020c, author = {Smith, John}, title = {Canals in Crisis}, journaltitle = {Water History},
              volume = {12}, pages = {101--129}, year = {2020}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String language, String style, String body) throws Exception {
        return TestReport.citing(dir, name, style).title(name).language(language).body(body)
                .file("references.bib", BIB).build("pdf", "epub");
    }

    @Test
    void anArabicTermInAnEnglishCitationInAnArabicArticleIsIsolatedAlone() throws Exception {
        TestReport.Built built = build("ar-apa", "ar", "apa", "# مقدمة\n\nيرى الباحثون أن الري قديم [@lee2019a, p. 5].\n");
        String epub = article(built.epub());
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        // the citation's line (not the reference list's "Lee, M."): the one with the Arabic "et al."
        Glyph etAl = PdfGlyphs.find(glyphs, "نورخآو").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, etAl, 2f);
        Glyph lee = PdfGlyphs.find(line, "Lee").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        Glyph year = PdfGlyphs.find(line, "2019").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        assertAll(
                () -> assertTrue(epub.contains("Lee " + RLI + "وآخرون" + PDI + ", 2019, " + RLI + "ص" + PDI + " 5"), epub),
                // read left to right: Lee, the year, then the page
                () -> assertTrue(lee.x() < year.x(), PdfGlyphs.text(line)),
                () -> assertTrue(line.stream().anyMatch(g -> g.text().equals("5") && g.x() > year.right()), PdfGlyphs.text(line)));
    }

    @Test
    void anArabicReferenceInAnEnglishListKeepsTheStylesYearOutsideItsIsolates() throws Exception {
        TestReport.Built built = build("en-apa", "en", "apa", "# Intro\n\nIrrigation is old [@ali2018, p. 50].\n");
        String epub = article(built.epub());
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        Glyph year = PdfGlyphs.find(glyphs, "(2018).").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, year, 2f);
        // the title's first word, drawn right to left
        Glyph title = PdfGlyphs.find(line, "خيرات").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        assertAll(
                // the given names as initials, as citeproc-js gives them (ScriptInitials)
                () -> assertTrue(epub.contains(RLI + "علي" + PDI + ", " + RLI + "م" + PDI + ".,"), epub),
                () -> assertTrue(epub.contains(RLI + "خ" + PDI + ". (2018). " + RLI + "تاريخ الري في وادي النيل" + PDI), epub),
                // the English frame: names, then the year, then the title, left to right
                () -> assertTrue(year.x() < title.x(), PdfGlyphs.text(line)));
    }

    @Test
    void anArabicTitleInAnIeeeReferenceKeepsItsQuotationMarksAndTheNarrativeItsAuthorsOrder() throws Exception {
        TestReport.Built built = build("en-ieee", "en", "ieee", "# Intro\n\nAs @ali2018 [p. 5] shows.\n");
        String epub = article(built.epub());
        assertAll(
                () -> assertTrue(epub.contains(RLI + "خ" + PDI + ". " + RLI + "إبراهيم" + PDI + ", “" + RLI + "تاريخ الري في وادي النيل" + PDI + ",”"), epub),
                () -> assertTrue(epub.contains("As " + RLI + "علي" + PDI + ", " + RLI + "حسن" + PDI + ", and " + RLI + "إبراهيم" + PDI), epub));
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        Glyph as = PdfGlyphs.find(glyphs, "shows").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, as, 2f);
        Glyph first = PdfGlyphs.find(line, "يلع").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        Glyph second = PdfGlyphs.find(line, "نسح").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        assertTrue(first.x() < second.x(), "the first author right of the second: " + PdfGlyphs.text(line));
    }

    @Test
    void theHebrewPagesLabelStaysBesideItsPages() throws Exception {
        TestReport.Built built = build("he-ieee", "he", "ieee", "# מבוא\n\nהמים חשובים [@smith2020c].\n");
        String epub = article(built.epub());
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        Glyph pages = PdfGlyphs.find(glyphs, "101").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> line = PdfGlyphs.lineOf(glyphs, pages, 2f);
        Glyph label = PdfGlyphs.find(line, "מע").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        Glyph volume = PdfGlyphs.find(line, "ךרכ").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        Glyph twelve = PdfGlyphs.find(line, "12").orElseThrow(() -> new AssertionError(PdfGlyphs.text(line)));
        assertAll(
                () -> assertTrue(epub.contains(RLI + "כרך" + PDI + " 12, " + RLI + "עמ׳" + PDI + " 101"), epub),
                // left to right: the volume's label, 12, the pages' label, 101
                () -> assertTrue(volume.x() < twelve.x() && twelve.x() < label.x() && label.x() < pages.x(), PdfGlyphs.text(line)));
    }
}
