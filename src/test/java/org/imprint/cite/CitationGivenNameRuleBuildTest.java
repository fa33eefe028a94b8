package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two first authors whose initials are alike (Jane and John Smith) are told apart as the
 * style's givenname-disambiguation-rule allows: chicago-author-date's primary-name by their full
 * given names, not "(J. Smith 2020a, 2020b)" with year letters for two people; APA's
 * primary-name-with-initials stops at initials, then gives year letters (issue 15, h15p status-chicago).
 */
class CitationGivenNameRuleBuildTest {

    private static final String BIB = """
            @book{s1, author={Smith, Jane}, title={Smith Zeta}, publisher={P}, year={2020}}
            @book{s2, author={Smith, John}, title={Smith Eta}, publisher={P}, year={2020}}
            """;

    @TempDir
    Path dir;

    private String pdf(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Smiths").file("references.bib", BIB)
                .body("Smiths [@s1; @s2].\n").build("pdf").pdf());
    }

    @Test
    void fullGivenNamesWhereTheStyleAllowsThem() throws Exception {
        String chicago = pdf("chicago-author-date-17th-edition");
        String apa = pdf("apa");
        assertAll(
                () -> assertTrue(chicago.contains("(Jane Smith 2020; John Smith 2020)"), chicago),
                () -> assertFalse(chicago.contains("2020a"), chicago),
                () -> assertTrue(apa.contains("(J. Smith, 2020a, 2020b)"), apa));
    }
}
