package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name with a particle is not the name without it where the cites print the particle (issue
 * 15, h15aa 4, compared with citeproc-js): Jan van der Berg and Jan Berg of 2019 were lettered
 * "2019a" and "2019b" as one author in APA, chicago-author-date and harvard-cite-them-right,
 * though their cites read "van der Berg" and "Berg"; harvard-cite-them-right (by-cite) gave
 * initials to "de la Cruz" and "Cruz", whose cites read apart; and initials were set apart from
 * a particle that ends in an apostrophe ("A. d’ Souza").
 */
class CitationParticleNamesBuildTest {

    private static final String JSON = """
            [{"id":"vdb","type":"book","title":"Rivers of Holland","author":[{"family":"Berg","given":"Jan","non-dropping-particle":"van der"}],"publisher":"Brill","publisher-place":"Leiden","issued":{"date-parts":[[2019]]}},
             {"id":"berg","type":"book","title":"Rivers of Norway","author":[{"family":"Berg","given":"Anna"}],"publisher":"Brill","publisher-place":"Leiden","issued":{"date-parts":[[2019]]}},
             {"id":"berg2","type":"book","title":"Lakes of Norway","author":[{"family":"Berg","given":"Jan"}],"publisher":"Brill","publisher-place":"Leiden","issued":{"date-parts":[[2019]]}},
             {"id":"dlc","type":"article-journal","title":"Coasts of Mexico","author":[{"family":"Cruz","given":"María","non-dropping-particle":"de la"}],"container-title":"Revista Geográfica","volume":"4","page":"1-20","issued":{"date-parts":[[2020]]}},
             {"id":"cruz","type":"article-journal","title":"Coasts of Chile","author":[{"family":"Cruz","given":"Pedro"}],"container-title":"Revista Geográfica","volume":"5","page":"21-40","issued":{"date-parts":[[2020]]}},
             {"id":"dsouza","type":"book","title":"Monsoon Cities","author":[{"family":"Souza","given":"Anil","non-dropping-particle":"d'"}],"publisher":"Penguin","publisher-place":"Delhi","issued":{"date-parts":[[2018]]}},
             {"id":"souza","type":"book","title":"Monsoon Towns","author":[{"family":"Souza","given":"Bruno"}],"publisher":"Penguin","publisher-place":"Delhi","issued":{"date-parts":[[2018]]}}]
            """;

    @TempDir
    Path dir;

    private String epub(String style) throws Exception {
        return CitationLocaleTermsBuildTest.text(TestReport.citing(dir, style, style).title("Particles").language("en")
                .bibliography("references.json").file("references.json", JSON)
                .body("Bergs [@vdb; @berg; @berg2]. Cruzes [@dlc; @cruz]. Souzas [@dsouza; @souza].\n").build("epub").epub())
                .replaceAll("\\s+", " ");
    }

    @Test
    void aParticleTellsNamesApartAsTheCitesPrintIt() throws Exception {
        String apa = epub("apa");
        String chicago = epub("chicago-author-date");
        String harvard = epub("harvard-cite-them-right");
        assertAll(
                () -> assertTrue(apa.contains("(A. Berg, 2019; J. Berg, 2019; van der Berg, 2019)"), apa),
                () -> assertTrue(apa.contains("van der Berg, J. (2019). Rivers of Holland."), apa),
                () -> assertTrue(apa.contains("Berg, J. (2019). Lakes of Norway."), apa),
                () -> assertTrue(chicago.contains("Berg, Jan van der. 2019. Rivers of Holland."), chicago),
                () -> assertTrue(chicago.contains("Berg, Jan. 2019. Lakes of Norway."), chicago),
                () -> assertTrue(chicago.contains("A. d’Souza 2018; B. Souza 2018"), chicago),
                () -> assertTrue(harvard.contains("de la Cruz, 2020") && harvard.contains("d’Souza, 2018"), harvard),
                () -> assertFalse(harvard.contains("M. de la Cruz") || harvard.contains("P. Cruz") || harvard.contains("B. Souza"), harvard),
                () -> assertTrue(harvard.contains("van der Berg, J. (2019) Rivers of Holland."), harvard),
                () -> assertFalse(apa.contains("2019a") || chicago.contains("2019a") || harvard.contains("2019a"), apa + chicago + harvard));
    }
}
