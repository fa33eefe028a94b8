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
        return TestReport.at(dir.resolve(style)).out(dir.resolve("out-" + style)).title("כיוונים").date("2026-03-02")
                .author("Jane Doe").language("he").bibliography("references.bib").frontMatter("citation_style: " + style)
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
                () -> assertTrue(epub.contains("השווה \u2066Anna Lee, \"Measuring Coastal Erosion\", <i>Coastal Research</i> 35 (2019): 813\u2069"), epub),
                () -> assertTrue(epub.contains("\u2066John Smith \u2067ו\u2069 Mary Jones, <i>The Art of Reporting</i> (London: Harbour Press, 2002), 5.\u2069"), epub),
                () -> assertFalse(epub.contains("<p dir=\"ltr\"><a href=\"#ref-lee\""), epub),
                // the prefix ("compare") set to the right of the English reference, on its line
                () -> assertTrue(line.stream().anyMatch(g -> g.text().equals("ש") && g.x() > lee.x()), line.toString()),
                // and the reference in its own order, left to right ("35) 2019 :(813" before)
                () -> assertTrue(PdfGlyphs.text(line).replace(" ", "").contains("35(2019):813"), PdfGlyphs.text(line)),
                // an author-date citation, with the locale's Hebrew page term inside it
                () -> assertTrue(apa.matches("(?s).*\u2066\\(Smith &amp; Jones, 2002, [^)]* 33\\)\u2069.*"), apa));
    }
}
