package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A numbered style whose list is sorted by author, with a particle name, built for real: the list
 * was sorted again with the particle demoted ("van der Berg" under B) while its entries kept
 * citeproc-java's numbers, so springer-fachzeitschriften-medizin-psychologie listed "1. Anon",
 * "3. van der Berg", "2. Bruno" (found comparing with cp.js). A numbered list keeps its order.
 *
 * <p>That order was citeproc-java's, which ignores {@code demote-non-dropping-particle}: numbered
 * lists sorted by author filed "van der Berg" under V and "d'Souza" under D where the style
 * demotes the particle for sorting (h15ab fault 3), and every number after them shifted, in the
 * list and in the cites. They are numbered now in the demoted order, as citeproc-js numbers them.
 */
class CitationNumberedParticlesBuildTest {

    static final String JSON = """
            [{"id": "anon", "type": "book", "title": "An undated pamphlet", "author": [{"family": "Anon", "given": "Pat"}], "publisher": "Printer"},
             {"id": "bruno", "type": "book", "title": "The art of memory", "author": [{"family": "Bruno", "given": "Giordano"}],
              "publisher": "Oxford University Press", "issued": {"date-parts": [[2012]]}},
             {"id": "berg", "type": "article-journal", "title": "Particles in names", "author": [{"family": "Berg", "given": "Jan",
              "non-dropping-particle": "van der"}], "container-title": "Journal of Names", "volume": "12", "page": "1-10",
              "issued": {"date-parts": [[2018]]}}]
            """;

    @TempDir
    Path dir;

    @Test
    void aNumberedListKeepsItsNumbersInOrder() throws Exception {
        String style = "springer-fachzeitschriften-medizin-psychologie";
        String pdf = text(TestReport.citing(dir, style, style).title("Numbers").bibliography("refs.json")
                .body("Works [@bruno; @berg; @anon].\n").file("refs.json", JSON).build("pdf").pdf());
        assertAll(
                // sort-only: "van der Berg" printed so, filed under B as citeproc-js files it
                () -> assertContains(pdf, "2. van der Berg J (2018) Particles in names"),
                () -> assertTrue(pdf.indexOf("1. Anon P") < pdf.indexOf("2. van der Berg") && pdf.indexOf("2. van der Berg") < pdf.indexOf("3. Bruno G"), pdf));
    }

    static final String PARTICLES = """
            [{"id": "book", "type": "book", "title": "The Rivers of the South", "author": [{"family": "Smith", "given": "John"}],
              "publisher": "Basic Books", "issued": {"date-parts": [[2002]]}},
             {"id": "vdb", "type": "book", "title": "Rivers of Holland", "author": [{"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"}],
              "publisher": "Brill", "issued": {"date-parts": [[2019]]}},
             {"id": "berg2", "type": "book", "title": "Lakes of Norway", "author": [{"family": "Berg", "given": "Jan"}], "publisher": "Brill",
              "issued": {"date-parts": [[2019]]}},
             {"id": "dsouza", "type": "book", "title": "Monsoon Cities", "author": [{"family": "Souza", "given": "Anil", "non-dropping-particle": "d'"}],
              "publisher": "Penguin", "issued": {"date-parts": [[2018]]}},
             {"id": "souza", "type": "book", "title": "Monsoon Towns", "author": [{"family": "Souza", "given": "Bruno"}], "publisher": "Penguin",
              "issued": {"date-parts": [[2018]]}}]
            """;

    /** The entries' numbers in the reference list, by title, as "title=number,...". */
    private static String numbers(String pdf, String... titles) {
        String list = pdf.substring(pdf.lastIndexOf("References"));
        StringBuilder out = new StringBuilder();
        for (String title : titles) {
            int at = list.indexOf(title);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\. ").matcher(at < 0 ? "" : list.substring(0, at));
            String number = "?";
            while (m.find()) {
                number = m.group(1);
            }
            out.append(title).append('=').append(number).append(',');
        }
        return out.toString();
    }

    @Test
    void aListSortedWithItsParticlesDemotedIsNumberedInThatOrder() throws Exception {
        // american-medical-association-alphabetical: sort-only, sorted by the whole name (citeproc-js:
        // "Berg, Jan" 1, "van der Berg" 2, Smith 3, "d'Souza" 4 (Souza, Anil d'), "Souza, Bruno" 5)
        String style = "american-medical-association-alphabetical";
        String pdf = text(TestReport.citing(dir, style, style).title("Numbers").bibliography("refs.json")
                .body("Rivers [@vdb]. Towns [@book]. Lakes [@berg2]. Monsoon [@souza]. Cities [@dsouza].\n").file("refs.json", PARTICLES)
                .build("pdf").pdf());
        // international-microbiology sorts by the family name alone: "Berg" before "Berg van der", as citeproc-js
        String style2 = "international-microbiology";
        String pdf2 = text(TestReport.citing(dir.resolve("b"), style2, style2).title("Numbers").bibliography("refs.json")
                .body("Rivers [@vdb]. Towns [@book]. Lakes [@berg2]. Monsoon [@souza]. Cities [@dsouza].\n").file("refs.json", PARTICLES)
                .build("pdf").pdf());
        assertAll(
                () -> org.junit.jupiter.api.Assertions.assertEquals(
                        "Lakes of Norway=1,Rivers of Holland=2,The Rivers of the South=3,Monsoon Cities=4,Monsoon Towns=5,",
                        numbers(pdf, "Lakes of Norway", "Rivers of Holland", "The Rivers of the South", "Monsoon Cities", "Monsoon Towns"), pdf),
                () -> assertContains(pdf, "van der Berg J. Rivers of Holland"),
                () -> org.junit.jupiter.api.Assertions.assertEquals(
                        "Lakes of Norway=1,Rivers of Holland=2,The Rivers of the South=3,Monsoon Towns=4,Monsoon Cities=5,",
                        numbers(pdf2, "Lakes of Norway", "Rivers of Holland", "The Rivers of the South", "Monsoon Towns", "Monsoon Cities"), pdf2));
    }
}
