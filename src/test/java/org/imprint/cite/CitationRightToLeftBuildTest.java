package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latin citations in a right-to-left article (issue 15): each source's citation is one isolate
 * of its own direction, with its page and full stop, and a prefix of the article's language
 * ("see") stays outside it, before it. The isolates ended at each source's last letter ("p." and
 * the stop fell outside), and a note with a Hebrew or Arabic "see" was set left to right with the
 * "see" at its left.
 */
class CitationRightToLeftBuildTest {

    static final String BIB = """
            @article{lee, author={Lee, Anna}, title={Measuring Coastal Erosion}, journal={Coastal Research}, volume={35},
              pages={812--829}, year={2019}}
            @book{smith, author={Smith, John and Jones, Mary}, title={The Art of Reporting}, publisher={Harbour Press},
              address={London}, year={2002}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String style) throws Exception {
        return TestReport.citing(dir, style, style).title("כיוונים").language("he")
                .body("הדיווח הוא מלאכה [השווה @lee, p. 813; @smith, p. 5].\n\nהמדידה היא מלאכה [@smith, p. 33].\n")
                .file("references.bib", BIB).build("pdf", "epub");
    }

    @Test
    void eachLatinSourceIsOneIsolateWithTheArticlesPrefixOutside() throws Exception {
        TestReport.Built notes = build("chicago-notes-bibliography-16th-edition");
        String epub = article(notes.epub());
        String apa = article(build("apa").epub());
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.read(notes.pdf());
        PdfGlyphs.Glyph lee = PdfGlyphs.find(glyphs, "Anna Lee").orElseThrow();
        List<PdfGlyphs.Glyph> line = PdfGlyphs.lineOf(glyphs, lee, 2f);
        assertAll(
                // the isolate holds the source's link, not the link the isolate (cite/Isolates.nest)
                () -> assertTrue(epub.contains("השווה \u2066<a href=\"#ref-lee\" class=\"citation\">Anna Lee, \"Measuring Coastal Erosion\", <i>Coastal Research</i> 35 (2019): 813</a>\u2069"), epub),
                () -> assertTrue(epub.contains("\u2066<a href=\"#ref-smith\" class=\"citation\">John Smith \u2067ו\u2069 Mary Jones, <i>The Art of Reporting</i> (London: Harbour Press, 2002), 5.</a>\u2069"), epub),
                () -> assertFalse(epub.contains("<p dir=\"ltr\"><a href=\"#ref-lee\""), epub),
                // the prefix ("compare") set to the right of the English reference, on its line
                () -> assertTrue(line.stream().anyMatch(g -> g.text().equals("ש") && g.x() > lee.x()), line.toString()),
                // and the reference in its own order, left to right ("35) 2019 :(813" before)
                () -> assertTrue(PdfGlyphs.text(line).replace(" ", "").contains("35(2019):813"), PdfGlyphs.text(line)),
                // an author-date citation, with the locale's Hebrew page term inside it
                () -> assertTrue(apa.matches("(?s).*\u2066\\(Smith &amp; Jones, 2002, [^)]* 33\\)\u2069.*"), apa));
    }
    /** Five sources, Latin, Hebrew and Arabic, as in the hostile tester's right-to-left reports. */
    private static final String MIXED_BIB = """
@article{garcia2018,
  title = {Sediment Transport and Urban Flooding in the Lower Mekong: A Long-Term Assessment of Coastal Megacities},
  author = {García, Elena and Nguyễn, Thị Hồng and van der Berg, Pieter and Kowalski, Łukasz},
  date = {2018},
  journaltitle = {Journal of Hydrology and Environmental Research},
  volume = {12},
  number = {3},
  pages = {233--261},
  doi = {10.1175/JHM-D-18-00123.1}
}
@book{jabiri1984,
  title = {نقد العقل العربي},
  author = {الجابري, محمد عابد},
  date = {1984},
  publisher = {دار الطليعة},
  location = {بيروت},
  edition = {2}
}
@book{smith2010,
  title = {Rivers of Memory: Water, Power and the State in the Modern Middle East},
  author = {Smith, John},
  date = {2010},
  publisher = {Oxford University Press},
  location = {Oxford},
  edition = {3}
}
@book{smith2010b,
  title = {A Second Book},
  author = {Smith, John},
  year = {2010},
  publisher = {Oxford University Press},
  location = {Oxford}
}
@book{cohen2005,
  title = {מים ומדינה},
  author = {כהן, דוד},
  date = {2005},
  publisher = {עם עובד},
  location = {תל אביב}
}
""";

    private static final String SENTENCE = "מחקרים עדכניים מראים כי ערי החוף מתמודדות עם סיכונים גוברים";

    /**
     * A right-to-left paragraph whose citations are links broken across lines: openhtmltopdf set
     * the link continued on the next line over the words after it, and the visual reordering put
     * the line's pieces one after the other from that overlap, past the page's left edge ("12],
     * [4]." at x 788 to 828 on a 595 pt page), in IEEE's numbers as in Chicago's notes.
     */
    @Test
    void citationsInRightToLeftLinesStayOnThePage() throws Exception {
        String body = ("# מבוא\n\nS [ראו @garcia2018, pp. 240--245; @smith2010, p. 33; @jabiri1984, p. 12; @smith2010b]. S [@smith2010, p. 34].\nS @garcia2018 [p. 250] S [@cohen2005, p. 7]. S [@garcia2018].[^n]\n\n[^n]: S [ראו @smith2010, p. 35; @garcia2018, pp. 233--235].\n").replace("S", SENTENCE);
        for (String style : List.of("ieee", "chicago-notes-bibliography-16th-edition")) {
            Path pdf = TestReport.citing(dir, "mixed-" + style, style).title("RTL").language("he")
                    .body(body).file("references.bib", MIXED_BIB).build("pdf").pdf();
            float width;
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                width = doc.getPage(0).getMediaBox().getWidth();
            }
            List<PdfGlyphs.Glyph> off = PdfGlyphs.read(pdf).stream()
                    .filter(g -> !g.blank() && (g.x() < 0 || g.right() > width)).toList();
            assertTrue(off.isEmpty(), style + ": drawn off the page: " + off);
        }
    }

    /**
     * The Hebrew locale's page term is "עמ׳", written there as "'עמ" (its apostrophe in visual
     * order): it was set as "′עמ", a prime before the word, in the PDF and the EPUB. It is the
     * letters and a geresh, as are the "מס׳" and the other abbreviations.
     */
    @Test
    void theHebrewPageTermEndsWithAGeresh() throws Exception {
        TestReport.Built ieee = TestReport.citing(dir, "geresh", "ieee").title("עמודים").language("he").body(SENTENCE + " [@garcia2018, p. 240].\n")
                .file("references.bib", MIXED_BIB).build("pdf", "epub");
        // each Hebrew term is an isolate of its own ("⁧מס׳⁩ 3"): the marks are not the point here
        String epub = article(ieee.epub()).replaceAll("[\u2066-\u2069]", "");
        String pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(ieee.pdf().toFile())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        String text = pdf;
        assertAll(
                () -> assertTrue(epub.contains("עמ\u05F3 240"), epub),
                () -> assertTrue(epub.contains("מס\u05F3 3"), epub),
                () -> assertFalse(epub.contains("\u2032"), epub),
                () -> assertTrue(text.contains("עמ\u05F3"), text),
                () -> assertFalse(text.contains("\u2032"), text));
    }

    /**
     * The hostile tester's Urdu note citing four sources (issues 15, 19): the first source's
     * isolate opened in its link and ended in its DOI's, so the PDF lost it, and after the note's
     * first line the sources stood as in a left-to-right line ("00123.1 ;John Smith"); the
     * Arabic place inside an English reference was drawn unjoined, left to right, and the
     * isolates' characters came back from the PDF's text.
     */
    @Test
    void aRightToLeftNoteOfLatinSourcesReadsRightToLeftOnEveryLine() throws Exception {
        String sentence = "حالیہ تحقیقات سے پتہ چلتا ہے کہ ساحلی شہروں کو بڑھتے ہوئے خطرات کا سامنا ہے";
        TestReport.Built built = TestReport.citing(dir, "urdu-note", "chicago-notes-bibliography-16th-edition").title("نوٹ").language("ur")
                .body("# تعارف\n\n" + sentence + " [دیکھیے @garcia2018, pp. 240--245; @smith2010, p. 33; @jabiri1984, p. 12; @smith2010b].\n")
                .file("references.bib", MIXED_BIB).build("pdf", "epub");
        String epub = article(built.epub());
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.read(built.pdf());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(built.pdf().toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        // the line where the first source's DOI ends and the second source begins
        PdfGlyphs.Glyph doi = PdfGlyphs.find(glyphs, "00123.1 ;").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<PdfGlyphs.Glyph> smithLine = PdfGlyphs.lineOf(glyphs, doi, 2f);
        PdfGlyphs.Glyph smith = smithLine.stream().filter(g -> g.text().equals("J")).findFirst().orElseThrow();
        PdfGlyphs.Glyph year = PdfGlyphs.find(glyphs, "1984), 12").orElseThrow();
        String jabiri = java.text.Normalizer.normalize(PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, year, 2f)),
                java.text.Normalizer.Form.NFKC).replaceAll("\\s", "");
        assertAll(
                // the isolate holds the links, the prefix stays before it
                () -> assertTrue(epub.contains("دیکھیے \u2066<a href=\"#ref-garcia2018\" class=\"citation\">Elena García"), epub),
                () -> assertTrue(epub.contains("00123.1</a>\u2069; \u2066<a href=\"#ref-smith2010\""), epub),
                // the source before "; " stands to the right of the one after it
                () -> assertTrue(smithLine.stream().anyMatch(g -> g.text().equals(";") && g.x() > smith.x()), PdfGlyphs.text(smithLine)),
                () -> assertFalse(smithLine.stream().anyMatch(g -> g.text().equals(";") && g.x() < smith.x()), PdfGlyphs.text(smithLine)),
                // "2nd ed. (بيروت: دار الطليعة, 1984), 12" left to right (Urdu has no CSL locale: en-US terms), the
                // Arabic place and publisher each right to left, in the style's order about its colon
                () -> assertTrue(jabiri.contains("2nded.(توريب:ةعيلطلاراد,1984),12"), jabiri),
                // none but the isolate round a reordered number's ActualText (ReorderedNumbers: "1984." drawn
                // ".1984"), which PDFBox reads back, its marks reordered with the line
                () -> assertFalse(text.replaceAll("[\u2066\u2069][^\\p{L}\\s\u2066-\u2069]+[\u2066\u2069]", "")
                        .matches("(?s).*[\u2066-\u2069].*"), text));
        org.imprint.verify.VeraPdfAssertions.assertPdfAAndPdfUa(built.pdf());
    }

    /**
     * A narrative {@code @key} in a Hebrew sentence names "Acme Inc.": the full stop is the
     * abbreviation's and goes inside the Latin isolate. Outside it ("⁦Acme Inc⁩.") it took the
     * sentence's direction and was drawn on the far side of the name (".Acme Inc"). (A team's
     * "et al." is "ואחרים" in Hebrew, from the he-IL locale.)
     */
    @Test
    void theFullStopOfAnAbbreviationStaysWithTheLatinNames() throws Exception {
        TestReport.Built built = TestReport.citing(dir, "etal", "apa").title("כיוונים").language("he")
                .body("טענה של @acme [עמ' 4] נכונה. וגם @acme טוען.\n")
                .file("references.bib", "@book{acme, author={{Acme Inc.}}, title={Mudflat Ecology}, "
                        + "publisher={Seoul Press}, year={2019}}\n")
                .build("pdf", "epub");
        String epub = article(built.epub());
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.read(built.pdf());
        PdfGlyphs.Glyph acme = PdfGlyphs.find(glyphs, "Acme Inc").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        String line = PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, acme, 2f)).replace(" ", "");
        assertAll(
                () -> assertTrue(epub.contains("טענה של \u2066Acme Inc.\u2069 <a"), epub),
                () -> assertFalse(epub.contains("Inc\u2069."), epub),
                // drawn left to right "Acme Inc." with the name, not ".Acme Inc"
                () -> assertTrue(line.contains("AcmeInc."), line),
                () -> assertFalse(line.contains(".AcmeInc"), line));
    }
}
