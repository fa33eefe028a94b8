package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list item that opens with a figure has its number at the item's top, beside the drawing's
 * top, as a text item has it beside its first line: openhtmltopdf drew it beside the item's
 * first line box, the caption under the drawing ("7." in an Urdu list stood by "Zebra caption").
 */
class ListMarkerTopsPdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"ur", "en"})
    void aFigureItemsNumberStandsAtTheItemsTop(String language, @TempDir Path dir) throws Exception {
        String svg = Files.readString(Path.of("src/test/resources/reports/charts/figures/diagram.svg"));
        TestReport.Built built = TestReport.at(dir.resolve(language)).language(language)
                .file("diagram.svg", svg)
                .body("یہ ایک اردو پیراگراف ہے۔\n\n7. ![Zebra caption](diagram.svg)\n8. دوسرا نکتہ۔\n")
                .build("pdf");
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        // the caption's "Z" is followed by "e"; the pages' other texts hold capital Z's too
        Glyph caption = java.util.stream.IntStream.range(0, glyphs.size() - 1)
                .filter(i -> glyphs.get(i).text().equals("Z") && glyphs.get(i + 1).text().equals("e"))
                .mapToObj(glyphs::get).findFirst().orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        Glyph seven = glyphs.stream().filter(g -> g.page() == caption.page() && g.text().equals("7")).findFirst()
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        Glyph eight = glyphs.stream().filter(g -> g.page() == caption.page() && g.text().equals("8")).findFirst().orElseThrow();
        assertTrue(seven.y() < caption.y() - 60, "the number 7 stands " + (caption.y() - seven.y())
                + " pt above the caption, beside it rather than at the item's top");
        // at the item's start edge: the list's side, where the number 8 stands
        assertTrue(Math.abs(seven.right() - eight.right()) < 2, "the numbers 7 and 8 end at "
                + seven.right() + " and " + eight.right());
    }
}
