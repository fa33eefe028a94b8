package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The space an author types between a prefix and its key stays, whatever the prefix ends in:
 * citeproc-java gives one only after a letter, a digit or ":.,;!?)]&", so "(“see”Lee",
 * "see—Lee", "50%Lee", "“see”ibid." and "“see”[1]" lost it (issue 15, h15p affix-*).
 */
class CitationPrefixSpaceBuildTest {

    private static final String BIB = """
            @book{lee2019, author={Lee, Lan}, title={Rivers}, publisher={Delta Press}, year={2019}}
            """;
    private static final String BODY = """
            A [*“see”* @lee2019]. B [see— @lee2019]. C [see → @lee2019]. D [50% @lee2019]. E [see… @lee2019]. F [*see*— @lee2019].
            """;

    @TempDir
    Path dir;

    private String pdf(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Prefixes").file("references.bib", BIB).body(BODY).build("pdf").pdf());
    }

    @Test
    void theTypedSpaceStaysAfterAnyPrefix() throws Exception {
        String apa = pdf("apa");
        String chicago = pdf("chicago-notes-bibliography-16th-edition");
        String ieee = pdf("ieee");
        assertAll(
                () -> assertTrue(apa.contains("A (“see” Lee, 2019). B (see— Lee, 2019). C (see → Lee, 2019). D (50% Lee, 2019). "
                        + "E (see… Lee, 2019). F (see— Lee, 2019)."), apa),
                () -> assertTrue(chicago.contains("1. “see” Lan Lee"), chicago),
                () -> assertTrue(chicago.contains("See— ibid."), chicago),
                () -> assertTrue(chicago.contains("50% ibid."), chicago),
                () -> assertTrue(ieee.contains("A “see” [1]. B see— [1]."), ieee));
    }

    @Test
    void aHebrewPrefixsDashStaysOutsideTheSourcesIsolateAndLink() throws Exception {
        String xhtml = article(TestReport.citing(dir, "he", "apa").title("קידומת").language("he").file("references.bib", BIB)
                .body("טקסט [ראה— @lee2019].\n").build("epub").epub());
        String cited = xhtml.substring(xhtml.indexOf("טקסט ("));
        assertAll(
                () -> assertTrue(cited.startsWith("טקסט (ראה— <a "), cited),
                () -> assertEquals(1, cited.split("class=\"citation\"", -1).length - 1, cited));
    }
}
