package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.imprint.image.SafeSvg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legal inputs that editors and spreadsheets write, which once broke a figure. */
class ChartInputsTest {

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
