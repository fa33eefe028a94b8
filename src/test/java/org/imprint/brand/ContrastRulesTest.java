package org.imprint.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WCAG 2.1 contrast of the colour pairs a brand declares, measured when it loads. */
class ContrastRulesTest {

    @TempDir
    Path templates;

    @Test
    void theRatiosAreWcags() {
        Colour maroon = Colour.parse("#7B1E2B").orElseThrow();
        Colour white = Colour.parse("#FFF").orElseThrow();
        assertEquals(21.0, Colour.parse("#000000").orElseThrow().contrast(white), 1e-9);
        assertEquals(1.61, maroon.contrast(Colour.parse("#1F1F1F").orElseThrow()), 0.01);
        assertEquals(3.09, Colour.parse("#B08D57").orElseThrow().contrast(white), 0.01);
        assertEquals("#7B1E2B", maroon.hex());
        assertTrue(Colour.parse("maroon").isEmpty());
    }

    @Test
    void theNearestPassingColourKeepsTheHueAndIsJustDarkEnough() {
        Colour gold = Colour.parse("#B08D57").orElseThrow();
        Colour white = Colour.parse("#FFFFFF").orElseThrow();

        Colour darker = gold.nearestReaching(4.5, white).orElseThrow();

        assertTrue(darker.contrast(white) >= 4.5 && darker.contrast(white) < 4.7, darker.hex());
        assertTrue(darker.luminance() < gold.luminance());
        float[] a = java.awt.Color.RGBtoHSB(0xB0, 0x8D, 0x57, null);
        float[] b = java.awt.Color.RGBtoHSB(darker.rgb() >> 16, darker.rgb() >> 8 & 0xFF, darker.rgb() & 0xFF, null);
        assertEquals(a[0], b[0], 0.01, "same hue");
        assertTrue(Colour.parse("#777777").orElseThrow().nearestReaching(22, white).isEmpty(), "nothing reaches 22:1");
    }

    @Test
    void theShippedBrandsPass() throws Exception {
        BrandLoader loader = new BrandLoader(Reports.HOME.resolve("templates"), Reports.HOME.resolve("fonts"));
        for (String name : List.of("rcas", "fieldstone")) {
            BrandAccessibility a11y = loader.load(name, Reports.HOME, 0).accessibility();
            assertTrue(a11y.contrastChecked(), name);
            assertEquals(List.of(), a11y.failures(), name);
            assertTrue(a11y.linksUnderlined(), name);
        }
    }

    @Test
    void aPairBelowAaIsAWarningAtItsLineWithTheFix() throws Exception {
        Path profile = brand("pale", """
                colours: { page: "#FFFFFF", gold: "#B08D57", ink: "#1F1F1F" }
                accessibility:
                  text_pairs:
                    body: { text: ink, on: page }
                    series_label: { text: gold, on: page }
                    display: { text: gold, on: page, size: large }
                """);

        BrandAccessibility a11y = new BrandLoader(templates, Reports.HOME.resolve("fonts")).load("pale", profile, 0).accessibility();

        assertFalse(a11y.contrastPasses());
        List<Problem> warnings = a11y.warnings();
        assertEquals(1, warnings.size(), "large text needs 3:1 only: " + warnings);
        Problem w = warnings.get(0);
        assertEquals(profile, w.file());
        assertEquals(5, w.line());
        assertTrue(w.message().contains("series_label: gold #B08D57 on page #FFFFFF has a contrast of 3.09:1"), w.message());
        assertTrue(w.message().contains("needs 4.5:1"), w.message());
        assertTrue(w.message().matches(".*the nearest colour of the same hue that passes is #[0-9A-F]{6} \\(4\\.5\\d?:1\\).*"), w.message());
    }

    @Test
    void linksToldByColourAloneNeedThreeToOneUnlessUnderlined() throws Exception {
        String profile = """
                colours: { page: "#FFFFFF", maroon: "#7B1E2B", ink: "#1F1F1F" }
                accessibility:
                  links: { colour: maroon, beside: [ink], underline: %s }
                  text_pairs: { body: { text: ink, on: page } }
                """;
        brand("plain", profile.formatted("false"));
        brand("underlined", profile.formatted("true"));
        BrandLoader loader = new BrandLoader(templates, Reports.HOME.resolve("fonts"));

        List<Problem> plain = loader.load("plain", templates, 0).accessibility().warnings();
        assertEquals(1, plain.size());
        assertEquals(3, plain.get(0).line());
        assertTrue(plain.get(0).message().contains("by colour alone at 1.61:1"), plain.get(0).message());
        assertTrue(loader.load("underlined", templates, 0).accessibility().contrastPasses());
    }

    @Test
    void aBrandCanMakeContrastAnError() throws Exception {
        Path profile = brand("strict", """
                colours: { page: "#FFFFFF", gold: "#B08D57" }
                accessibility:
                  contrast: error
                  text_pairs:
                    series_label: { text: gold, on: page }
                """);

        ReportException e = assertThrows(ReportException.class,
                () -> new BrandLoader(templates, Reports.HOME.resolve("fonts")).load("strict", profile, 0));

        assertEquals(profile, e.problem().file());
        assertEquals(5, e.problem().line());
        assertTrue(e.getMessage().contains("3.09:1") && e.getMessage().contains("contrast: error"), e.getMessage());
    }

    @Test
    void aChildBrandChangesOnePairAndItsLineIsTheChilds() throws Exception {
        brand("base", """
                colours: { page: "#FFFFFF", gold: "#B08D57", dark_gold: "#856A3F", ink: "#1F1F1F" }
                accessibility:
                  text_pairs:
                    body: { text: ink, on: page }
                    series_label: { text: dark_gold, on: page }
                """);
        Path child = brand("child", """
                extends: base
                accessibility:
                  text_pairs:
                    series_label: { text: gold }
                """);

        List<Problem> warnings = new BrandLoader(templates, Reports.HOME.resolve("fonts")).load("child", child, 0)
                .accessibility().warnings();

        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(child, warnings.get(0).file());
        assertEquals(4, warnings.get(0).line());
    }

    @Test
    void anUnknownColourKeyIsNamedAtItsLine() throws Exception {
        Path profile = brand("typo", """
                colours: { page: "#FFFFFF", ink: "#1F1F1F" }
                accessibility:
                  text_pairs:
                    body: { text: inc, on: page }
                """);

        ReportException e = assertThrows(ReportException.class,
                () -> new BrandLoader(templates, Reports.HOME.resolve("fonts")).load("typo", profile, 0));

        assertEquals(4, e.problem().line());
        assertTrue(e.getMessage().contains("\"inc\"") && e.getMessage().contains("ink, page"), e.getMessage());
    }

    /** A brand that is complete but for its colours and accessibility section, given here. */
    private Path brand(String name, String profile) throws IOException {
        Path folder = Files.createDirectories(templates.resolve(name).resolve("layouts"));
        Files.writeString(folder.resolve("article.ftlh"), "");
        boolean child = profile.startsWith("extends:");
        String rest = child ? "" : """
                organisation: { name: Pale Institute }
                series: { default: Brief }
                labels: { figure: Figure, notes: Notes }
                date_format: d MMMM yyyy
                fonts:
                  faces: [{ family: Noto Serif, file: NotoSerif-Regular.ttf }]
                parts: [article]
                """;
        Path file = templates.resolve(name).resolve(BrandLoader.PROFILE);
        Files.writeString(file, profile + rest);
        return file;
    }
}
