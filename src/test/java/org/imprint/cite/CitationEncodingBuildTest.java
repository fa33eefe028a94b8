package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bibliography files in other encodings than UTF-8, built for real: a Latin-1 {@code .bib} is
 * refused unless JabRef's {@code % Encoding:} header says what it is, and never printed with
 * replacement characters.
 */
class CitationEncodingBuildTest {

    private static final String ENTRY = "@book{mull,\n  title = {Flüsse},\n  author = {Müller, Jürgen},\n  date = {2001},\n  publisher = {P}\n}\n";

    @TempDir
    Path dir;

    private TestReport report(String name, String file, byte[] bytes) {
        return TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title("Encoding").date("2026-03-02")
                .author("Jane Doe").bibliography(file).frontMatter("citation_style: apa").file(file, bytes)
                .body("Text [@mull].\n");
    }

    @Test
    void latin1BibWithoutHeaderIsRefusedWithLineAndByte() {
        ReportException e = assertThrows(ReportException.class,
                () -> report("plain", "references.bib", ENTRY.getBytes(StandardCharsets.ISO_8859_1)).build("pdf"));
        assertTrue(e.getMessage().contains("references.bib:2: not UTF-8 (byte 0xFC); save the file as UTF-8"), e.getMessage());
        assertFalse(dir.resolve("out-plain").toFile().exists() && dir.resolve("out-plain").toFile().list().length > 0);
    }

    @Test
    void jabrefEncodingHeaderIsHonoured() throws Exception {
        for (String declared : new String[] {"ISO8859_1", "windows-1252"}) {
            byte[] bytes = ("% This file was created with JabRef 2.10.\n% Encoding: " + declared + "\n\n" + ENTRY)
                    .getBytes(StandardCharsets.ISO_8859_1);
            String text = text(report("jabref-" + declared, "references.bib", bytes).build("pdf").pdf());
            assertTrue(text.contains("Müller") && text.contains("Flüsse"), declared + ": " + text);
            assertFalse(text.contains("\uFFFD"), text);
        }
    }

    @Test
    void latin1JsonAndYamlAreRefused() {
        String json = "[{\"id\": \"mull\", \"type\": \"book\", \"title\": \"Flüsse\",\n \"author\": [{\"family\": \"Müller\"}]}]\n";
        ReportException e = assertThrows(ReportException.class,
                () -> report("json", "references.json", json.getBytes(StandardCharsets.ISO_8859_1)).build("pdf"));
        assertTrue(e.getMessage().contains("references.json:1: not UTF-8 (byte 0xFC); save the file as UTF-8"), e.getMessage());
        String yaml = "- id: mull\n  type: book\n  title: Flüsse\n";
        e = assertThrows(ReportException.class,
                () -> report("yaml", "references.yaml", yaml.getBytes(StandardCharsets.ISO_8859_1)).build("pdf"));
        assertTrue(e.getMessage().contains("references.yaml:3: not UTF-8 (byte 0xFC); save the file as UTF-8"), e.getMessage());
    }

    /** pandoc-citeproc's older date form, a list of year/month/day objects, is read as date-parts. */
    @Test
    void oldPandocCiteprocDatesAreRead() throws Exception {
        String yaml = "---\nreferences:\n- id: mull\n  type: book\n  title: Old Dates\n  author:\n  - family: Doe\n    given: Jane\n"
                + "  issued:\n  - year: 2021\n    month: 5\n  publisher: P\n...\n";
        String text = text(report("olddate", "references.yaml", yaml.getBytes(StandardCharsets.UTF_8)).build("pdf").pdf());
        assertTrue(text.contains("(2021)") && text.contains("Old Dates"), text);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
