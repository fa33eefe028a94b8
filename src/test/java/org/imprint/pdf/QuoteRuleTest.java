package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long block quotation breaks across pages (the page before does not end early), but its left
 * rule never reaches into the page-foot notes: openhtmltopdf draws a broken block's rule down to
 * the page's foot, so a quotation that would break on a page with notes is split between its
 * paragraphs where the page ends ({@link QuoteBreaks}), and the page before it does not end early. The reports put the quotation where it breaks: after paragraphs that call
 * notes (8 and 9 of them: the break falls between and inside the quotation's paragraphs) and
 * after paragraphs that call none.
 */
class QuoteRuleTest {

    private static final String FILLER = "The talks were watched closely by both capitals, and the press in each country "
            + "reported them in its own words and with its own emphasis, day after day, for weeks. ";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {8, 9, -11, -12})
    void aQuotationsRuleStaysOutOfTheNotes(int paragraphs) throws Exception {
        boolean notes = paragraphs > 0;
        Path report = Files.createDirectories(dir.resolve("quote"));
        StringBuilder md = new StringBuilder("""
                ---
                title: "Quote and notes"
                date: 2026-04-21
                language: en
                authors:
                  - name: Jane Doe
                ---

                """);
        for (int i = 1; i <= Math.abs(paragraphs); i++) {
            md.append("Opening paragraph ").append(i).append(notes ? " calls a note.[^o" + i + "] " : ". ")
                    .append(FILLER.repeat(3)).append("\n\n");
        }
        md.append("A lead-in line before the quotation:\n\n");
        for (int k = 1; k <= 3; k++) {
            md.append("> Quoted paragraph ").append(k).append(". ").append(FILLER.repeat(3)).append("\n").append(k < 3 ? ">\n" : "\n");
        }
        md.append("After the quote. ").append(FILLER.repeat(2)).append("\n\n");
        if (notes) {
            for (int i = 1; i <= paragraphs; i++) {
                md.append("[^o").append(i).append("]: Note of opening paragraph ").append(i)
                        .append(", long enough to take two lines at the foot of the page where it is called.\n\n");
            }
        }
        Files.writeString(report.resolve("article.md"), md);
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        List<FootWhite.Page> pages = FootWhite.measure(pdf);
        List<Integer> quotePages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (stripper.getText(document).contains("Quoted paragraph")) {
                    quotePages.add(p);
                }
            }
        }
        assertFalse(quotePages.isEmpty(), "no quotation printed");
        int rules = 0;
        for (int p : quotePages) {
            FootWhite.Page page = pages.get(p - 1);
            for (float[] rule : page.verticalRules()) {
                rules++;
                assertFalse(page.notesTop() >= 0 && rule[1] > page.notesTop(), String.format(
                        "page %d: the quotation's rule runs down to %.0f pt, into the notes (from %.0f pt)", p, rule[1], page.notesTop()));
            }
        }
        assertTrue(rules > 0, "no quotation rule found: the test checked nothing");
        // no page before or under the quotation ends early: on a page with notes the quotation is
        // split between its paragraphs where the page ends, not moved whole to the next page
        for (int p = quotePages.get(0) - 1; p < quotePages.get(quotePages.size() - 1); p++) {
            FootWhite.Page page = pages.get(p - 1);
            assertTrue(page.partEnd() || page.whiteShare() <= 0.08, "the page ends early before the quotation's end: " + page);
        }
        if (!notes) {
            // without notes the quotation breaks where the page ends
            assertTrue(quotePages.size() == 2, "the quotation did not break across pages: " + quotePages);
            FootWhite.Page first = pages.get(quotePages.get(0) - 1);
            assertTrue(first.whiteShare() <= 0.08, "the page where the quotation breaks ends early: " + first);
        }
    }
}
