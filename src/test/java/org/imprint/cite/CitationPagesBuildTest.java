package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page ranges that are not numbers (issue 15, third hostile tester): citeproc-java collapsed
 * {@code xii--xv} to "xii–xxv" and {@code e1234--e1240} to "e1234–e40". They are printed as
 * written, with an en dash; ranges of numbers are still the style's to shorten.
 */
class CitationPagesBuildTest {

    static final String BIB = """
            @incollection{intro, author={Lee, Anna}, title={Introduction}, booktitle={Coasts}, publisher={P}, address={Oxford},
              year={2020}, pages={xii--xv}}
            @article{elife, author={Kim, Bo}, title={Tides}, journal={eLife}, volume={9}, year={2020}, pages={e1234--e1240}}
            @article{plain, author={Park, Min}, title={Sand}, journal={Coasts}, volume={3}, year={2019}, pages={812--829}}
            """;

    @TempDir
    Path dir;

    private String build(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Pages").language("en")
                .body("Roman [@intro]. Electronic [@elife]. Plain [@plain].\n").file("references.bib", BIB).build("pdf").pdf());
    }

    @Test
    void nonNumericRangesAsWritten() throws Exception {
        String chicago = build("chicago-notes-bibliography-17th-edition");
        String apa = build("apa");
        assertAll(
                () -> assertContains(chicago, "xii\u2013xv"),
                () -> assertContains(chicago, "e1234\u2013e1240"),
                () -> assertContains(chicago, "812\u201329"),
                () -> assertContains(apa, "xii\u2013xv"),
                () -> assertContains(apa, "e1234\u2013e1240"),
                () -> assertFalse(chicago.contains("xxv") || apa.contains("xxv"), chicago),
                () -> assertFalse(chicago.contains("\uE022") || apa.contains("\uE022"), chicago));
    }
}
