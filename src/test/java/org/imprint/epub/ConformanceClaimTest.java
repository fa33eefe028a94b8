package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-book claims WCAG 2.1 AA only when every check passed, the brand's colours included; a
 * brand with a pair below AA gets a warning at its line and an e-book that says honestly why it
 * claims nothing. No PDF claims WCAG conformance at all: PDF/UA says the structure is right,
 * nothing about colours.
 */
class ConformanceClaimTest {

    private static final String WCAG = "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>";

    @TempDir
    Path dir;

    @Test
    void theShippedBrandPassesAndClaimsConformance() throws Exception {
        List<Problem> warnings = new ArrayList<>();
        List<Path> files = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.EXAMPLE).out(dir).formats("pdf", "epub").warnings(warnings::add).build());

        String opf = opf(files.get(1));
        assertTrue(opf.contains(WCAG), opf);
        assertTrue(opf.contains("<meta property=\"a11y:certifiedBy\">"), opf);
        assertFalse(opf.contains("does not claim"), opf);
        assertEquals(List.of(), warnings.stream().filter(w -> w.file().endsWith("brand.yaml")).toList());
        try (PDDocument pdf = Loader.loadPDF(files.get(0).toFile())) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA: structure");
            assertFalse(xmp.contains("WCAG"), "no WCAG claim in the PDF");
        }
    }

    @Test
    void aPairBelowAaIsNamedAndTheEbookClaimsNoConformance() throws Exception {
        Path templates = dir.resolve("templates");
        copy(Reports.HOME.resolve("templates/rcas"), templates.resolve("rcas"));
        Path profile = templates.resolve("rcas/brand.yaml");
        String yaml = Files.readString(profile);
        Files.writeString(profile, yaml.replace("accent_text: \"#856A3F\"", "accent_text: \"#B08D57\""));
        int line = lineOf(yaml, "    series_label:");
        List<Problem> warnings = new ArrayList<>();

        Path epub = new Imprint(templates, Reports.HOME.resolve("fonts"))
                .build(BuildRequest.of(Reports.EXAMPLE).out(dir.resolve("out")).formats("epub").warnings(warnings::add).build()).get(0);

        Problem series = warnings.stream().filter(w -> w.message().startsWith("series_label")).findFirst().orElseThrow();
        assertEquals(profile, series.file());
        assertEquals(line, series.line());
        assertTrue(series.toString().contains("brand.yaml:" + line + ": warning: series_label: accent_text #B08D57 on page #FFFFFF"
                + " has a contrast of 3.09:1, and WCAG 2.1 AA needs 4.5:1"), series.toString());
        String opf = opf(epub);
        assertFalse(opf.contains("dcterms:conformsTo"), opf);
        assertFalse(opf.contains("a11y:certifiedBy"), opf);
        assertTrue(opf.contains("It does not claim conformance to WCAG 2.1 Level AA: some text colours are below the contrast"
                + " ratio AA requires."), opf);
    }

    private static String opf(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not found");
    }

    private static void copy(Path from, Path to) throws IOException {
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
}
