package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source cited for the first time after another source of the same citation, compared with
 * citeproc-js (issue 15, h15ab). citeproc-java 3.5 finds a cite "first" only as the first of its
 * citation, so a style that cuts the names of later cites (et-al-subsequent-min) cut a new
 * source's names as well: american-sociological-association's "(Smith, Lee, and Kim 2002;
 * Smith, Oh, et al. 2002)" where citeproc-js names Smith, Oh, and Kim; the source already cited
 * keeps its later form, and the next cite of the new one is its later form.
 */
class CitationLaterFirstCitesBuildTest {

    private static final String JSON = """
            [{"id":"a1","type":"book","title":"Three Hands","author":[{"family":"Smith","given":"John"},{"family":"Lee","given":"Anna"},{"family":"Kim","given":"Min"}],"issued":{"date-parts":[[2002]]},"publisher":"Polity","publisher-place":"Cambridge"},
             {"id":"a3","type":"book","title":"Third Hands","author":[{"family":"Smith","given":"John"},{"family":"Oh","given":"Ji"},{"family":"Kim","given":"Min"}],"issued":{"date-parts":[[2002]]},"publisher":"Polity","publisher-place":"Cambridge"}]
            """;

    @TempDir
    Path dir;

    private String pdf(String style, String body) throws Exception {
        return text(TestReport.citing(dir.resolve(style), style, style).title("Later firsts").bibliography("refs.json").file("refs.json", JSON)
                .body(body).build("pdf").pdf()).replaceAll("\\s+", " ");
    }

    @Test
    void aNewSourceAfterAnotherIsAFirstCite() throws Exception {
        String both = pdf("american-sociological-association", "Both [@a1; @a3].\n");
        String again = pdf("american-sociological-association", "One [@a1]. Both [@a1; @a3]. New [@a3].\n");
        String apa = pdf("apa-6th-edition", "One [@a1]. Both [@a1; @a3].\n");
        assertAll(
                () -> assertTrue(both.contains("Both (Smith, Lee, and Kim 2002; Smith, Oh, and Kim 2002)."), both),
                () -> assertTrue(again.contains("Both (Smith, Lee, et al. 2002; Smith, Oh, and Kim 2002)."), again),
                () -> assertTrue(again.contains("New (Smith, Oh, et al. 2002)."), again),
                () -> assertTrue(apa.contains("Both (Smith, Lee, et al., 2002; Smith, Oh, & Kim, 2002)."), apa));
    }
}
