package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note style's {@code position="near-note"} and an "Ibid." at the locator of the cite before
 * (h15aa 10): citeproc-java found near-note never true ("r" on every note), and the repeated
 * page was dropped ("I Rivers." in note 3). As citeproc-js, with near-note-distance 2: "R" on a
 * cite at most two notes after its source's last, "I Rivers 4" for the same page again, "r" on
 * first cites and on note 7, four notes after the last cite of its source.
 */
class CitationNearNoteBuildTest {

    private static final String STYLE = """
            <?xml version="1.0" encoding="utf-8"?>
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
            <info><title>Near tests</title><id>http://example.org/near-tests</id><updated>2020-01-01T00:00:00+00:00</updated></info>
            <citation near-note-distance="2"><layout suffix="." delimiter="; "><group delimiter=" ">
             <text value="Z"/>
             <choose><if position="near-note"><text value="R"/></if><else><text value="r"/></else></choose>
             <choose><if position="ibid-with-locator"><text value="L"/></if><else-if position="ibid"><text value="I"/></else-if><else><text value="i"/></else></choose>
             <text variable="title"/><text variable="locator"/>
            </group></layout></citation>
            <bibliography><layout><text variable="title"/></layout></bibliography>
            </style>
            """;

    @TempDir
    Path dir;

    @Test
    void nearNotesAndRepeatedLocatorsAsInCiteprocJs() throws Exception {
        String xhtml = article(TestReport.citing(dir, "near-tests", "near-tests.csl").title("Near").language("en-US")
                .bibliography("refs.json").file("refs.json", CitationIbidWithLocatorTestsBuildTest.JSON).file("near-tests.csl", STYLE)
                .body("One [@book]. Two [@book, p. 4]. Three [@book, p. 4]. Four [@chap]. Five [@chap]. Six [@chap]. Seven [@book].\n")
                .build("epub").epub());
        String notes = xhtml.replaceAll("<[^>]+>", " ").replace("&#xa0;", " ").replaceAll("(?U)\\s+", " ");
        assertAll(
                () -> assertContains(notes, "Z r i Rivers. ↑ Z R L Rivers 4. ↑ Z R I Rivers 4. ↑ Z r i Floods. ↑ Z R I Floods. ↑ "
                        + "Z R I Floods. ↑ Z r i Rivers."));
    }
}
