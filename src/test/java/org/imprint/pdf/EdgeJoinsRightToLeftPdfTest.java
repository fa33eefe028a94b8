package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long citation of Latin sources in an Arabic paragraph: EdgeJoins left right-to-left text
 * alone, and openhtmltopdf broke the line at a link's edge, so that a line began with the
 * separator after it ("; Kon, 2020"). The separators now join the source before them there too:
 * set with one more word each time, no line of the PDF starts a source with ";".
 */
class EdgeJoinsRightToLeftPdfTest {

    private static final String BIB = """
            @book{bok, author={Bok, Fa}, title={A Book}, publisher={P}, year={2011}}
            @book{carr, author={Carr, Cy}, title={A Chapter}, publisher={P}, year={2010}}
            @book{edi, author={Edi, Jo}, title={Edited}, publisher={P}, year={2005}}
            @book{jour, author={Jour, Ben}, title={Seasonal}, publisher={P}, year={2019}}
            @book{kon, author={Kon, Dan}, title={Monthly}, publisher={P}, year={2020}}
            @book{pap, author={Pap, Eve}, title={A Talk}, publisher={P}, year={2018}}
            @book{thes, author={Thes, Ann}, title={A Thesis}, publisher={P}, year={2015}}
            @book{tol, author={Tol, Leo}, title={War}, publisher={P}, year={2007}}
            @book{vol, author={Vol, Gus}, title={Collected}, publisher={P}, year={2001}}
            """;

    /**
     * Each line of the PDF as drawn, its glyphs from left to right (a run of Latin sources reads
     * as written, the Arabic words reversed), a space where a gap parts two glyphs: PDFBox's own
     * reading reorders right-to-left lines by its gaps, and put the Latin pieces out of place.
     */
    static List<String> visualLines(Path pdf) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                java.util.TreeMap<Integer, List<TextPosition>> rows = new java.util.TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        rows.computeIfAbsent(Math.round(text.getYDirAdj()), y -> new ArrayList<>()).add(text);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                for (List<TextPosition> row : rows.values()) {
                    row.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                    StringBuilder line = new StringBuilder();
                    float end = Float.NaN;
                    for (TextPosition glyph : row) {
                        if (!Float.isNaN(end) && glyph.getXDirAdj() - end > 1f) {
                            line.append(' ');
                        }
                        line.append(glyph.getUnicode());
                        end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                    }
                    lines.add(line.toString());
                }
            }
        }
        return lines;
    }

    /** A separator standing first in a run of a source's words: after no digit of the source before it. */
    private static final Pattern TORN = Pattern.compile("(?<![\\p{N}\\p{IsLatin}])\\s*[;,]\\s*\\p{IsLatin}");

    @TempDir
    Path dir;

    @Test
    void aLongCitationInArabicBreaksNoLineBeforeItsSeparatorsOrBrackets() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < 24; k++) {
            body.append("هذا نص ").append("عربي ".repeat(k)).append("يستشهد بعدة مصادر [انظر @bok; @carr; @edi; @jour; @kon; @pap;")
                    .append(" @thes; @tol; @vol] ثم يكمل النص العربي حتى نهاية السطر.\n\n");
        }
        TestReport.Built built = TestReport.at(dir.resolve("ar")).out(dir.resolve("ar-out")).title("تقرير").date("2026-03-02")
                .language("ar").author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: apa")
                .file("references.bib", BIB).body(body.toString()).build("pdf");
        List<String> lines = visualLines(built.pdf());
        String all = String.join("\n", lines);
        assertTrue(all.contains("Kon, 2020"), all);
        assertEquals(List.of(), lines.stream().filter(l -> l.matches(".*\\p{IsArabic}.*") && TORN.matcher(l).find()).toList(), all);
        // nor with the citation's closing bracket (drawn mirrored, "(", at the line's right end), nor ends with its opening one
        assertEquals(List.of(), lines.stream().filter(l -> l.matches(".*\\p{IsArabic}.*") && (l.strip().endsWith("(")
                || l.strip().startsWith(")"))).toList(), all);
    }
}
