package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quotation split where a page with notes ends ({@link QuoteBreaks}) is split on the layout the
 * split applies to. In the report a figure is moved ahead of the last paragraphs of its section
 * ({@link FigurePlacement}), which pulls the text below it up; a split decided on the layout
 * before the move forced its page break half-way down the next page, leaving 57 % of it white.
 */
class QuoteSplitAfterFigureTest {

    @TempDir
    Path dir;

    @Test
    void noPageEndsHalfEmptyBeforeAQuotationsSecondPart() throws Exception {
        Path report = Reports.HOME.resolve("src/test/resources/reports/quote-after-moved-figure");
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir).formats("pdf").build()).get(0);
        List<FootWhite.Page> pages = FootWhite.measure(pdf);
        for (FootWhite.Page page : pages) {
            assertTrue(page.partEnd() || page.number() == 1 || page.whiteShare() < 0.25, page.toString());
        }
    }
}
