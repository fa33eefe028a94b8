package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Particles in given names a style writes as initials, built for real: citeproc-java makes every
 * word of them an initial, so a particle demoted there (display-and-sort, the CSL default for the
 * 274 styles that do not say) read "Berg J v" and the entry fell back to "van der Berg J"
 * (invertebrate-biology, geriatrie-et-psychologie-neuropsychiatrie-du-vieillissement; h15ab fault
 * 4), and a dropping particle read "Beethoven Lv" where citeproc-js prints "Beethoven L van". The
 * particles are kept whole ({@link Particles#whole}), as citeproc-js keeps them.
 */
class CitationInitialledParticlesBuildTest {

    static final String JSON = """
            [{"id": "vdb", "type": "book", "title": "Rivers of Holland", "author": [{"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"}],
              "publisher": "Brill", "publisher-place": "Leiden", "issued": {"date-parts": [[2019]]}},
             {"id": "berg2", "type": "book", "title": "Lakes of Norway", "author": [{"family": "Berg", "given": "Jan"}], "publisher": "Brill",
              "publisher-place": "Leiden", "issued": {"date-parts": [[2019]]}},
             {"id": "dsouza", "type": "book", "title": "Monsoon Cities", "author": [{"family": "Souza", "given": "Anil", "non-dropping-particle": "d'"}],
              "publisher": "Penguin", "publisher-place": "Delhi", "issued": {"date-parts": [[2018]]}},
             {"id": "beet", "type": "book", "title": "Symphonies", "author": [{"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}],
              "publisher": "Brill", "publisher-place": "Leiden", "issued": {"date-parts": [[2010]]}},
             {"id": "gogh", "type": "book", "title": "Letters", "author": [{"family": "van Gogh", "given": "Vincent Willem"}],
              "publisher": "Brill", "publisher-place": "Leiden", "issued": {"date-parts": [[2011]]}}]
            """;

    @TempDir
    Path dir;

    private String built(String style, String sub) throws Exception {
        return text(TestReport.citing(dir.resolve(sub), style, style).title("Particles").bibliography("refs.json")
                .body("Rivers [@vdb]. Lakes [@berg2]. Cities [@dsouza]. Symphonies [@beet]. Letters [@gogh].\n").file("refs.json", JSON)
                .build("pdf").pdf());
    }

    @Test
    void demotedParticlesAreKeptWholeInInitials() throws Exception {
        // invertebrate-biology: no demote-non-dropping-particle (display-and-sort), initialize-with="" (citeproc-js's entries)
        String pdf = built("invertebrate-biology", "a");
        // geriatrie-...: numbered in citation order, the same initials
        String pdf2 = built("geriatrie-et-psychologie-neuropsychiatrie-du-vieillissement", "b");
        assertAll(
                () -> assertContains(pdf, "Berg J van der 2019. Rivers of Holland"),
                () -> assertContains(pdf, "Souza A d’ 2018. Monsoon Cities"),
                () -> assertContains(pdf, "Beethoven L van 2010. Symphonies"),
                () -> assertContains(pdf, "Gogh VW van 2011. Letters"),
                () -> assertContains(pdf, "(van der Berg 2019)"),
                () -> assertContains(pdf2, "1. Berg J van der. Rivers of Holland"),
                () -> assertContains(pdf2, "3. Souza A d’. Monsoon Cities"),
                () -> assertContains(pdf2, "4. Beethoven L van. Symphonies"),
                () -> assertFalse(pdf.contains("\u2060") || pdf2.contains("\u2060"), "a mark left in the text"));
    }

    @Test
    void aDroppingParticleIsKeptWholeInInitialsWithStops() throws Exception {
        // harvard-cite-them-right: sort-only, initialize-with="." and ". "
        String pdf = built("harvard-cite-them-right", "c");
        // chicago-author-date writes given names in full: unchanged
        String pdf2 = built("chicago-author-date", "d");
        assertAll(
                () -> assertContains(pdf, "Beethoven, L. van (2010) Symphonies"),
                () -> assertContains(pdf, "van der Berg, J. (2019) Rivers of Holland"),
                () -> assertContains(pdf, "van Gogh, V.W. (2011) Letters"),
                () -> assertTrue(pdf.indexOf("Beethoven, L. van") < pdf.indexOf("Berg, J. (2019) Lakes"), pdf),
                () -> assertContains(pdf2, "Beethoven, Ludwig van. 2010. Symphonies"),
                () -> assertContains(pdf2, "Berg, Jan van der. 2019. Rivers of Holland"));
    }

    /**
     * APA tells two Humboldts apart by their initials in the text: the particle, a field of its
     * own or written into the given names, is kept whole there too, "(A. von Humboldt, 1999)",
     * as citeproc-js; the cite read "(A. v. Humboldt, 1999)", "v." taken for an initial (h15ac 1).
     */
    @Test
    void aParticleIsKeptWholeInTheInitialsThatTellNamesApart() throws Exception {
        String json = """
                [{"id": "h1", "type": "book", "title": "Cosmos", "author": [{"family": "Humboldt", "given": "Alexander", "dropping-particle": "von"}],
                  "publisher": "Brill", "issued": {"date-parts": [[1999]]}},
                 {"id": "h2", "type": "book", "title": "Language", "author": [{"family": "Humboldt", "given": "Wilhelm von"}],
                  "publisher": "Brill", "issued": {"date-parts": [[1998]]}}]
                """;
        String pdf = text(TestReport.citing(dir.resolve("e"), "apa", "apa").title("Particles").bibliography("refs.json")
                .body("Cosmos [@h1]. Language [@h2].\n").file("refs.json", json).build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, "(A. von Humboldt, 1999)"),
                () -> assertContains(pdf, "(W. von Humboldt, 1998)"));
    }
}
