package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mixed-direction text on the Fieldstone cover is drawn in the order the rcas cover draws it.
 * Fieldstone's title block is {@code position: absolute}: openhtmltopdf lays it out under its own
 * layer, and the repairs made after layout ({@link VisualLineOrder}) walked the box tree only, so
 * its lines kept the library's logical order: “12 مئی” was drawn “ 12مئی”, “שלום 2026” as
 * “שלום2026 ”.
 */
class PositionedCoverOrderPdfTest {

    @TempDir
    static Path dir;
    /** Per brand and language, the cover's glyphs. */
    static final Map<String, List<Glyph>> covers = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        for (String brand : List.of("rcas", "fieldstone")) {
            covers.put(brand + "/en", cover(brand, "en", "Why “12 مئی” matters", "Quoting “שלום 2026”", "Zahid Anwar"));
            covers.put(brand + "/ur", cover(brand, "ur", "رپورٹ “XYZ 2026” اور “12 مئی”", "“IMF” کی رائے", "زاہد انور"));
        }
    }

    private static List<Glyph> cover(String brand, String language, String title, String subtitle, String author) throws Exception {
        String name = brand + "-" + language;
        Path pdf = TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title(title)
                .frontMatter("subtitle: \"" + subtitle + "\"").language(language).brand(brand).author(author)
                .body(language.equals("ur") ? "پہلا پیراگراف۔\n" : "The first paragraph.\n").build("pdf").pdf();
        return PdfGlyphs.read(pdf).stream().filter(g -> g.page() == 1 && !g.blank()).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "en, 12, L“AD”L",
        "en, 2026, L“DH”",
        "ur, XYZ, ”AD“A”LD“A",
        "ur, IMF, A”L“"})
    void theCoverDrawsTheLineInVisualOrder(String language, String word, String expected) {
        assertEquals(expected, shape(covers.get("rcas/" + language), word), "the rcas cover");
        assertEquals(expected, shape(covers.get("fieldstone/" + language), word), "the Fieldstone cover");
    }

    /**
     * The line holding {@code word}, left to right, as runs of scripts: {@code L} Latin, {@code D}
     * digits, {@code A} Arabic, {@code H} Hebrew, other characters as themselves, spaces left out.
     */
    private static String shape(List<Glyph> cover, String word) {
        Glyph at = PdfGlyphs.find(cover, word).orElseThrow(() -> new AssertionError(word + " not on " + PdfGlyphs.text(cover)));
        StringBuilder runs = new StringBuilder();
        for (Glyph g : PdfGlyphs.lineOf(cover, at, 2f)) {
            for (int cp : g.text().codePoints().toArray()) {
                String kind = kind(cp);
                if (!kind.isEmpty() && (runs.isEmpty() || !runs.toString().endsWith(kind) || !Character.isLetter(kind.charAt(0)))) {
                    runs.append(kind);
                }
            }
        }
        return runs.toString();
    }

    private static String kind(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
            return "";
        } else if (Character.isDigit(cp)) {
            return "D";
        } else if (script == Character.UnicodeScript.ARABIC) {
            return "A";
        } else if (script == Character.UnicodeScript.HEBREW) {
            return "H";
        } else if (script == Character.UnicodeScript.LATIN) {
            return "L";
        }
        return Character.toString(cp);
    }
}
