package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note style's test of {@code position="ibid-with-locator"} negated ({@code match="none"}) or
 * joined with another test by {@code match="any"} (h15aa 10): made "ibid and a locator", the
 * negation was false on a plain "Ibid." and the "any" true on every cite with a locator; as
 * citeproc-js: "W" on every note but the Ibid. with a new page, "K" on that one and the chapter.
 */
class CitationIbidWithLocatorTestsBuildTest {

    private static final String STYLE = """
            <?xml version="1.0" encoding="utf-8"?>
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
            <info><title>Ibid tests</title><id>http://example.org/ibid-tests</id><updated>2020-01-01T00:00:00+00:00</updated></info>
            <citation><layout suffix="." delimiter="; "><group delimiter=" ">
             <text value="Z"/>
             <choose><if position="ibid-with-locator" match="none"><text value="W"/></if><else><text value="w"/></else></choose>
             <choose><if position="ibid-with-locator" type="chapter" match="any"><text value="K"/></if><else><text value="k"/></else></choose>
             <text variable="title"/><text variable="locator"/>
            </group></layout></citation>
            <bibliography><layout><text variable="title"/></layout></bibliography>
            </style>
            """;

    /** A book and a chapter, the sources of the custom position styles' tests. */
    static final String JSON = """
            [{"id": "book", "type": "book", "title": "Rivers", "author": [{"family": "Smith", "given": "John"}], "issued": {"date-parts": [[2002]]}},
             {"id": "chap", "type": "chapter", "title": "Floods", "author": [{"family": "Garcia", "given": "Maria"}], "issued": {"date-parts": [[2015]]}}]
            """;

    @TempDir
    Path dir;

    @Test
    void negatedAndJoinedTestsHoldAsInCiteprocJs() throws Exception {
        String xhtml = article(TestReport.citing(dir, "ibid-tests", "ibid-tests.csl").title("Ibid").language("en-US")
                .bibliography("refs.json").file("refs.json", JSON).file("ibid-tests.csl", STYLE)
                .body("One [@book]. Two [@book]. Three [@book, p. 4]. Four [@chap]. Five [@book].\n").build("epub").epub());
        String notes = xhtml.replaceAll("<[^>]+>", " ").replace("&#xa0;", " ").replaceAll("(?U)\\s+", " ");
        assertAll(
                () -> assertContains(notes, "Z W k Rivers. ↑ Z W k Rivers. ↑ Z w K Rivers 4. ↑ Z W K Floods. ↑ Z W k Rivers."));
    }
}
