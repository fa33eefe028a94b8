package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which engine makes the PDF: the brand's {@code engine:}, overridden by the caller (the CLI's
 * {@code --engine}); and a brand whose serif is an OpenType font with CFF outlines, which only the
 * OpenPDF engine embeds.
 */
class EngineSelectionTest {

    /** Linux Libertine, CFF outlines (Debian's fonts-linuxlibertine, which .ci/run installs). */
    static final Path CFF_FONT = Path.of("/usr/share/fonts/opentype/linux-libertine/LinLibertine_R.otf");

    @TempDir
    Path home;

    @Test
    void theBrandChoosesAndTheCallerOverrides() throws Exception {
        Path report = home("drafts", "engine: openpdf\n");
        Imprint imprint = new Imprint(home);
        assertEquals("OpenPDF", producerEngine(build(imprint, report, null)));
        assertEquals("PDFBox", producerEngine(build(imprint, report, "pdfbox")));
        // the default brand names no engine: PDFBox, unless asked otherwise
        assertEquals("PDFBox", producerEngine(build(imprint, Reports.MINIMAL, null)));
        assertEquals("OpenPDF", producerEngine(build(imprint, Reports.MINIMAL, "openpdf")));
    }

    @Test
    void anUnknownEngineIsAnErrorInTheBrandProfile() throws Exception {
        Path report = home("odd", "engine: ghostscript\n");
        ReportException e = assertThrows(ReportException.class, () -> build(new Imprint(home), report, null));
        assertTrue(e.getMessage().contains("brand.yaml") && e.getMessage().contains("unknown engine \"ghostscript\""),
                e.getMessage());
    }

