package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A closing bracket or stop after a link too long for one unbreakable box (a URL) never starts a
 * line: it stays with the link's last piece (h15aa 12: in a figure's caption, "…, 2021,
 * https://who.int/report" ended a line and ")" stood alone on the next). The layout broke at the
 * link's end, where the ")" did not fit, without asking the URL's own break opportunities. The
 * report repeats the phrase after words of growing length, in paragraphs and figure captions, so
 * that the lines' ends fall on every part of it.
 */
class LinkClosingMarksPdfTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void noLineStartsWithTheMarksAfterALink(String engine) throws Exception {
        StringBuilder body = new StringBuilder();
        String word = "a";
        for (int i = 0; i < 36; i++) {
            body.append("We read ").append(word).append(" (source: <https://who.int/report>). Then ").append(word)
                    .append(" the dams [data](https://example.org/rivers) and (<https://example.org/annual-water-report-2021>), ");
            body.append(i % 4 == 3 ? "\n\n" : "");
            word += i % 3 == 0 ? "b" : "c";
        }
        String caption = "Dams";
        for (int i = 0; i < 12; i++) {
            body.append("\n\n![").append(caption).append(" (source: <https://who.int/report>)](figures/f.png)\n");
            caption += i % 2 == 0 ? " and rivers" : "s";
        }
        TestReport report = TestReport.at(dir.resolve("links-" + engine)).title("Links").body(body.toString())
                .file("figures/f.png", png());
        Path pdf = report.build(request -> request.engine(engine), "pdf").outputs().get(0);
        List<String> bad = new ArrayList<>();
        int links = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (String line : stripper.getText(document).split("\\R")) {
                String trimmed = line.strip();
                // a URL's own piece may start with its "." (before ".int"), never a bracket or a stop
                if (trimmed.matches("[)\\]].*|[.,;:](\\s.*)?")) {
                    bad.add(trimmed);
                }
                links += trimmed.split("who", -1).length - 1;
            }
        }
        assertEquals(List.of(), bad, "lines starting with the marks after a link");
        assertTrue(links >= 40, "the text has its links: " + links);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
