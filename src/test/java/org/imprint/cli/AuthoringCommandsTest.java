package org.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The README's authoring steps through the command line: new, build --preview, and wrong usage. */
class AuthoringCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int imprint(String... args) {
        return new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void aScaffoldedReportBuildsCleanlyWithPreviews() throws Exception {
        Path report = dir.resolve("reports/2026-05-port-cities");
        Path built = dir.resolve("out");

        assertEquals(0, imprint("new", report.toString()), err.toString());
        assertEquals(0, imprint("build", report.toString(), "--out", built.toString(), "--preview"), err.toString());

        assertEquals("", err.toString(), "no warnings or errors");
        assertTrue(Files.size(built.resolve("2026-05-port-cities.epub")) > 0);
        try (PDDocument pdf = Loader.loadPDF(built.resolve("2026-05-port-cities.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("RCAS COMMENTARY Port Cities Jane Doe"), text);
            assertTrue(text.contains("Figure 1. Sample figure."), text);
            Path previews = built.resolve("2026-05-port-cities-preview");
            assertTrue(Files.isRegularFile(previews.resolve("contact-sheet.png")));
            int pages = pdf.getNumberOfPages();
            assertTrue(Files.isRegularFile(previews.resolve(String.format("page-%02d.png", pages))));
            assertTrue(out.toString().contains("previewed"), out.toString());
        }
    }

    @Test
    void newRefusesAnExistingFolderAndAnUnknownBrand() throws Exception {
        Path taken = Files.createDirectories(dir.resolve("taken"));

        assertEquals(2, imprint("new", taken.toString()));
        assertTrue(err.toString().contains("already exists; choose a new folder name (nothing was changed)"), err.toString());
        assertEquals(2, imprint("new", dir.resolve("fresh").toString(), "--brand", "nope"));
        assertTrue(err.toString().contains("unknown brand \"nope\""), err.toString());
        assertTrue(err.toString().contains("(brands here: fieldstone, rcas)"), err.toString());
        assertFalse(Files.exists(dir.resolve("fresh")));
    }

    @Test
    void previewNeedsAnExistingPdf() throws Exception {
        assertEquals(2, imprint("preview", dir.resolve("missing.pdf").toString()));
        Path notPdf = Files.writeString(dir.resolve("x.pdf"), "not a PDF");
        assertEquals(1, imprint("preview", notPdf.toString()));
        assertTrue(err.toString().contains("cannot preview"), err.toString());
    }
}
