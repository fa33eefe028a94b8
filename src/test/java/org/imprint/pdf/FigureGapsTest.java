package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No figure leaves a white gap at the foot of the page before it: when a figure does not fit
 * below the text, {@link FigurePlacement} lets the following paragraphs fill the page first, as
 * a typesetter would. A page "begins with a figure" when the first text below its running head
 * is a caption (a raster figure carries no text of its own).
 */
class FigureGapsTest {

    /** The most a page before a figure may leave empty, as a share of the text block's height: about four lines. */
    private static final double MOST_EMPTY = 0.08;

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"example", "every-feature"})
    void noPageBeforeAFigureEndsEarly(String which) throws Exception {
        Path report = which.equals("example") ? Reports.EXAMPLE : Reports.EVERY_FEATURE;
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(out).formats("pdf").build()).get(0);
        List<List<Line>> pages = bodyLines(pdf);
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (List<Line> page : pages) {
            if (!page.isEmpty()) {
                top = Math.min(top, page.get(0).top());
                bottom = Math.max(bottom, page.get(page.size() - 1).bottom());
            }
        }
        int figuresAtTop = 0;
        for (int i = 1; i < pages.size(); i++) {
            List<Line> page = pages.get(i);
            List<Line> before = pages.get(i - 1);
            if (page.isEmpty() || before.isEmpty() || !page.get(0).text().matches("Figure \\d+\\..*")) {
                continue;
            }
            figuresAtTop++;
            float empty = bottom - before.get(before.size() - 1).bottom();
            assertFalse(empty > MOST_EMPTY * (bottom - top), String.format(
                    "page %d ends %.0f pt above the text block's foot (%.0f%% of it) before the figure that opens page %d: %s",
                    i, empty, 100 * empty / (bottom - top), i + 1, page.get(0).text()));
        }
        // the example's figures are tall enough that one opens a page; if none did, the test saw nothing
        if (which.equals("example")) {
            assertTrue(figuresAtTop > 0, "no page begins with a figure: the test checked nothing");
        }
    }

    private record Line(float top, float bottom, String text) {
    }

    /** Each page's lines between its running head and its folio (the first and last lines). */
    private static List<List<Line>> bodyLines(Path pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<Line> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        TextPosition first = positions.get(0);
                        float bottom = first.getYDirAdj();
                        if (!lines.isEmpty() && Math.abs(lines.get(lines.size() - 1).bottom() - bottom) < 2) {
                            return; // the running head's second half, on the same line
                        }
                        lines.add(new Line(bottom - first.getHeightDir(), bottom, text));
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(document);
                boolean running = lines.size() > 2 && lines.get(lines.size() - 1).text().matches("\\d+");
                pages.add(running ? lines.subList(1, lines.size() - 1) : List.of());
            }
        }
        return pages;
    }
}
