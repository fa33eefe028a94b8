package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.image.SafeSvg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legal inputs that editors and spreadsheets write, which once broke a figure. */
class ChartInputsTest {

    private static Path svgReport(Path dir, String words) throws Exception {
        Files.createDirectories(dir.resolve("figures"));
        Files.writeString(dir.resolve("figures/d.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"80\""
                + " viewBox=\"0 0 300 80\"><text x=\"10\" y=\"40\" font-size=\"20\">" + words + "</text></svg>");
        Files.writeString(dir.resolve("article.md"), "---\ntitle: A Report\ndate: 2026-03-01\nauthors:\n  - name: Jane Doe\n---\n\n"
                + "Intro.\n\n![A diagram.](figures/d.svg)\n");
        return dir;
    }

    @Test
    void rightToLeftWordsInAnSvgAreRefusedForThePdf(@TempDir Path dir) throws Exception {
        ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class, () -> new Imprint(Reports.HOME)
                .build(BuildRequest.of(svgReport(dir.resolve("r"), "مرحبا")).out(dir.resolve("out")).formats("pdf").build()));
        assertTrue(e.getMessage().contains("figures/d.svg") && e.getMessage().contains("Arabic"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out/r.pdf")));
    }

    @Test
    void emptyCellsAreGapsInTheirSeries(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/d.csv"), "year,A,B\n2020,1,\n2021,,4\n2022,3,5\n");
        ChartSpec spec = ChartSpec.parse(folder.resolve("article.md"),
                "type: line\ndata: data/d.csv\nx: year\ny: [A, B]\ncaption: C.\n", 10);
        ChartData data = ChartData.read(folder.resolve("article.md"), folder, spec);
        assertEquals(Arrays.asList(1.0, null, 3.0), data.series().get(0).values());
        assertEquals(Arrays.asList(null, 4.0, 5.0), data.series().get(1).values());
    }

    @Test
    void svg2HrefBecomesXlinkHrefWhichThePdfsDrawerFollows() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 100\"><rect width=\"100\" height=\"100\"/>"
                + "<defs><circle id=\"d\" r=\"30\"/></defs><use href=\"#d\" x=\"250\" y=\"50\"/></svg>";
        String clean = new String(SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8)).data(), StandardCharsets.UTF_8);
        assertTrue(clean.contains("xlink:href=\"#d\""), clean);
        assertTrue(clean.contains("xmlns:xlink=\"http://www.w3.org/1999/xlink\""), clean);
        assertFalse(clean.matches("(?s).*\\shref=.*"), clean);
    }

    /**
     * A line with gaps: a value with no neighbour is a dot (a line of it would be moves only and
     * draw nothing), the description names the gaps, small values keep their digits, negative
     * numbers take the minus sign on the axis and in the description.
     */
    @Test
    void aLineWithGapsShowsLonePointsAndSaysWhereValuesAreMissing(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r");
        Files.createDirectories(report.resolve("data"));
        Files.writeString(report.resolve("data/d.csv"), "year,A,B\n2020,0.0001,\n2021,,-0.0002\n2022,0.0003,-0.0001\n");
        Files.writeString(report.resolve("article.md"), "---\ntitle: A Report\ndate: 2026-03-01\nbrand: rcas\nauthors:\n  - name: Jane Doe\n---\n\n"
                + "Intro.\n\n```chart\ntype: line\ndata: data/d.csv\nx: year\ny: [A, B]\ncaption: Gaps.\n```\n");
        List<Path> built = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf", "epub").build());
        Path pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        Path epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("\u22120.0002"), "the axis's minus sign: " + text);
            assertFalse(text.contains("-0.0002"), text);
        }
        String book = "";
        String drawing = "";
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                String content = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().endsWith(".xhtml")) {
                    book += content;
                } else if (entry.getName().endsWith(".svg")) {
                    drawing += content;
                }
            }
        }
        assertTrue(book.contains("The lowest value is \u22120.0002 (B, 2021); the highest is 0.0003 (A, 2022)."), book);
        assertTrue(book.contains("No value is given for A (2021), B (2020)."), book);
        // A's 2021 gap leaves 2020 and 2022 alone, B's 2021 and 2022 are joined
        assertEquals(2, drawing.split("<circle", -1).length - 1, drawing);
        assertEquals(1, drawing.split("<path d=\"M", -1).length - 1, drawing);
        assertEquals(List.of(), new org.imprint.verify.EpubVerifier().check(epub).stream().map(Object::toString).toList());
    }

    /** Numeric x (years) of a line is drawn in its order, however the rows are ordered; a chart of one x says so. */
    @Test
    void numericXIsSortedAndOneRowIsDescribedAsOne(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/d.csv"), "year,A\n2022,3\n2020,1\n2021,2\n");
        ChartSpec spec = ChartSpec.parse(folder.resolve("article.md"), "type: line\ndata: data/d.csv\nx: year\ny: [A]\ncaption: C.\n", 10);
        ChartData data = ChartData.read(folder.resolve("article.md"), folder, spec);
        assertEquals(List.of("2020", "2021", "2022"), data.categories());
        assertEquals(List.of(1.0, 2.0, 3.0), data.series().get(0).values());
        Files.writeString(folder.resolve("data/one.csv"), "year,A\n2020,-1.5\n");
        ChartSpec bar = ChartSpec.parse(folder.resolve("article.md"), "type: bar\ndata: data/one.csv\nx: year\ny: [A]\ncaption: C.\n", 10);
        ChartData one = ChartData.read(folder.resolve("article.md"), folder, bar);
        ChartStyle style = new ChartStyle("Noto Sans", null, 640, 340, 12, 12, List.of("#000000"), "#000000", "#000000", "#000000",
                "#000000", java.util.Map.of("kind_bar", "Bar chart", "and", "and", "separator", ", ", "description",
                        "{kind} of {series} by {x}, from {first} to {last}. Lowest {min}.", "description_one",
                        "{kind} of {series} for {x} {first}. Lowest {min}."));
        assertEquals("Bar chart of A for year 2020. Lowest \u22121.5.", Charts.describe(bar, one, style, java.util.Locale.ENGLISH));
    }
}
