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
                () -> assertContains(pdf, "3. van der Berg J (2018) Particles in names"),
                () -> assertTrue(pdf.indexOf("1. Anon P") < pdf.indexOf("2. Bruno G") && pdf.indexOf("2. Bruno G") < pdf.indexOf("3. van der Berg"), pdf));
    }
}
