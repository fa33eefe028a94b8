package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An item of an English list that opens with a code block or a quotation has its number in the
 * list's margin, where the other items have theirs: both engines drew it left of the item's first
 * line, which starts inside the box's rule and padding, so "9." stood inside the code box, across
 * its rule, and "11." likewise by the quotation's.
 */
class CodeItemMarkersTest {

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void aCodeOrQuotationItemsNumberStandsInTheListsMargin(String engine, @TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).out(dir.resolve("out"))
                .body("A paragraph.\n\n8. Second point.\n9. ```\n   code_line_one()\n   ```\n10. Plain point.\n"
                        + "11. > Quoted words here.\n12. Last point.\n")
                .build(o -> o.engine(engine), "pdf");
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        Glyph second = PdfGlyphs.find(glyphs, "Second point").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        Glyph eight = number(glyphs, "8", second);
        Glyph code = PdfGlyphs.find(glyphs, "code_line_one").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        Glyph quoted = PdfGlyphs.find(glyphs, "Quoted").orElseThrow();
        for (String n : List.of("9", "11")) {
            Glyph first = n.equals("9") ? code : quoted;
            Glyph number = number(glyphs, n, first);
            assertTrue(Math.abs(number.right() - eight.right()) < 3, "the number " + n + " ends at " + number.right()
                    + ", the number 8 at " + eight.right() + ": inside the box rather than in the list's margin");
            // in the margin, left of the box's rule and padding
            assertTrue(first.x() - number.right() > 10, "the number " + n + " ends " + (first.x() - number.right())
                    + " pt left of the box's text, inside the box");
        }
    }

    /** The last digit of the number {@code n} (drawn as "n."), left of {@code text} and within a line or so of it. */
    private static Glyph number(List<Glyph> glyphs, String n, Glyph text) {
        String last = n.substring(n.length() - 1);
        return IntStream.range(0, glyphs.size() - 1).filter(i -> {
            Glyph g = glyphs.get(i);
            return g.page() == text.page() && g.text().equals(last) && glyphs.get(i + 1).text().equals(".") && g.x() < text.x()
                    && Math.abs(g.y() - text.y()) < 20;
        }).mapToObj(glyphs::get).findFirst().orElseThrow(() -> new AssertionError("no number " + n + ": " + PdfGlyphs.text(glyphs)));
    }
}
