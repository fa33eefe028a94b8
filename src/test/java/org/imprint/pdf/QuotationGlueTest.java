package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No line of the PDF breaks between a quotation mark and the word it encloses, where the layout
 * would break without asking the line breaker: between the pieces the bidirectional split makes
 * (an English title quoting an Urdu and a Hebrew word, on the cover and over the article) and
 * at an emphasis ("“<em>Pakistan</em>"). Read from the glyphs as drawn: in these left-to-right
 * paragraphs no line's last glyph is an opening mark and no line's first glyph a closing one.
 */
class QuotationGlueTest {

    private static final String TITLE = "Peace talks \uD83D\uDD4A\uFE0F in Islamabad: “امن” and ‘שלום’";

    @TempDir
    Path dir;

    /** Lines of quoted words of both directions, plain and in italics, shifted word by word so that marks fall at line ends. */
    private static String body() {
        String[] fillers = {"a", "to", "the", "then", "again", "before", "quickly", "somewhere", "afterwards"};
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            body.append(fillers[i % fillers.length]).append(' ');
            switch (i % 5) {
                case 0 -> body.append("“امن” ");
                case 1 -> body.append("‘שלום’ ");
                case 2 -> body.append("“*پاکستان*” ");
                case 3 -> body.append("“*Pakistan*” ");
                default -> body.append("*“امن”* ");
            }
        }
        return "The minister said " + body.toString().strip() + ".\n";
    }

    @Test
    void marksStayWithTheirWordsOnTheCoverTheTitleAndInTheBody() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("en")).title(TITLE).language("en").author("Zahid Anwar")
                .body(body()).build("pdf");
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        List<String> stranded = stranded(glyphs);
        assertAll(
                () -> assertTrue(lines(glyphs).size() > 40, "lines read"),
                () -> assertEquals(List.of(), stranded));
    }

    @Test
    void theOpenPdfEngineKeepsAnOpeningMarkWithTheEmphasisAfterIt() throws Exception {
        StringBuilder body = new StringBuilder("They wrote");
        String[] fillers = {"a", "to", "the", "then", "again", "before", "quickly", "somewhere"};
        for (int i = 0; i < 80; i++) {
            body.append(' ').append(fillers[i % fillers.length]).append(" “*Pakistan*”");
        }
        TestReport.Built built = TestReport.at(dir.resolve("openpdf")).title("Quoted emphasis").language("en")
                .author("Zahid Anwar").body(body + ".\n").build(request -> request.engine("openpdf"), "pdf");
        assertEquals(List.of(), stranded(PdfGlyphs.read(built.pdf())));
    }

    /**
     * A quotation of the other direction that wraps keeps its marks on the sides they face: read
     * line by line as drawn, the marks of these left-to-right paragraphs alternate “ ” “ ”. (With
     * the marks moved inside the isolate a wrapped Urdu quotation showed "with ہم امن چاہتے”" and
     * "“ہیں." on the next line.)
     */
    @Test
    void aWrappedQuotationOfTheOtherDirectionKeepsItsMarksFacingOut() throws Exception {
        String[] fillers = {"a", "to", "the", "then", "again", "before", "quickly", "somewhere", "afterwards"};
        StringBuilder body = new StringBuilder("The minister said");
        for (int i = 0; i < 60; i++) {
            body.append(' ').append(fillers[i % fillers.length])
                    .append(i % 2 == 0 ? " “ہم امن چاہتے ہیں”" : " “ہم امن چاہتے ہیں اور ہم سب مل کر کام کریں گے”");
        }
        TestReport.Built built = TestReport.at(dir.resolve("wrap")).title("Wrapping").language("en").author("Zahid Anwar")
                .body(body + ".\n").build("pdf");
        StringBuilder marks = new StringBuilder();
        for (List<Glyph> line : lines(PdfGlyphs.read(built.pdf()))) {
            if (line.get(0).page() < 3) {
                continue;
            }
            PdfGlyphs.text(line).chars().filter(c -> c == '“' || c == '”').forEach(c -> marks.append((char) c));
        }
        assertAll(
                () -> assertTrue(marks.length() >= 120, "marks read: " + marks.length()),
                () -> assertTrue(marks.toString().matches("(“”)+"), "marks as drawn: " + marks));
    }

    /** The lines (as drawn, left to right) that end with an opening mark or start with a closing one. */
    private static List<String> stranded(List<Glyph> glyphs) {
        List<String> wrong = new ArrayList<>();
        for (List<Glyph> line : lines(glyphs)) {
            String first = line.get(0).text();
            String last = line.get(line.size() - 1).text();
            if ("“‘".contains(last) || "”’".contains(first)) {
                wrong.add("page " + line.get(0).page() + ": " + PdfGlyphs.text(line));
            }
        }
        return wrong;
    }

    /** The glyphs of each line of each page, left to right, blanks left out. */
    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
        Map<String, List<Glyph>> byLine = new TreeMap<>();
        for (Glyph g : glyphs) {
            if (!g.blank()) {
                byLine.computeIfAbsent(g.page() + ":" + Math.round(g.y() / 3), k -> new ArrayList<>()).add(g);
            }
        }
        List<List<Glyph>> lines = new ArrayList<>();
        for (List<Glyph> line : byLine.values()) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            lines.add(line);
        }
        return lines;
    }
}
