package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line over numbers (years, unevenly apart, given out of order) stands each point where its
 * number is along x, and its x labels do not run into each other where points are close.
 */
class NumericAxisTest {

    @Test
    void unevenYearsAreSpacedByTheirDistance(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("years");
        Files.createDirectories(report.resolve("data"));
        Files.writeString(report.resolve("data/d.csv"), "year,A\n2005,3\n2000,1\n2020,5\n2001,2\n");
        Files.writeString(report.resolve("article.md"), """
                ---
                title: "Uneven years"
                date: 2026-05-04
                language: en
                brand: rcas
                authors:
                  - name: Mei Lin Tan
                ---

                Years unevenly apart.

                ```chart
                type: line
                data: data/d.csv
                x: year
                y: [A]
                caption: Uneven years.
                ```
                """);
        List<Path> built = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).build());
        Path epub = built.stream().filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        Path pdf = built.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();

        // the line's points, in the chart's SVG: 2000, 2001, 2005, 2020
        Document svg = null;
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".svg")) {
                    svg = Jsoup.parse(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
                }
            }
        }
        String d = svg.selectFirst("path").attr("d");
        List<Double> xs = new ArrayList<>();
        for (String point : d.replaceAll("[ML]", " ").strip().split("\\s+")) {
            xs.add(Double.parseDouble(point.split(",")[0]));
        }
        assertEquals(4, xs.size(), d);
        double year = (xs.get(3) - xs.get(0)) / 20;
        assertEquals(year, xs.get(1) - xs.get(0), 0.2, "2000 to 2001 is one year's width: " + d);
        assertEquals(4 * year, xs.get(2) - xs.get(1), 0.3, "2001 to 2005 four: " + d);
        assertEquals(15 * year, xs.get(3) - xs.get(2), 0.3, "2005 to 2020 fifteen: " + d);

        // the year labels are text in the PDF, none over another
        List<TextPosition[]> labels = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (int i = 0; i + 4 <= positions.size(); i++) {
                        String four = positions.subList(i, i + 4).stream().map(TextPosition::getUnicode).reduce("", String::concat);
                        if (four.matches("20(00|01|05|20)")) {
                            labels.add(new TextPosition[] {positions.get(i), positions.get(i + 3)});
                        }
                    }
                }
            }.getText(doc);
        }
        assertTrue(labels.size() >= 3, "2000, 2005 and 2020 at least are labelled: " + labels.size());
        labels.sort(java.util.Comparator.comparingDouble(l -> l[0].getXDirAdj()));
        for (int i = 1; i < labels.size(); i++) {
            TextPosition[] before = labels.get(i - 1);
            TextPosition[] after = labels.get(i);
            if (Math.abs(before[0].getYDirAdj() - after[0].getYDirAdj()) < 1) {
                assertTrue(before[1].getXDirAdj() + before[1].getWidthDirAdj() < after[0].getXDirAdj(), "labels touch");
            }
        }
    }
}
