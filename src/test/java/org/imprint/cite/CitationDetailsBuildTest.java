package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Details of the reference list found by the hostile tester of issue 15: IEEE's label ran into
 * its entry ("[1]E. García"), and a letter protected by braces inside a word ({@code {S}eine})
 * split the word for a style's title case ("SEine").
 */
class CitationDetailsBuildTest {

    static final String BIB = """
            @book{garcia, author={García, Elena}, title={Rivers and Cities}, publisher={P}, address={Oxford}, year={2015}}
            @online{eclair, author={Éclair, Jean-François}, title={Les {\\'e}clairs de la {S}eine}, url={https://example.org/eclair},
              date={2017-06}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String style) throws Exception {
        return TestReport.citing(dir, style, style).title("Details").language("en")
                .body("Cities [@garcia]. Lightning [@eclair].\n").file("references.bib", BIB).build("pdf", "epub");
    }

    /** MLA prints no label for a page but one for a chapter: each source of a citation is made with its own. */
    @Test
    void mlaLabelsAreEachSourcesOwn() throws Exception {
        String mla = text(TestReport.citing(dir, "mla", "modern-language-association").title("Details").language("en")
                .body("One [@garcia, p. 3; @eclair, ch. 2]. Two [@eclair, ch. 2; @garcia, p. 3].\n").file("references.bib", BIB)
                .build("pdf").pdf());
        assertAll(
                () -> assertTrue(mla.contains("One (García 3; Éclair, ch. 2)."), mla),
                () -> assertTrue(mla.contains("Two (Éclair, ch. 2; García 3)."), mla));
    }

    @Test
    void ieeeLabelIsSpacedAndProtectedLettersKeepTheirWord() throws Exception {
        TestReport.Built ieee = build("ieee");
        String ieeePdf = text(ieee.pdf());
        String ieeeEpub = article(ieee.epub());
        String chicago = text(build("chicago-notes-bibliography-16th-edition").pdf());
        assertAll(
                () -> assertTrue(ieeePdf.contains("[1] E. García, Rivers and Cities"), ieeePdf),
                () -> assertTrue(ieeeEpub.contains("[1] E. García"), ieeeEpub),
                () -> assertFalse(ieeePdf.contains("]E.") || ieeePdf.contains("]J.-F."), ieeePdf),
                () -> assertTrue(chicago.contains("Seine"), chicago),
                () -> assertFalse(chicago.contains("SEine") || ieeePdf.contains("SEine"), chicago));
    }
}
