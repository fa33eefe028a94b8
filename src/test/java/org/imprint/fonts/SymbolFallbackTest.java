package org.imprint.fonts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.brand.Brand;
import org.imprint.brand.BrandLoader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbols the text faces lack (U+2212 MINUS SIGN, ∅, ⟨ ⟩, ▪, ◻, ═, ▬) print in the PDF, and a
 * character only a face the PDF does not use for prose has is warned about, never a silent #.
 */
class SymbolFallbackTest {

    static final Path SYMBOLS = Reports.HOME.resolve("src/test/resources/reports/symbols");

    @Test
    void symbolsTheTextFacesLackPrintOnTheCoverInHeadsAndInTables(@TempDir Path dir) throws Exception {
        List<Problem> seen = new ArrayList<>();
        List<Path> built = new Imprint(Reports.HOME).build(BuildRequest.of(SYMBOLS).out(dir).formats("pdf", "epub")
                .warnings(seen::add).build());
        Path pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        seen.removeIf(p -> !p.message().startsWith("no font"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            assertAll(
                    () -> assertFalse(text.contains("#"), "a # in the PDF:\n" + text),
                    () -> assertTrue(text.indexOf("Growth fell −2% in 2026") >= 0, text),
                    () -> assertTrue(text.contains("∅") && text.contains("⟨x⟩") && text.contains("▪ ◻")
                            && text.contains("═══") && text.contains("▬"), text),
                    () -> assertTrue(text.contains("2026 −2%"), "the table's cell:\n" + text),
                    () -> assertTrue(seen.isEmpty(), seen::toString));
        }
        Path epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        try (var zip = new java.util.zip.ZipFile(epub.toFile())) {
            assertTrue(zip.getEntry("OEBPS/fonts/NotoSansMath-Regular.ttf") != null, "the e-book lacks the symbols face");
        }
    }

    /** The check counts only the fonts the PDF sets prose in: the code face does not print a minus in a paragraph. */
    @Test
    @SuppressWarnings("unchecked")
    void aCharacterOnlyTheCodeFaceHasIsWarnedAbout() throws Exception {
        Brand rcas = new BrandLoader(Reports.HOME.resolve("templates"), Reports.HOME.resolve("fonts"))
                .load("rcas", SYMBOLS.resolve("article.md"), 0);
        Map<String, Object> profile = new HashMap<>(rcas.profile());
        Map<String, Object> fonts = new HashMap<>((Map<String, Object>) profile.get("fonts"));
        fonts.put("scripts", List.of("Noto Naskh Arabic", "Noto Emoji"));
        profile.put("fonts", fonts);
        Brand without = new Brand(rcas.name(), rcas.folders(), profile, rcas.fonts().stream()
                .filter(f -> !f.family().startsWith("Noto Sans Math") && !f.family().startsWith("Noto Sans Symbols")).toList(),
                rcas.fontStacks(), rcas.parts(), rcas.defaultSeries(), rcas.dateFormat(), rcas.publisher(), rcas.labels(),
                rcas.lines(), rcas.accessibility(), rcas.lostTranslations());
        List<Problem> seen = new ArrayList<>();
        new GlyphCoverage(new FontService()).check("Growth fell −2%.\n\nOK ═.\n", Path.of("article.md"), without, seen::add);
        assertEquals(2, seen.size(), seen::toString);
        assertAll(
                () -> assertEquals(1, seen.get(0).line()),
                () -> assertTrue(seen.get(0).message().contains("U+2212 (−)"), seen.get(0)::message),
                () -> assertEquals(3, seen.get(1).line()),
                () -> assertTrue(seen.get(1).message().contains("U+2550 (═)"), seen.get(1)::message));
    }
}
