package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cover of an Urdu article sets its title from the right, every wrapped line of it, in both
 * brands: the rcas cover title was set from the left ({@code text-align: left} on the title, over
 * the cover's right alignment), and Fieldstone's cover set its date at the right of its foot, under
 * the website.
 */
class RightToLeftCoverPdfTest {

    /** A title of three lines on either cover, the last one short. */
    private static final String TITLE = "“Economic Survey” کے بارے میں وزیر خزانہ کا “IMF” سے متعلق طویل بیان اور اس کے اثرات 2026";

    @TempDir
    static Path dir;
    static final Map<String, List<Glyph>> covers = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        for (String brand : List.of("rcas", "fieldstone")) {
            Path pdf = TestReport.at(dir.resolve(brand)).out(dir.resolve("out-" + brand)).title(TITLE).language("ur")
                    .brand(brand).author("زاہد انور\n    affiliation: Fellow 12, RCAS", "علی احمد", "فاطمہ بی بی").body("پہلا پیراگراف۔\n").build("pdf").pdf();
            covers.put(brand, PdfGlyphs.read(pdf).stream().filter(g -> g.page() == 1 && !g.blank()).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rcas", "fieldstone"})
    void everyLineOfTheTitleEndsAtTheRightOfTheTitleBlock(String brand) {
        List<Glyph> cover = covers.get(brand);
        // the title: the largest type on the cover that holds Urdu
        List<List<Glyph>> title = lines(cover.stream().filter(g -> g.fontSize() > 16).toList()).stream()
                .filter(line -> line.stream().anyMatch(g -> g.text().matches("[\\u0600-\\u06FF]"))).toList();
        Glyph author = PdfGlyphs.find(cover, new StringBuilder("زاہد").reverse().toString())
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(cover)));
        float blockRight = right(PdfGlyphs.lineOf(cover, author, 1f));
        List<Float> rights = title.stream().map(RightToLeftCoverPdfTest::right).toList();
        List<Float> lefts = title.stream().map(line -> line.get(0).x()).toList();
        assertAll(
                () -> assertTrue(title.size() >= 2, "the title is not wrapped: " + title.size() + " line(s)"),
                () -> assertTrue(rights.stream().allMatch(r -> Math.abs(r - blockRight) < 1.5f),
                        "the title's lines end at " + rights + ", its block (the author's name) at " + blockRight),
                () -> assertTrue(lefts.stream().anyMatch(l -> l > lefts.get(0) + 20 || l < lefts.get(0) - 20),
                        "the title's lines all start at the left, at " + lefts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rcas", "fieldstone"})
    void noWordOfTheCoverIsDrawnOverAnother(String brand) {
        List<Glyph> cover = covers.get(brand);
        for (List<Glyph> line : lines(cover)) {
            for (int i = 1; i < line.size(); i++) {
                Glyph before = line.get(i - 1);
                Glyph glyph = line.get(i);
                assertTrue(glyph.x() > before.right() - 1, "\"" + glyph.text() + "\" at x " + glyph.x()
                        + " drawn over \"" + before.text() + "\" ending at " + before.right() + ": " + PdfGlyphs.text(line));
            }
        }
    }

    /**
     * A third author stands alone on the second row of the authors' two columns: in the right
     * one, as the first author does. Fieldstone's cover kept its left alignment for the rows.
     */
    @ParameterizedTest
    @ValueSource(strings = {"rcas", "fieldstone"})
    void aLoneAuthorOnItsRowStandsInTheRightColumn(String brand) {
        List<Glyph> cover = covers.get(brand);
        Glyph first = PdfGlyphs.find(cover, new StringBuilder("زاہد").reverse().toString())
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(cover)));
        Glyph third = PdfGlyphs.find(cover, new StringBuilder("فاطمہ").reverse().toString())
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(cover)));
        float firstRight = right(PdfGlyphs.lineOf(cover, first, 1f).stream().filter(g -> g.x() >= first.x() - 60).toList());
        float thirdRight = right(PdfGlyphs.lineOf(cover, third, 1f));
        assertTrue(third.y() > first.y() + 2 && Math.abs(thirdRight - firstRight) < 2f,
                "the third author ends at " + thirdRight + ", the first at " + firstRight);
    }

    /**
     * In the authors' two columns an affiliation stands flush under its name, on the right: the
     * gap between the columns (a margin on the affiliation's right) was not mirrored, and set the
     * affiliation 4 mm in from its name's edge.
     */
    @ParameterizedTest
    @ValueSource(strings = {"rcas", "fieldstone"})
    void anAffiliationEndsWhereItsNameEnds(String brand) {
        List<Glyph> cover = covers.get(brand);
        Glyph name = PdfGlyphs.find(cover, new StringBuilder("زاہد").reverse().toString())
                .orElseThrow(() -> new AssertionError(PdfGlyphs.text(cover)));
        Glyph affiliation = PdfGlyphs.find(cover, "Fellow").orElseThrow(() -> new AssertionError(PdfGlyphs.text(cover)));
        float nameRight = right(PdfGlyphs.lineOf(cover, name, 1f).stream().filter(g -> g.x() >= name.x() - 60).toList());
        float affiliationRight = right(PdfGlyphs.lineOf(cover, affiliation, 1f));
        assertTrue(Math.abs(affiliationRight - nameRight) < 1f,
                "the affiliation ends at " + affiliationRight + ", its name at " + nameRight);
    }

    /** The glyphs' lines, top to bottom, each left to right: a line is the glyphs within 2 pt of its first's baseline. */
    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : glyphs.stream().sorted(Comparator.comparingDouble(Glyph::y)).toList()) {
            if (lines.isEmpty() || g.y() - lines.get(lines.size() - 1).get(0).y() > 2) {
                lines.add(new ArrayList<>());
            }
            lines.get(lines.size() - 1).add(g);
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }

    private static float right(List<Glyph> line) {
        return (float) line.stream().mapToDouble(Glyph::right).max().orElseThrow();
    }
}
