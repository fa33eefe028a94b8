package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.imprint.BuildRequest;
import org.imprint.ReportException;
import org.imprint.Imprint;
import org.imprint.testing.EndnotesBrand;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of an ordered list stay whole in the column from 10 on, in a right-to-left list and
 * its article's endnotes and in an English list. openhtmltopdf 1.1.31 draws a marker from the edge
 * of the item's text outwards, into the list's padding, whatever its width: the brand's padding
 * fits "9.", and "10." stood past the column's edge, cut by the page's clip ("10." seen as ".1"
 * in Urdu, "98." as "8." in English).
 */
class WideListMarkersPdfTest {

    /** A paragraph long enough to be justified over several lines: it shows the column's edges. */
    private static final String PARAGRAPH = "وزیر خزانہ نے پارلیمنٹ میں کہا کہ معیشت مستحکم ہو رہی ہے اور پھر یہ پیراگراف"
            + " اردو میں جاری رہتا ہے تاکہ کئی سطریں بن جائیں۔ ";

    @TempDir
    static Path dir;
    static List<Glyph> glyphs;
    static List<Glyph> english;

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = EndnotesBrand.imprint(dir);
        StringBuilder body = new StringBuilder(PARAGRAPH.repeat(4)).append("\n\n");
        IntStream.rangeClosed(1, 12).forEach(n -> body.append(n).append(". شے نمبر ").append(n).append(" اور کچھ\n"));
        body.append("\nدوسری فہرست:\n\n");
        IntStream.rangeClosed(98, 101).forEach(n -> body.append(n).append(". شے ").append(n).append('\n'));
        body.append('\n');
        IntStream.rangeClosed(1, 12).forEach(n -> body.append("جملہ ").append(n).append("[^n").append(n).append("] "));
        body.append("\n\n");
        IntStream.rangeClosed(1, 12).forEach(n -> body.append("[^n").append(n).append("]: نوٹ ").append(n).append("۔\n\n"));
        Path report = TestReport.at(dir.resolve("ur")).title("فہرست").language("ur").brand(EndnotesBrand.NAME)
                .author("زاہد انور").body(body.toString()).write();
        Path pdf = imprint.build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf").build()).get(0);
        glyphs = PdfGlyphs.read(pdf);
        StringBuilder list = new StringBuilder("A paragraph long enough to be justified over several lines, so that the"
                + " column's left edge shows where the body's text begins and ends on this page of the report.\n\n");
        IntStream.rangeClosed(98, 101).forEach(n -> list.append(n).append(". item ").append(n).append('\n'));
        english = PdfGlyphs.read(TestReport.at(dir.resolve("en")).out(dir.resolve("out-en")).body(list.toString())
                .build("pdf").pdf());
    }

    @Test
    void anEnglishListsNumbersAreWholeInTheColumn() {
        Glyph paragraph = PdfGlyphs.find(english, "A paragraph").orElseThrow(() -> new AssertionError(PdfGlyphs.text(english)));
        float left = paragraph.x();
        List<String> numbers = new ArrayList<>();
        List<Executable> checks = new ArrayList<>();
        for (int n = 98; n <= 101; n++) {
            Glyph item = PdfGlyphs.find(english, "item " + n).orElseThrow();
            List<Glyph> line = PdfGlyphs.lineOf(english, item, 2f).stream().filter(g -> !g.blank()).toList();
            List<Glyph> number = line.stream().filter(g -> g.x() < item.x()).toList();
            numbers.add(PdfGlyphs.text(number));
            number.forEach(g -> checks.add(() -> assertTrue(g.x() >= left - 0.5f, "\"" + g.text() + "\" of \""
                    + PdfGlyphs.text(number) + "\" starts at x " + g.x() + ", left of the column (" + left + ")")));
            checks.add(() -> assertEquals(item.x(), PdfGlyphs.find(english, "item 98").orElseThrow().x(), 0.5f,
                    "the items' texts start at one edge"));
        }
        checks.add(() -> assertEquals(List.of("98.", "99.", "100.", "101."), numbers));
        assertAll(checks);
    }

    @Test
    void theListsNumbersAreWholeInTheColumnAndInOrder() {
        Glyph first = PdfGlyphs.find(glyphs, drawn("نمبر")).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        Glyph second = PdfGlyphs.find(glyphs, drawn("دوسری")).orElseThrow();
        List<Line> items = lines("شے", g -> g.page() == first.page() && g.y() > first.y() - 2 && g.y() < second.y() - 2);
        Glyph later = PdfGlyphs.find(glyphs.subList(glyphs.indexOf(second), glyphs.size()), drawn("شے"))
                .orElseThrow();
        List<Line> wide = lines("شے", g -> g.page() == later.page() && g.y() > later.y() - 2 && g.y() < later.y() + 60);
        assertAll(
                () -> assertMarkers(items, IntStream.rangeClosed(1, 12).boxed().toList()),
                () -> assertMarkers(wide.subList(0, Math.min(4, wide.size())), List.of(98, 99, 100, 101)));
    }

    @Test
    void theEndnotesNumbersAreWholeInTheColumnAndInOrder() {
        Glyph heading = PdfGlyphs.find(glyphs, drawn("حواشی")).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Line> notes = lines("نوٹ", g -> g.page() > heading.page() || g.page() == heading.page() && g.y() > heading.y() + 1);
        assertMarkers(notes, IntStream.rangeClosed(1, 12).boxed().toList());
    }

    /**
     * Each line starts (at its right) with its number: the digits, and the full stop left of them
     * (where a right-to-left line sets it); every glyph lies in the column; and the items' texts
     * end at one edge, left of the widest number, as a list of single digits does.
     */
    private static void assertMarkers(List<Line> lines, List<Integer> numbers) {
        float[] column = column();
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(numbers.stream().map(n -> "." + n).toList(),
                lines.stream().map(Line::marker).toList(), "the numbers, as drawn from left to right"));
        for (Line line : lines) {
            for (Glyph g : line.glyphs()) {
                checks.add(() -> assertTrue(g.x() >= column[0] - 0.5f && g.right() <= column[1] + 0.5f,
                        "\"" + g.text() + "\" of \"" + line.marker() + "\" at x " + g.x() + " to " + g.right()
                                + ", outside the column " + column[0] + " to " + column[1]));
            }
        }
        List<Float> textEnds = lines.stream().map(Line::textEnd).distinct().toList();
        float widest = (float) lines.stream().mapToDouble(Line::markerStart).min().orElseThrow();
        checks.add(() -> assertTrue(textEnds.stream().allMatch(e -> Math.abs(e - textEnds.get(0)) < 0.5f),
                "the items' texts end at " + textEnds));
        checks.add(() -> assertTrue(textEnds.get(0) < widest - 1, "the texts end at " + textEnds.get(0)
                + ", the widest number starts at " + widest));
        assertAll(checks);
    }

    /** The column's left and right edges: those of the justified paragraph. */
    private static float[] column() {
        Glyph at = PdfGlyphs.find(glyphs, drawn("پارلیمنٹ")).orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs)));
        List<Glyph> paragraph = glyphs.stream().filter(g -> g.page() == at.page() && !g.blank()
                && g.y() > at.y() - 2 && g.y() < at.y() + 45).toList();
        return new float[] {(float) paragraph.stream().mapToDouble(Glyph::x).min().orElseThrow(),
                (float) paragraph.stream().mapToDouble(Glyph::right).max().orElseThrow()};
    }

    /**
     * The lines among the glyphs {@code where} holds that hold {@code word}, top to bottom, each
     * left to right. A marker's baseline is a point off its item's Urdu words: a line is the
     * glyphs within 2 pt of the baseline of its first.
     */
    private static List<Line> lines(String word, Predicate<Glyph> where) {
        List<Glyph> sorted = glyphs.stream().filter(g -> !g.blank() && where.test(g))
                .sorted(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y)).toList();
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last == null || last.get(0).page() != g.page() || g.y() - last.get(0).y() > 2) {
                lines.add(new ArrayList<>());
            }
            lines.get(lines.size() - 1).add(g);
        }
        return lines.stream().map(line -> new Line(line.stream().sorted(Comparator.comparingDouble(Glyph::x)).toList()))
                .filter(line -> PdfGlyphs.text(line.glyphs()).contains(drawn(word))).toList();
    }

    /**
     * Flying Saucer (the openpdf engine) draws a list's numbers into its padding as openhtmltopdf
     * does, but no room is made for them there: "100." was cut to "00." at the column's edge, a
     * raw {@code <ol start="123456789">}'s numbers were drawn over the cell beside them. It refuses.
     */
    @Test
    void theOpenPdfEngineRefusesAListNumberedFromAHundred(@TempDir Path at) throws Exception {
        StringBuilder list = new StringBuilder();
        IntStream.rangeClosed(98, 100).forEach(n -> list.append(n).append(". item ").append(n).append('\n'));
        Path out = at.resolve("out");
        TestReport report = TestReport.at(at.resolve("wide")).out(out).body(list.toString());
        ReportException e = assertThrows(ReportException.class, () -> report.build(o -> o.engine("openpdf"), "pdf"));
        assertTrue(e.problem().toString().endsWith("article.md: the openpdf engine has no room for list numbers of three"
                + " characters or more (\"100.\"): the number \"100.\" of the list that begins \"item 98\" would be cut at the"
                + " column's edge; build with --engine pdfbox"), e.problem().toString());
        assertTrue(!Files.exists(out) || Files.list(out).noneMatch(f -> f.toString().endsWith(".pdf")));
        // a list up to 99 fits the padding, made for two digits with this engine (brand print.css):
        // built, and its numbers whole in the column (in the 1.6em of the other engine "10." lost half its "1")
        for (String brand : List.of("rcas", "fieldstone")) {
            List<Glyph> glyphs = PdfGlyphs.read(TestReport.at(at.resolve("fits-" + brand)).brand(brand).out(at.resolve("out-fits-" + brand))
                    .body("A paragraph that shows where the column begins.\n\n10. item ten\n99. item ninety-nine\n")
                    .build(o -> o.engine("openpdf"), "pdf").pdf());
            float left = PdfGlyphs.find(glyphs, "A paragraph").orElseThrow(() -> new AssertionError(PdfGlyphs.text(glyphs))).x();
            for (String item : List.of("item ten", "item ninety")) {
                Glyph text = PdfGlyphs.find(glyphs, item).orElseThrow();
                List<Glyph> number = PdfGlyphs.lineOf(glyphs, text, 2f).stream().filter(g -> !g.blank() && g.x() < text.x()).toList();
                assertTrue(number.stream().allMatch(g -> g.x() >= left - 0.5f), brand + ": \"" + PdfGlyphs.text(number) + "\" starts left of"
                        + " the column (" + left + "): " + number.stream().map(g -> g.text() + "@" + g.x()).toList());
            }
        }
    }

    /**
     * A report with 105 notes, set as endnotes by the openpdf engine (h19m many-notes): the
     * refusal spoke of "the list that begins 'Note 1. ↑'", a list the author never wrote, at no
     * line. It speaks of the notes and names the line of the 100th.
     */
    @Test
    void theOpenPdfEngineRefusesAHundredNotesAtTheHundredthNotesLine(@TempDir Path at) throws Exception {
        StringBuilder body = new StringBuilder();
        IntStream.rangeClosed(1, 105).forEach(n -> body.append("Claim ").append(n).append(".[^n").append(n).append("]\n\n"));
        IntStream.rangeClosed(1, 105).forEach(n -> body.append("[^n").append(n).append("]: Note ").append(n).append(".\n\n"));
        TestReport report = TestReport.at(at.resolve("notes")).out(at.resolve("out")).body(body.toString());
        ReportException e = assertThrows(ReportException.class, () -> report.build(o -> o.engine("openpdf"), "pdf"));
        int line = java.util.Arrays.asList(report.article().split("\n")).indexOf("[^n100]: Note 100.") + 1;
        assertTrue(e.problem().toString().endsWith("article.md:" + line + ": the openpdf engine has no room for list numbers of"
                + " three characters or more (\"100.\"): the report has 105 notes, and the number of note 100 (\"100.\") and of"
                + " those after it would be cut at the column's edge; build with --engine pdfbox, or keep to 99 notes"),
                e.problem().toString());
    }

    /** A line's glyphs left to right; its number is the run of digits and full stops at its right. */
    private record Line(List<Glyph> glyphs) {

        private int split() {
            int i = glyphs.size();
            while (i > 0 && glyphs.get(i - 1).text().matches("[0-9.]")) {
                i--;
            }
            return i;
        }

        String marker() {
            return PdfGlyphs.text(glyphs.subList(split(), glyphs.size()));
        }

        float markerStart() {
            return glyphs.get(split()).x();
        }

        float textEnd() {
            return glyphs.get(split() - 1).right();
        }
    }

    /** An Urdu word as the page draws its glyphs: right to left. */
    private static String drawn(String word) {
        return new StringBuilder(word).reverse().toString();
    }
}
