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

    /**
     * A quoted title ending in its own stop, question mark or exclamation mark takes no second full
     * stop after its closing mark (found by h15y 04): ASA set its title suffix inside the marks and
     * its group's ". " after them, "“Markets Tumble.”. The New York Times", where citeproc-js
     * prints "“Markets Tumble.” The New York Times". A comma after them stays, as in citeproc-js.
     */
    @Test
    void aQuotationEndingInAStopTakesNoSecondStop() throws Exception {
        String json = """
                [{"id":"news","type":"article-newspaper","title":"Markets tumble","container-title":"The New York Times",
                  "author":[{"family":"Doe","given":"John"}],"issued":{"date-parts":[[2020,3,16]]},"page":"A1"},
                 {"id":"why","type":"article-newspaper","title":"Why now?","container-title":"The Guardian",
                  "author":[{"family":"Roe","given":"Ann"}],"issued":{"date-parts":[[2021,3,16]]},"page":"A2"}]
                """;
        String asa = text(TestReport.citing(dir, "asa", "american-sociological-association").title("Stops").bibliography("refs.json")
                .body("News [@news; @why].\n").file("refs.json", json).build("pdf").pdf()).replace('\u00A0', ' ');
        String chicago = text(TestReport.citing(dir, "chicago", "chicago-notes-bibliography").title("Stops").bibliography("refs.json")
                .body("News [@why].\n").file("refs.json", json).build("pdf").pdf()).replace('\u00A0', ' ');
        assertAll(
                () -> assertContains(asa, "Doe, John. 2020. “Markets Tumble.” The New York Times, March 16, A1."),
                () -> assertContains(asa, "Roe, Ann. 2021. “Why Now?” The Guardian, March 16, A2."),
                () -> assertFalse(asa.contains("”."), asa),
                () -> assertContains(chicago, "Ann Roe, “Why Now?,” The Guardian"));
    }

    /**
     * A comma the style moves inside a quotation's marks is not printed again after them
     * (h15z): istanbul-universitesi-sosyal-bilimler-enstitusu printed "“Floods and Cities,”, Water
     * and Power" where citeproc-js prints "“Floods and Cities,” Water and Power".
     */
    @Test
    void aCommaMovedIntoAQuotationIsPrintedOnce() throws Exception {
        String json = """
                [{"id":"chap","type":"chapter","title":"Floods and cities","container-title":"Water and power",
                  "author":[{"family":"García","given":"María"}],"editor":[{"family":"Novak","given":"Petr"}],
                  "publisher":"Routledge","publisher-place":"London","issued":{"date-parts":[[2015]]},"page":"45-67"}]
                """;
        String style = "istanbul-universitesi-sosyal-bilimler-enstitusu";
        String text = text(TestReport.citing(dir, "comma", style).title("Commas").bibliography("refs.json")
                .body("Floods [@chap].\n").file("refs.json", json).build("pdf").pdf()).replace('\u00A0', ' ');
        assertAll(
                () -> assertContains(text, "“Floods and Cities,” Water and Power"),
                () -> assertFalse(text.contains(",”,"), text));
    }
}
