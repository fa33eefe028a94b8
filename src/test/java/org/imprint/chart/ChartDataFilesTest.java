package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.ReportException;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart's {@code data:} is a file path, not a URL ("a #1.csv" and "ventes%20fr.csv" are files'
 * names), and its CSV is checked where spreadsheets and hostile data go wrong: an overflowing x,
 * an empty cell in a stacked area, a trailing comma in the header.
 */
class ChartDataFilesTest {

    private static String chart(String type, String data, String x, String y) {
        return "Intro.\n\n```chart\ntype: " + type + "\ndata: " + data + "\nx: " + x + "\ny: [" + y + "]\ncaption: Sales of " + y + ".\n```\n";
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void namesWithHashAndPercentAreFilesOfTheReport(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("r"))
                .file("data/a #1.csv", "Jahr,Nord\n2020,11\n2021,12\n")
                .file("data/ventes%20fr.csv", "year,Sud\n2020,21\n2021,22\n")
                .body(chart("bar", "\"data/a #1.csv\"", "Jahr", "Nord") + "\n" + chart("bar", "data/ventes%20fr.csv", "year", "Sud"))
                .build("pdf").pdf();
        String text = text(pdf);
        assertTrue(text.contains("Sales of Nord.") && text.contains("Sales of Sud."), text);
    }

    @Test
    void anUnquotedHashThatCutTheNameIsPointedOut(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> TestReport.at(dir.resolve("r"))
                .file("data/Umsätze 2025 #1.csv", "Jahr,Nord\n2020,11\n2021,12\n")
                .body(chart("bar", "data/Umsätze 2025 #1.csv", "Jahr", "Nord")).build("pdf"));
        assertTrue(e.getMessage().contains("\"data/Umsätze 2025\" not found") && e.getMessage().contains("\"#1.csv\"")
                && e.getMessage().contains("put the name in quotes, e.g. data: \"data/Umsätze 2025 #1.csv\""), e.getMessage());
    }

    @Test
    void pathsOutOfTheFolderAreStillRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.csv"), "year,A\n2020,1\n2021,2\n");
        for (String data : new String[] {"../secret.csv", "data/../../secret.csv", dir.resolve("secret.csv").toString(),
                "file:../secret.csv"}) {
            ReportException e = assertThrows(ReportException.class, () -> TestReport.at(dir.resolve("r"))
                    .body(chart("line", data, "year", "A")).build("pdf"));
            assertTrue(e.getMessage().contains("is not a file of the report"), e.getMessage());
        }
    }

    @Test
    void anXThatOverflowsIsNamedWithItsRowAndColumn(@TempDir Path dir) {
        for (String x : new String[] {"1e400", "1e300"}) {
            ReportException e = assertThrows(ReportException.class, () -> TestReport.at(dir.resolve("r" + x))
                    .file("data/d.csv", "x,v\n1,1\n" + x + ",2\n4,3\n")
                    .body(chart("line", "data/d.csv", "x", "v")).build("pdf"));
            assertTrue(e.getMessage().contains("chart data \"data/d.csv\", row 3, column \"x\": \"" + x + "\" is too large for the x axis"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("imprint-charts"), e.getMessage());
        }
    }

    @Test
    void anEmptyCellInAnAreaChartIsRefusedNotDrawnAsZero(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> TestReport.at(dir.resolve("r"))
                .file("data/d.csv", "year,a,b\n2020,1,2\n2021,,3\n2022,2,1\n")
                .body(chart("area", "data/d.csv", "year", "a, b")).build("pdf"));
        assertTrue(e.getMessage().contains("chart data \"data/d.csv\", row 3 (year 2021), column \"a\" is empty")
                && e.getMessage().contains("write 0 if zero is meant"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out/r.pdf")));
    }

    @Test
    void aTrailingCommaInTheHeaderIsNoColumn(@TempDir Path dir) throws Exception {
        Path pdf = TestReport.at(dir.resolve("r"))
                .file("data/d.csv", "k,a,b,\r\nA,1,2,\r\nB,3,4,\r\n")
                .body(chart("stacked-bar", "data/d.csv", "k", "a, b")).build("pdf").pdf();
        assertTrue(Files.size(pdf) > 0);
        ReportException e = assertThrows(ReportException.class, () -> TestReport.at(dir.resolve("s"))
                .file("data/d.csv", "k,a,,b\nA,1,5,2\nB,3,6,4\n")
                .body(chart("bar", "data/d.csv", "k", "a, b")).build("pdf"));
        assertTrue(e.getMessage().contains("column 3 of the header row has no name but has values; write its name in the header row,"
                + " or delete the column"), e.getMessage());
    }
}
