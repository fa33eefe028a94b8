package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stages that lay a document out again ({@link FigurePlacement}) each decide on the layout
 * they change, and no page but a part's last is left with a quarter of it white.
 * <ul>
 * <li>{@code quote-after-moved-figure}: a figure is moved ahead of the last paragraphs of its
 * section, which pulls the text below it up; a quotation's split ({@link QuoteBreaks}) decided on
 * the layout before the move forced its page break half-way down the next page (57 % white).
 * <li>{@code figure-above-notes}: a figure that ends its section fits ahead of its section's
 * last paragraph only above the page's notes; counting the notes' room as free moved it there,
 * where it did not fit, and the next round moved it back (41 % white).
 * </ul>
 */
class LayoutStagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"quote-after-moved-figure", "figure-above-notes"})
    void noPageEndsWithAQuarterOfItWhite(String name) throws Exception {
        Path report = Reports.HOME.resolve("src/test/resources/reports/" + name);
        Path pdf = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir).formats("pdf").build()).get(0);
        List<FootWhite.Page> pages = FootWhite.measure(pdf);
        for (FootWhite.Page page : pages) {
            assertTrue(page.partEnd() || page.number() == 1 || page.whiteShare() < 0.25, page.toString());
        }
    }
}
