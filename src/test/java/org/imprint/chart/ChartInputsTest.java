package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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
}
