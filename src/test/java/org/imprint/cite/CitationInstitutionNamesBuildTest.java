package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation's name is set in the case of the style's family names ({@link InstitutionNames}):
 * ABNT and ISO 690, which print surnames in capitals, listed "World Health Organization. Annual
 * Water Report" where citeproc-js lists "WORLD HEALTH ORGANIZATION. …" (issue 15, h15aa 5);
 * their citations, which do not capitalise surnames, keep it as written.
 */
class CitationInstitutionNamesBuildTest {

    private static final String JSON = """
            [{"id":"who","type":"report","title":"Annual Water Report","author":[{"literal":"World Health Organization"}],"publisher":"WHO","publisher-place":"Geneva","issued":{"date-parts":[[2021]]}},
             {"id":"lee","type":"book","title":"Rivers","author":[{"family":"Lee","given":"Bo"}],"publisher":"Brill","publisher-place":"Leiden","issued":{"date-parts":[[2019]]}}]
            """;

    @TempDir
    Path dir;

    private String epub(String style) throws Exception {
        return CitationLocaleTermsBuildTest.text(TestReport.citing(dir, style, style).title("Organisations").language("en")
                .bibliography("references.json").file("references.json", JSON).body("Water [@who]. Rivers [@lee].\n")
                .build("epub").epub()).replaceAll("\\s+", " ");
    }

    @Test
    void anOrganisationTakesTheCaseOfFamilyNames() throws Exception {
        String abnt = epub("associacao-brasileira-de-normas-tecnicas");
        String iso = epub("iso690-author-date-en");
        assertAll(
                () -> assertTrue(abnt.contains("WORLD HEALTH ORGANIZATION. Annual Water Report."), abnt),
                () -> assertTrue(abnt.contains("(World Health Organization, 2021)"), abnt),
                () -> assertTrue(abnt.contains("LEE, Bo. Rivers."), abnt),
                () -> assertTrue(iso.contains("WORLD HEALTH ORGANIZATION, 2021. Annual Water Report."), iso),
                () -> assertTrue(iso.contains("(World Health Organization 2021)"), iso));
    }
}
