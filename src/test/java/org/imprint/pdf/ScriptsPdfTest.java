package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts of the region in the PDFBox engine's PDF: Arabic and Urdu, Hebrew, Devanagari,
 * Bengali, Thai and emoji are drawn with the brand's fallback fonts, embedded, and come back from
 * the PDF's text.
 */
class ScriptsPdfTest {

    static final Path QUOTING = Reports.HOME.resolve("src/test/resources/reports/quoting-urdu");
    static final Path SCRIPTS = Reports.HOME.resolve("src/test/resources/reports/scripts");
    static final Path NO_FONT = Reports.HOME.resolve("src/test/resources/reports/no-font");

    @TempDir
    static Path out;
    static String quotingText;
    static String scriptsText;
    static Set<String> quotingFonts;
    static Set<String> scriptsFonts;
    static final List<Problem> warnings = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        Path quoting = imprint.build(BuildRequest.of(QUOTING).out(out).formats("pdf").warnings(warnings::add).build()).get(0);
        Path scripts = imprint.build(BuildRequest.of(SCRIPTS).out(out).formats("pdf").warnings(warnings::add).build()).get(0);
        try (PDDocument pdf = Loader.loadPDF(quoting.toFile())) {
            quotingText = PdfText.all(pdf);
            quotingFonts = fonts(pdf);
        }
        try (PDDocument pdf = Loader.loadPDF(scripts.toFile())) {
            scriptsText = PdfText.all(pdf);
            scriptsFonts = fonts(pdf);
        }
    }

    @Test
    void eachScriptIsDrawnWithItsFont() {
        assertAll(
                () -> assertTrue(quotingFonts.stream().anyMatch(f -> f.contains("NotoNaskhArabic")), quotingFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoSansHebrew")), scriptsFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoSansDevanagari")), scriptsFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoSansBengali")), scriptsFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoSansThai")), scriptsFonts::toString),
                () -> assertTrue(scriptsFonts.stream().anyMatch(f -> f.contains("NotoEmoji")), scriptsFonts::toString));
    }

    @Test
    void noCharacterIsLost() {
        assertAll(
                () -> assertFalse(quotingText.contains("#"), quotingText),
                () -> assertFalse(scriptsText.contains("#"), scriptsText),
                () -> assertTrue(warnings.isEmpty(), warnings::toString));
    }

    @Test
    void aCharacterNoFontHasIsNamedWithItsLineAndTheFontsTried(@TempDir Path dir) throws Exception {
        List<Problem> seen = new ArrayList<>();
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(NO_FONT).out(dir).formats("pdf")
                .warnings(seen::add).build()).get(0);
        assertEquals(2, seen.size(), seen::toString);
        assertAll(
                () -> assertEquals(8, seen.get(0).line()),
                () -> assertTrue(seen.get(0).toString().startsWith("src/test/resources/reports/no-font/article.md:8: warning: no font of brand rcas has the characters U+0DC1 (ශ), U+0DCA (්)"), seen.get(0)::toString),
                () -> assertTrue(seen.get(0).message().contains("fonts tried: Noto Serif, Noto Naskh Arabic, Noto Sans Hebrew"), seen.get(0)::message),
                // the joiner inside ශ්‍රී is not a glyph: it is not named
                () -> assertFalse(seen.get(0).message().contains("U+200D"), seen.get(0)::message),
                () -> assertEquals(10, seen.get(1).line()),
                () -> assertTrue(seen.get(1).message().contains("U+10300 (𐌀), U+10301 (𐌁)"), seen.get(1)::message));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(PdfText.all(doc).contains("#"), "openhtmltopdf drew no # where the glyphs are missing");
        }
    }

    @Test
    void theOpenPdfEngineRefusesArabicNamingTheLine(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> new Imprint(Reports.HOME)
                .build(BuildRequest.of(QUOTING).out(dir).formats("pdf").engine("openpdf").build()));
        assertEquals("src/test/resources/reports/quoting-urdu/article.md:10: the openpdf engine cannot set Arabic text"
                + " (U+067E پ): it has no shaping of right-to-left and complex scripts; build with --engine pdfbox",
                e.problem().toString());
        assertEquals(List.of(), List.of(dir.toFile().list()), "a file was left behind");
    }

    /** The base names of the fonts the pages use, without their subset prefix. */
    static Set<String> fonts(PDDocument pdf) throws java.io.IOException {
        Set<String> names = new TreeSet<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        return names;
    }
}
