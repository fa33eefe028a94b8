package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What words of a citation its links cover, and that the words are all there: the author's
 * prefix, the style's brackets and the parts of sources that read alike.
 */
class CitationLinkWordsBuildTest {

    private static final String BIB = """
            @book{a, author={Adams, Ann}, title={Alpha}, publisher={Pub}, year={2001}}
            @book{b, author={Brown, Bea}, title={Beta}, publisher={Pub}, year={2002}}
            @book{d, author={Dunn, Dan}, title={Delta}, publisher={Pub}, year={2004}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String style, String bib, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve(name + "-out")).title("Links").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", bib).body(body).build("pdf", "epub");
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** citeproc-java merged a prefix's opening bracket with the layout's: "(see) Dunn, 2004)". */
    @Test
    void aPrefixOpeningWithABracketKeepsTheCitationsBracket() throws Exception {
        TestReport.Built built = build("apa", "apa", BIB, "One [(see) @d]. Two [(in translation) @a, p. 4; @b].\n");
        String epub = article(built.epub());
        String pdf = pdfText(built.pdf());
        assertAll(
                () -> assertTrue(pdf.contains("One ((see) Dunn, 2004)."), pdf),
                () -> assertTrue(pdf.contains("Two ((in translation) Adams, 2001, p. 4; Brown, 2002)."), pdf),
                () -> assertTrue(epub.contains("One ((see) <a href=\"#ref-d\""), epub));
    }
}
