package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citations in languages other than English: a note's call follows the sentence's punctuation
 * in every script (the Urdu full stop "۔", the CJK "。", the Arabic comma), as it follows the
 * Latin full stop; an entry's BibLaTeX {@code langid} is its language, so Chicago does not
 * title-case a Vietnamese title.
 */
class CitationOtherScriptsBuildTest {

    private static final String BIB = """
            @book{khan, author={Khan, Imran}, title={Indus Waters}, publisher={OUP}, location={Karachi}, year={2017}}
            @book{smith, author={Smith, John}, title={Rivers of the South}, publisher={OUP}, location={Oxford}, year={2020}}
            @book{nguyen, author={Nguyễn, Văn An}, title={Đồng bằng sông Cửu Long}, publisher={Nhà xuất bản Trẻ},
              location={Hà Nội}, year={2019}, langid={vietnamese}}
            @book{berg, author={Berg, Jan}, title={the rivers of england}, publisher={P}, location={London}, year={2019},
              langid={british}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String language, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve(name + "-out")).title("Scripts").date("2026-03-02")
                .language(language).author("Jane Doe").bibliography("references.bib")
                .frontMatter("citation_style: chicago-notes-bibliography-16th-edition")
                .file("references.bib", BIB).body(body).build("pdf", "epub");
    }

    /** The e-book's article text with its note calls as plain numbers. */
    private static String epubText(Path epub) throws Exception {
        return article(epub).replaceAll("<sup class=\"note-ref note-separator\">,</sup>", ",")
                .replaceAll("<a [^>]*>|</a>|<sup[^>]*>|</sup>", "");
    }

    @Test
    void theUrduFullStopComesBeforeTheCallAndCallsStayTogether() throws Exception {
        TestReport.Built built = build("ur", "ur", "پانی اہم ہے [@khan, 20]۔ پھر [@smith, 33]، اور [@khan, 112]۔[^n]\n\n"
                + "[^n]: مصنف کا اپنا حاشیہ۔\n");
        String pdf = text(built.pdf());
        String epub = epubText(built.epub());
        assertAll(
                // the call after the full stop, "ہے۔¹", never "ہے¹۔"
                () -> assertTrue(epub.contains("ہے۔1"), epub),
                () -> assertTrue(epub.contains("پھر،2"), epub),
                // the citation's call and the author's note's call side by side, after the full stop
                () -> assertTrue(epub.contains("اور۔3,4"), epub),
                () -> assertFalse(epub.matches("(?s).*\\d۔.*"), epub),
                () -> assertFalse(pdf.matches("(?s).*\\d ?۔.*"), pdf));
    }

    @Test
    void theChineseFullStopComesBeforeTheCall() throws Exception {
        TestReport.Built built = build("zh", "zh", "长江的水利历史悠久[@smith, 20]。黄河[@khan]，运河[@smith, 3]？\n");
        String pdf = text(built.pdf());
        String epub = epubText(built.epub());
        assertAll(
                () -> assertTrue(epub.contains("悠久。1黄河，2运河？3"), epub),
                () -> assertTrue(pdf.replace(" ", "").contains("悠久。1黄河，2运河？3"), pdf));
    }

    @Test
    void langidIsTheEntrysLanguage() throws Exception {
        TestReport.Built built = build("vi", "en", "Deltas [@nguyen, 12]. English [@berg].\n");
        String pdf = text(built.pdf());
        assertAll(
                // Vietnamese: as written, not "Đồng Bằng Sông Cửu Long"
                () -> assertTrue(pdf.contains("Đồng bằng sông Cửu Long"), pdf),
                () -> assertFalse(pdf.contains("Đồng Bằng"), pdf),
                // british is English: Chicago title-cases it
                () -> assertTrue(pdf.contains("The Rivers of England"), pdf));
    }
}
