package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note citing several sources, in a style whose citation sorts them: citeproc-js prints them
 * in the style's order, Imprint printed them as written, a note being made source by source
 * (h15aa 8). Each source's part keeps its link to its own entry.
 */
class CitationNoteSortBuildTest {

    static final String JSON = """
            [{"id": "rep", "type": "report", "title": "Dams and Development", "author": [{"literal": "World Bank"}],
              "publisher": "World Bank", "publisher-place": "Washington, DC", "number": "WB-42", "issued": {"date-parts": [[2020, 11, 3]]}},
             {"id": "thes", "type": "thesis", "genre": "PhD diss.", "title": "Sediment Transport",
              "author": [{"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"}],
              "publisher": "Utrecht University", "issued": {"date-parts": [[2018]]}}]
            """;

    @TempDir
    Path dir;

    private String notes(String name, String style) throws Exception {
        String xhtml = article(TestReport.citing(dir.resolve(name), name, style).title("Sorted").language("en-US").bibliography("refs.json")
                .body("One [@rep; @thes].\n").file("refs.json", JSON).build("epub").epub());
        return xhtml.replace("&#xa0;", " ").replace("\u00a0", " ");
    }

    /** The dependent style of Mélanges de l'École française de Rome sorts a note's sources by date. */
    @Test
    void aNoteSortedByDate() throws Exception {
        String notes = notes("date", "chroniques-des-activites-archeologiques-de-l-ecole-francaise-de-rome");
        assertAll(
                () -> assertContains(notes.replaceAll("<[^>]+>", ""), "Van der Berg 2018 ; World Bank 2020"),
                () -> assertContains(notes, "<a href=\"#ref-thes\" class=\"citation\">Van der Berg 2018</a>"));
    }

    /** proinflow sorts by citation number, the place in its list sorted by author (and upper-cases authors, organisations too, as citeproc-js). */
    @Test
    void aNoteSortedByNumber() throws Exception {
        String notes = notes("number", "proinflow");
        assertAll(
                () -> assertContains(notes.replaceAll("<[^>]+>", ""), "Utrecht University. ; WORLD BANK. Dams"),
                () -> assertContains(notes, "<a href=\"#ref-rep\" class=\"citation\">WORLD BANK. <i>Dams"));
    }
}
