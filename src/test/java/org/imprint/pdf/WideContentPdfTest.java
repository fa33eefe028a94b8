package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Reports;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content wider than the column (issue 18, item 2): a 15-column table, a 5,000-character word, a
 * 400-character code line, and a raw-HTML image 4,000 pixels wide beside them. Every character is
 * in the PDF, none is drawn past the page's right edge, in both engines and both profiles. (The
 * image shrinking into the column was checked on rendered pages, not here.)
 */
class WideContentPdfTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"pdfbox, SCREEN", "pdfbox, PRINT", "openpdf, SCREEN"})
    void nothingIsCutOff(String engine, PdfProfile profile) throws Exception {
        Path report = dir.resolve("wide-" + engine + "-" + profile);
        Files.createDirectories(report.resolve("figures"));
        Files.copy(Reports.HOME.resolve("reports/2026-04-us-iran-pakistan/figures/fig2.png"), report.resolve("figures/photo.png"));
        String header = IntStream.rangeClosed(1, 15).mapToObj(i -> "Column " + i).collect(Collectors.joining(" | ", "| ", " |\n"));
        String rule = "|---".repeat(15) + "|\n";
        String row = IntStream.rangeClosed(1, 15).mapToObj(i -> "cell" + i + "z").collect(Collectors.joining(" | ", "| ", " |\n"));
        Files.writeString(report.resolve("article.md"), "---\ntitle: Wide Content\ndate: 2026-02-02\nauthors:\n"
                + "  - name: Jane Doe\n---\n\nIntro.\n\n" + header + rule + row + "\n" + "Pneumono" + "ultramicroscopic".repeat(312)
                + "\n\n```\nx = " + "abcdefghij".repeat(40) + "\n```\n\n<img src=\"figures/photo.png\" width=\"4000\" alt=\"Wide photo\">\n\nEnd.\n");
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out-" + engine + "-" + profile))
                .formats("pdf").engine(engine).profile(profile).build()).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Glyph> glyphs = PdfGlyphs.read(doc);
            List<String> outside = new ArrayList<>();
            for (Glyph g : glyphs) {
                float width = doc.getPage(g.page() - 1).getMediaBox().getWidth();
                if (g.right() > width + 0.5f || g.x() < -0.5f) {
                    outside.add(g.text() + " at x=" + g.x() + " on page " + g.page());
                }
            }
            assertEquals(List.of(), outside.stream().limit(5).toList(), "characters drawn past the page edge");
            String all = PdfGlyphs.text(glyphs).replaceAll("\\s", "");
            // a word broken over a page has the running header and page number inside it
            String words = all.replace("RCASCOMMENTARY", "").replace("WideContent", "").replaceAll("[0-9]", "");
            assertEquals(312, count(words, "ultramicroscopic"), "syllables of the long word");
            assertEquals(40, count(all, "abcdefghij"), "pieces of the code line");
            for (int i = 1; i <= 15; i++) {
                assertTrue(all.contains("cell" + i + "z"), "column " + i + " is missing");
            }
        }
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
