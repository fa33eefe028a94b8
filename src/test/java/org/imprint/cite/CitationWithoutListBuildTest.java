package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports that have no reference list (issue 15, hostile tester h15n, uncited, empty-bib,
 * empty-json, smoke): a bibliography none of whose entries is cited, or an empty one, builds
 * with a warning; a style without a {@code <bibliography>} (Bluebook) builds its citations,
 * which link nowhere.
 */
class CitationWithoutListBuildTest {

    private static final String BIB = """
            @book{smith2019, author={Smith, John}, title={Harbours}, publisher={Port Press}, year={2019}}
            @book{lee2020, author={Lee, Ann}, title={Tides}, publisher={Sea Press}, year={2020}}
            """;

    @TempDir
    Path dir;

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aBibliographyWithNoCitedEntryBuildsWithoutAReferenceList() throws Exception {
        for (String style : List.of("apa", "chicago-notes-bibliography-16th-edition")) {
            TestReport.Built built = TestReport.citing(dir, "uncited-" + style.length(), style).title("Uncited")
                    .file("references.bib", BIB).body("# H\n\nNo citations here, an address a@b.org.\n").build("pdf", "epub");
            String epub = article(built.epub());
            String pdf = pdfText(built.pdf());
            assertAll(style,
                    () -> assertFalse(epub.contains("Harbours"), epub),
                    () -> assertFalse(pdf.contains("References") || pdf.contains("Bibliography") || pdf.contains("Harbours"), pdf),
                    () -> assertTrue(built.warningLines().stream().anyMatch(w -> w.contains("article.md:")
                            && w.contains("cites none of the 2 entries of references.bib, so the report has no reference list")),
                            built.warningLines().toString()));
        }
    }

    @Test
    void anEmptyBibliographyBuildsAndACitedKeyIsStillUnknown() throws Exception {
        TestReport.Built bib = TestReport.citing(dir, "empty-bib", "apa").title("Empty").file("references.bib", "% nothing yet\n")
                .body("# H\n\nText.\n").build("epub");
        TestReport.Built json = TestReport.citing(dir, "empty-json", "apa").title("Empty").bibliography("references.json")
                .file("references.json", "[]\n").body("# H\n\nText.\n").build("epub");
        ReportException cited = assertThrows(ReportException.class, () -> TestReport.citing(dir, "empty-cited", "apa").title("Empty")
                .file("references.bib", "").body("# H\n\nText [@smith2019].\n").build("epub"));
        assertAll(
                () -> assertTrue(bib.warningLines().stream().anyMatch(w -> w.contains("references.bib holds no entries")), bib.warningLines().toString()),
                () -> assertTrue(json.warningLines().stream().anyMatch(w -> w.contains("references.json holds no entries")), json.warningLines().toString()),
                () -> assertTrue(cited.getMessage().contains("unknown citation key @smith2019"), cited.getMessage()));
    }

    @Test
    void aStyleWithoutABibliographyGivesItsCitationsUnlinked() throws Exception {
        TestReport.Built built = TestReport.citing(dir, "bluebook", "bluebook-law-review").title("Bluebook")
                .file("references.bib", BIB).body("# H\n\nA claim.[@smith2019] Another [@lee2020, p. 4].\n").build("pdf", "epub");
        String epub = article(built.epub());
        String pdf = pdfText(built.pdf());
        assertAll(
                () -> assertTrue(pdf.contains("Harbours"), pdf),
                () -> assertTrue(pdf.contains("Tides"), pdf),
                () -> assertFalse(epub.contains("#ref-"), epub),
                () -> assertFalse(pdf.contains("References") || pdf.contains("Bibliography"), pdf),
                () -> assertEquals(List.of(), CitationPartsBuildTest.internalLinks(built.pdf()).keySet().stream()
                        .filter(t -> t.contains("Harbours") || t.contains("Tides")).toList()));
    }
}
