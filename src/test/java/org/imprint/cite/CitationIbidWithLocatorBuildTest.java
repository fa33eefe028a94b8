package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note style testing {@code <else-if match="any" position="ibid-with-locator">} (27 bundled
 * styles): an Ibid. without a locator took that branch, whose group of "Ibid." and the empty
 * locator printed nothing, a note of "." where citeproc-js prints "Ibid." (found with
 * bench/cite-sample.py).
 */
class CitationIbidWithLocatorBuildTest {

    static final String JSON = """
            [{"id": "b", "type": "book", "title": "The long peace", "author": [{"family": "Berg", "given": "Johan"}],
              "issued": {"date-parts": [[2019]]}, "publisher": "Oxford University Press", "publisher-place": "Oxford"},
             {"id": "j", "type": "article-journal", "title": "Ceasefires that hold", "author": [{"family": "Fox", "given": "Anna"}],
              "container-title": "Journal of Peace Research", "volume": "58", "page": "301-319", "issued": {"date-parts": [[2022]]}}]
            """;

    @TempDir
    Path dir;

    @Test
    void anIbidWithoutALocatorIsIbid() throws Exception {
        String style = "universitat-bern-institut-fur-musikwissenschaft-note";
        String xhtml = article(TestReport.citing(dir, "bern", style).title("Ibid").language("en-US").bibliography("refs.json")
                .body("One [@b]. Two [@j]. Three [@j]. Four [@j, 4].\n").file("refs.json", JSON).build("epub").epub());
        String notes = xhtml.replaceAll("<[^>]+>", " ").replace("&#xa0;", " ").replaceAll("(?U)\\s+", " ");
        assertAll(
                () -> assertContains(notes, "pp. 301–319. ↑ Ibid. ↑"),
                () -> assertContains(notes, "Ibid., p. 4."));
    }
}
