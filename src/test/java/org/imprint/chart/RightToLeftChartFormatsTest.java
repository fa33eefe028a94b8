package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart whose series is named in Hebrew: the PDF refuses it and advises the e-book and web
 * edition, which were refused the same way (the e-book's cover picture is a PDF of the cover,
 * and the check looked at every figure of the report). They are made, with the chart.
 */
class RightToLeftChartFormatsTest {

    private static TestReport report(Path folder) {
        return TestReport.at(folder).language("he").author("\"ורד כהן\"")
                .file("figures/d.csv", "year,ירדן,2050 Plan\n2019,10,20\n2020,12,22\n2021,14,21\n")
                .body("טקסט קצר.\n\n```chart\ntype: line\ndata: figures/d.csv\nx: year\ny: [ירדן, 2050 Plan]\ncaption: ספיקת הנהרות.\n```\n");
    }

    @Test
    void theEbookAndTheWebEditionTheRefusalAdvisesAreMade(@TempDir Path dir) throws Exception {
        TestReport.Built built = report(dir.resolve("he")).out(dir.resolve("out")).build("epub", "html");
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            boolean chart = zip.stream().anyMatch(e -> e.getName().endsWith(".svg")
                    && new String(readAll(zip, e), StandardCharsets.UTF_8).contains("ירדן"));
            assertTrue(chart, "the e-book carries the chart with its Hebrew series name");
        }
        ReportException pdf = assertThrows(ReportException.class, () -> report(dir.resolve("he-pdf")).out(dir.resolve("out-pdf")).build("pdf"));
        assertTrue(pdf.getMessage().contains("(--format epub,html)"), pdf.getMessage());
    }

    private static byte[] readAll(ZipFile zip, java.util.zip.ZipEntry e) {
        try {
            return zip.getInputStream(e).readAllBytes();
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }
}
