package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A right-to-left table is set with its first column on the right in both PDF engines, also
 * when a cell spans rows or columns and when a row is shorter than the table: the cell that
 * spans two rows stands on the right of both, and the short row's cells start on the right.
 */
class RightToLeftSpanningTablesTest {

    @TempDir
    Path dir;

    /** Cells named by row and column, so that each is found in the PDF's text. */
    private static final String TABLE = """
            <table>
            <thead><tr><th>hA</th><th>hB</th><th>hC</th></tr></thead>
            <tbody>
            <tr><td rowspan="2">rA</td><td>aB</td><td>aC</td></tr>
            <tr><td>bB</td><td>bC</td></tr>
            <tr><td>cA</td><td colspan="2">cBC</td></tr>
            <tr><td>dA</td><td>dB</td></tr>
            </tbody>
            </table>
            """;

    private static float x(List<PdfGlyphs.Glyph> glyphs, String text, Map<String, String> names) {
        String name = names.getOrDefault(text, text);
        return PdfGlyphs.find(glyphs, name).orElseThrow(() -> new AssertionError(name + " not in " + PdfGlyphs.text(glyphs))).x();
    }

    private static void assertRightToLeft(Path pdf, Map<String, String> names) throws Exception {
        List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.read(pdf);
        java.util.function.Function<String, Float> x = text -> x(glyphs, text, names);
        assertAll(
                () -> assertTrue(x.apply("hA") > x.apply("hB") && x.apply("hB") > x.apply("hC"), "header row"),
                () -> assertTrue(x.apply("rA") > x.apply("aB") && x.apply("aB") > x.apply("aC"), "row under the span"),
                () -> assertTrue(x.apply("rA") > x.apply("bB") && x.apply("bB") > x.apply("bC"), "second row of the span"),
                () -> assertTrue(Math.abs(x.apply("bB") - x.apply("aB")) < 30, "bB under aB"),
                () -> assertTrue(x.apply("cA") > x.apply("cBC") && x.apply("cBC") < x.apply("bB"), "spanned columns"),
                () -> assertTrue(Math.abs(x.apply("dA") - x.apply("cA")) < 30 && Math.abs(x.apply("dB") - x.apply("bB")) < 30,
                        "the short row starts on the right"));
    }

    @Test
    void anUrduArticlesSpanningTableIsMirrored() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("ur")).title("جدول").language("ur").author("زاہد انور")
                .body("ذیل میں جدول ہے۔\n\n" + TABLE
                        .replaceAll("<(td|th)([^>]*)>", "<$1$2>ملک ")).build("pdf");
        assertRightToLeft(built.pdf(), Map.of());
    }

    /**
     * The OpenPDF engine refuses Arabic-script and Hebrew letters, and the brand's words and
     * dates of those languages: a Dhivehi article written in English and numbers is the right-to-left
     * article it can set. Its cells are numbers, which no paragraph direction claims.
     */
    @Test
    void theOpenPdfEngineMirrorsARightToLeftTableToo() throws Exception {
        Map<String, String> names = Map.ofEntries(Map.entry("hA", "711"), Map.entry("hB", "712"), Map.entry("hC", "713"),
                Map.entry("rA", "721"), Map.entry("aB", "722"), Map.entry("aC", "723"), Map.entry("bB", "732"),
                Map.entry("bC", "733"), Map.entry("cA", "741"), Map.entry("cBC", "742"), Map.entry("dA", "751"),
                Map.entry("dB", "752"));
        String table = TABLE;
        for (Map.Entry<String, String> name : names.entrySet()) {
            table = table.replace(">" + name.getKey() + "<", ">" + name.getValue() + "<");
        }
        TestReport.Built built = TestReport.at(dir.resolve("openpdf")).title("Tables").language("dv")
                .body("A table set right to left.\n\n" + table)
                .build(request -> request.engine("openpdf"), "pdf");
        assertRightToLeft(built.pdf(), names);
    }
}