    /**
     * A brand whose engine is openpdf gets that engine's word on an SVG figure (it cannot draw
     * one), once, not the warnings of the pdfbox engine's SVG drawer, which does not run.
     */
    @Test
    void anOpenPdfBrandIsToldWhatItsEngineDoesWithSvg() throws Exception {
        Path report = home("drafts-svg", "engine: openpdf\n");
        Files.createDirectories(report.resolve("figures"));
        Files.writeString(report.resolve("figures/f.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><g opacity="0.5" clip-path="url(#c)">
                <clipPath id="c"><rect width="50" height="50"/></clipPath><rect width="80" height="40" fill="red"/>
                <text x="5" y="30">CLIPPED</text></g></svg>
                """);
        Files.writeString(report.resolve("article.md"), Files.readString(report.resolve("article.md")) + "\n![A drawing.](figures/f.svg)\n");
        List<org.imprint.Problem> warnings = new java.util.ArrayList<>();
        ReportException e = assertThrows(ReportException.class, () -> new Imprint(home).build(BuildRequest.of(report)
                .out(home.resolve("svg-out")).formats("pdf").warnings(warnings::add).build()));
        assertTrue(e.getMessage().contains("the openpdf engine has no SVG figures") && e.getMessage().contains("engine: pdfbox"),
                e.getMessage());
        assertEquals(List.of(), warnings.stream().map(Object::toString).filter(w -> w.contains("f.svg")).toList());
    }

    /** Each engine declares what it can do: asking OpenPDF for print marks is refused, not ignored. */
    @Test
    void theOpenPdfEngineRefusesThePrintProfile() throws Exception {
        Path out = home.resolve("print-out");
        ReportException e = assertThrows(ReportException.class, () -> new Imprint(Reports.HOME).build(
                BuildRequest.of(Reports.MINIMAL).out(out).formats("pdf").profile(PdfProfile.PRINT).engine("openpdf").build()));
        assertTrue(e.getMessage().contains("the openpdf engine has no print marks") && e.getMessage().contains("--engine pdfbox"),
                e.getMessage());
        assertFalse(Files.exists(out.resolve("print/minimal.pdf")), "no output may be left");
    }

    @Test
    void aCffBrandFontIsEmbeddedByOpenPdf() throws Exception {
        assumeTrue(Files.isRegularFile(CFF_FONT), "needs fonts-linuxlibertine");
        Path report = home("cff", "engine: openpdf\n" + cffFonts());
        try (PDDocument pdf = Loader.loadPDF(build(new Imprint(home), report, null).toFile())) {
            PDFont libertine = fonts(pdf).filter(f -> f.getName().contains("LinLibertine")).findFirst().orElse(null);
            assertNotNull(libertine, "Linux Libertine is not in the PDF");
            assertTrue(libertine.isEmbedded(), libertine.getName());
            var descriptor = ((PDType0Font) libertine).getDescendantFont().getFontDescriptor();
            assertNotNull(descriptor.getFontFile3(), "not embedded as CFF (FontFile3): " + libertine.getName());
            assertTrue(PdfText.all(pdf).contains("This is the first paragraph of a minimal test report."));
        }
    }

    @Test
    void theCffBrandFailsClearlyWithPdfBox() throws Exception {
        assumeTrue(Files.isRegularFile(CFF_FONT), "needs fonts-linuxlibertine");
        Path report = home("cff", "engine: openpdf\n" + cffFonts());
        ReportException e = assertThrows(ReportException.class, () -> build(new Imprint(home), report, "pdfbox"));
        assertTrue(e.getMessage().contains("brand.yaml") && e.getMessage().contains("CFF")
                && e.getMessage().contains("engine: openpdf"), e.getMessage());
    }

    /**
     * A brand of CFF fonts on the default engine, built with {@code --engine openpdf} as the
     * refusal below advises: the cover picture was made with the brand's engine and refused it.
     */
    @Test
    void aCffBrandBuildsWithTheRequestedOpenPdf() throws Exception {
        assumeTrue(Files.isRegularFile(CFF_FONT), "needs fonts-linuxlibertine");
        Path report = home("cffdefault", cffFonts());
        assertEquals("OpenPDF", producerEngine(build(new Imprint(home), report, "openpdf")));
    }

    /** The RCAS faces, with Linux Libertine as the serif. */
    private static String cffFonts() {
        return """
                fonts:
                  serif: ["Linux Libertine", "Droid Sans Fallback", "Nanum Myeongjo"]
                  sans: ["Noto Sans", "Droid Sans Fallback", "Nanum Myeongjo"]
                  mono: ["Noto Sans Mono", "Droid Sans Fallback"]
                  faces:
                    - { family: Linux Libertine, file: LinLibertine_R.otf }
                    - { family: Noto Serif, file: NotoSerif-Regular.ttf }
                    - { family: Noto Sans, file: NotoSans-Regular.ttf }
                    - { family: Noto Sans, file: NotoSans-Bold.ttf, weight: 700 }
                    - { family: Noto Sans Mono, file: NotoSansMono-Regular.ttf }
                    - { family: Droid Sans Fallback, file: DroidSansFallbackFull.ttf }
                    - { family: Nanum Myeongjo, file: NanumMyeongjo.ttf }
                """;
    }

    /**
     * A home with the RCAS brand, a brand {@code name} extending it with {@code profile}, the
     * project's fonts plus the CFF font, and a minimal report in that brand.
     */
    private Path home(String name, String profile) throws IOException {
        Path templates = home.resolve("templates");
        copy(Reports.HOME.resolve("templates/rcas"), templates.resolve("rcas"));
        Files.createDirectories(templates.resolve(name));
        Files.writeString(templates.resolve(name).resolve("brand.yaml"), "extends: rcas\n" + profile);
        copy(Reports.HOME.resolve("fonts"), home.resolve("fonts"));
        if (Files.isRegularFile(CFF_FONT)) {
            Files.copy(CFF_FONT, home.resolve("fonts").resolve(CFF_FONT.getFileName()));
        }
        Path report = home.resolve("reports").resolve(name);
        Files.createDirectories(report);
        Files.writeString(report.resolve("article.md"), Files.readString(Reports.MINIMAL.resolve("article.md"))
                .replaceFirst("---\n", "---\nbrand: " + name + "\n"));
        return report;
    }

    static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private Path build(Imprint imprint, Path report, String engine) throws Exception {
        Path out = home.resolve("out").resolve(engine == null ? "brand" : engine);
        List<Path> files = imprint.build(BuildRequest.of(report).out(out).formats("pdf").profile(PdfProfile.SCREEN).engine(engine).build());
        return files.get(0);
    }

    /** "OpenPDF" or "PDFBox", from the producer each engine writes. */
    private static String producerEngine(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String producer = pdf.getDocumentInformation().getProducer();
            return producer.contains("OpenPDF") ? "OpenPDF" : producer.contains("PDFBox") ? "PDFBox" : producer;
        }
    }

    private static Stream<PDFont> fonts(PDDocument pdf) throws IOException {
        Stream.Builder<PDFont> fonts = Stream.builder();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts.build();
    }
}
