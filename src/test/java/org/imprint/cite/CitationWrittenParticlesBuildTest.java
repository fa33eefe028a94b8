package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Particles a CSL JSON file writes in the names, as reference managers export them, read as
 * citeproc-js reads them (compared with cp.js): "family": "van der Berg" was listed by Chicago
 * as "van der Berg, Jan" under V for citeproc-js's "Berg, Jan van der" under B, and
 * "d'Alembert" as "d’Alembert, Jean" for "Alembert, Jean d’"; a dropping particle was set before
 * the family name ("van Beethoven, Ludwig", under V); a quoted family name kept its quotation
 * marks; a suffix after a comma in the given names was printed inside them in a name given
 * first. APA, which never demotes a particle, lists "van der Berg, J." under V as before.
 */
class CitationWrittenParticlesBuildTest {

    static final String JSON = """
            [{"id":"bee","type":"book","title":"Letters","author":[{"family":"Beethoven","given":"Ludwig","dropping-particle":"van"}],"publisher":"Pub","issued":{"date-parts":[[1990]]}},
             {"id":"berg","type":"book","title":"Delta Book","author":[{"family":"van der Berg","given":"Jan"}],"publisher":"Brill","issued":{"date-parts":[[2010]]}},
             {"id":"dal","type":"book","title":"Discours","author":[{"family":"d'Alembert","given":"Jean"}],"publisher":"Plon","issued":{"date-parts":[[1751]]}},
             {"id":"jr","type":"book","title":"Dream","author":[{"family":"King","given":"Martin Luther, Jr."}],"publisher":"Harper","issued":{"date-parts":[[1963]]}},
             {"id":"q","type":"book","title":"Quoted","author":[{"family":"\\"van Dyke\\"","given":"Henry"}],"publisher":"Harper","issued":{"date-parts":[[1901]]}},
             {"id":"ab","type":"book","title":"Zeta","author":[{"family":"Adams","given":"Zed"}],"publisher":"Plon","issued":{"date-parts":[[1971]]}}]
            """;

    @TempDir
    Path dir;

    private String pdf(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Particles").bibliography("refs.json")
                .body("Works [@bee; @berg; @dal; @jr; @q; @ab].\n").file("refs.json", JSON).build("pdf").pdf()).replaceAll("\\s+", " ");
    }

    @Test
    void particlesWrittenInTheNamesAreReadAsParticles() throws Exception {
        String chicago = pdf("chicago-author-date");
        String apa = pdf("apa");
        String list = chicago.substring(chicago.lastIndexOf("References"));
        assertAll(
                () -> assertTrue(list.contains("Berg, Jan van der. 2010."), list),
                () -> assertTrue(list.contains("Alembert, Jean d’. 1751."), list),
                () -> assertTrue(list.contains("Beethoven, Ludwig van. 1990."), list),
                () -> assertTrue(list.contains("van Dyke, Henry. 1901."), list),
                () -> assertTrue(list.contains("King, Martin Luther, Jr. 1963."), list),
                () -> assertTrue(list.indexOf("Adams") < list.indexOf("Alembert") && list.indexOf("Alembert") < list.indexOf("Beethoven")
                        && list.indexOf("Beethoven") < list.indexOf("Berg, Jan") && list.indexOf("Berg, Jan") < list.indexOf("King"), list),
                () -> assertTrue(chicago.contains("van der Berg 2010"), chicago),
                () -> assertTrue(apa.contains("van der Berg, J. (2010)."), apa),
                () -> assertTrue(apa.contains("van Dyke, H. (1901)."), apa));
    }

    /**
     * A particle's straight apostrophe ("d'Souza", "O'Brien") is an apostrophe in every language:
     * citeproc-java curled a particle's closing one with the locale's single quotation marks
     * ("d‘Souza" in German, "d”Souza" in French, h15ab 1), which also took two d'Souza entries
     * for different names.
     */
    @Test
    void anApostropheInANameIsAnApostropheInEveryLanguage() throws Exception {
        String json = """
                [{"id":"ds","type":"book","title":"Goa","author":[{"family":"Souza","given":"Anil","non-dropping-particle":"d'"}],"publisher":"Pub","issued":{"date-parts":[[2018]]}},
                 {"id":"ob","type":"book","title":"Cork","author":[{"family":"O'Brien","given":"Sean"}],"publisher":"Pub","issued":{"date-parts":[[2017]]}}]
                """;
        for (String language : new String[] {"de", "fr"}) {
            String text = text(TestReport.citing(dir.resolve(language), "apa", "apa").title("Apostrophes").language(language)
                    .bibliography("refs.json").body("Works [@ds; @ob].\n").file("refs.json", json).build("pdf").pdf()).replaceAll("\\s+", " ");
            assertAll(
                    () -> assertTrue(text.contains("d’Souza, 2018"), text),
                    () -> assertTrue(text.contains("O’Brien, 2017"), text),
                    () -> assertTrue(!text.contains("d‘") && !text.contains("d”") && !text.contains("d'"), text));
        }
    }
}
