package org.imprint;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brand's contact block in a right-to-left article: its phone number reads left to right, and
 * the back page names the language its labels (پتا، فون) are in.
 */
class BrandContactRightToLeftTest {

    static final Path URDU = Reports.HOME.resolve("src/test/resources/reports/urdu");

    @TempDir
    static Path dir;
    static List<Path> built;

    @BeforeAll
    static void build() throws Exception {
        built = new Imprint(Reports.HOME).build(BuildRequest.of(URDU).out(dir).formats("pdf", "epub").build());
    }

    @Test
    void thePhoneNumberKeepsItsOrderInThePdf() throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow());
        Glyph at = glyphs.stream().filter(g -> g.text().equals("@")).reduce((a, b) -> b).orElseThrow();
        String visual = PdfGlyphs.text(PdfGlyphs.lineOf(glyphs, at, 1f)).replace(" ", "");
        assertTrue(visual.contains("0085223977886"), "the phone number in visual order: " + visual);
    }

    /** The cover of a right-to-left article sets its title and date from the right edge. */
    @Test
    void theCoverIsSetFromTheRight() throws Exception {
        List<Glyph> glyphs = PdfGlyphs.read(built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow());
        List<Glyph> digits = glyphs.stream().filter(g -> g.page() == 1 && g.text().matches("[0-9]")).toList();
        float right = (float) digits.stream().mapToDouble(Glyph::right).max().orElseThrow();
        assertTrue(!digits.isEmpty() && digits.stream().allMatch(g -> g.x() > 300), "the cover's date is not on the right: " + digits);
        assertTrue(right > 450, "the cover's date ends at " + right);
    }

    @Test
    void theBackPageNamesTheLanguageOfItsLabels() throws Exception {
        Path epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String back = new String(zip.getInputStream(zip.getEntry("OEBPS/back.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertAll(
                    () -> assertTrue(back.contains("<div class=\"back-main\" lang=\"ur\">"), back),
                    () -> assertTrue(back.contains("<span dir=\"ltr\">00852 2397 7886</span>"), back));
        }
    }
}
