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
 * A term or date ending in an abbreviation's full stop before the style's own full stop prints
 * one stop (issue 15), built for real into PDFs: the German status "i. E." printed "Pub, i. E.."
 * in IEEE and "Lee, Bo. i. E.. Coming." in Chicago.
 */
class CitationDoubledStopBuildTest {

    static final String JSON = """
            [{"id":"j5","type":"book","author":[{"family":"Ivy","given":"Al"}],"title":"Status field","publisher":"Pub","status":"forthcoming"},
             {"id":"j6","type":"book","author":[{"family":"Jay","given":"Al"}],"title":"Typed space","publisher":"Pub","issued":{"literal":"i. E."}},
             {"id":"j7","type":"book","author":[{"family":"Kay","given":"Al"}],"title":"Wait...","publisher":"Pub","issued":{"date-parts":[[2020]]}}]
            """;

    @TempDir
    Path dir;

    private String build(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Stops").language("de").bibliography("refs.json")
                .body("Quellen [@j5; @j6; @j7].\n").file("refs.json", JSON).build("pdf").pdf()).replace('\u00A0', ' ');
    }

    @Test
    void anAbbreviationsStopAndTheStylesArePrintedOnce() throws Exception {
        String ieee = build("ieee");
        String chicago = build("chicago-author-date");
        assertAll(
                () -> assertContains(ieee, "Status field. Pub, i. E."),
                () -> assertContains(ieee, "Typed space. Pub, i. E."),
                () -> assertFalse(ieee.contains("E.."), ieee),
                () -> assertContains(chicago, "Ivy, Al. i. E. Status field. Pub."),
                () -> assertFalse(chicago.contains("E.."), chicago),
                () -> assertContains(chicago, "Wait..."));
    }
}
