package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A condition testing {@code position="subsequent"} with another test beside it (8 bundled
 * styles), compared with citeproc-js (issue 15, h15z). Imprint made such a condition "none of
 * first and the other tests": university-college-lillebaelt-apa's repeat cite of an act was
 * empty, "()" for citeproc-js's "(Water Act)"; with a {@code match} of its own the style was
 * refused as not well-formed (universite-catholique-de-louvain-fial, journal-of-jewish-studies).
 * In the reference list no position holds, as in citeproc-js: louvain's entries are not "cited".
 */
class CitationSubsequentPositionsBuildTest {

    private static final String JSON = """
            [{"id":"leg","type":"legislation","title":"Water Act 2014","title-short":"Water Act","issued":{"date-parts":[[2014]]},"container-title":"Statutes"},
             {"id":"art","type":"article","title":"A preprint","author":[{"family":"Ng","given":"Wei"}],"issued":{"date-parts":[[2020]]},"publisher":"SSRN"}]
            """;

    @TempDir
    Path dir;

    private String pdf(String style, String body) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Repeats").bibliography("refs.json").file("refs.json", JSON)
                .body(body).build("pdf").pdf()).replaceAll("\\s+", " ");
    }

    @Test
    void aSubsequentCiteBesideAnotherTest() throws Exception {
        String lillebaelt = pdf("university-college-lillebaelt-apa", "First [@leg]. Again [@leg, p. 6].\n");
        String louvain = pdf("universite-catholique-de-louvain-fial", "First [@art]. Again [@art].\n");
        assertAll(
                () -> assertTrue(lillebaelt.contains("First (Water Act 2014, herefter kaldet: Water Act). Again (Water Act, p. 6)."), lillebaelt),
                // the style's first note of an article is "cited" too, as in citeproc-js; the second is Ibid.
                () -> assertTrue(louvain.contains("NG Wei, cited."), louvain),
                () -> assertTrue(louvain.contains("NG Wei, A preprint, n.p., SSRN, 2020."), louvain));
    }
}
