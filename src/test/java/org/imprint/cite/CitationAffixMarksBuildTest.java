package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quotation mark a style writes in its affixes, built for real: art-history's and de-buck's
 * {@code prefix="‘" suffix="’"} printed "’Floods and Cities’" where citeproc-js prints "‘Floods and
 * Cities’" (h15ab 5): citeproc-java's smart quotes, run on the prefix alone, took the mark for an
 * apostrophe written backwards. Any locale's opening inner mark is taken so: French's is “, and
 * estudios-hispanicos's {@code prefix="“"} came out ” in a French article.
 */
class CitationAffixMarksBuildTest {

    static final String JSON = """
            [{"id": "chap", "type": "chapter", "title": "Floods and Cities", "author": [{"family": "Garcia", "given": "Maria"}],
              "container-title": "Water and Power", "editor": [{"family": "Novak", "given": "Petr"}], "publisher": "Routledge",
              "publisher-place": "London", "page": "45-67", "issued": {"date-parts": [[2015]]}}]
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "art-history|en|García, ‘Floods and Cities’, Water and Power|’Floods",
        "de-buck|en|Garcia, Maria, ‘Floods and Cities’, in:|’Floods",
        "estudios-hispanicos|fr|(2015): “Floods and Cities”, in|”Floods"})
    void anOpeningMarkInAnAffixStaysOpening(String style, String language, String expected, String turned) throws Exception {
        String pdf = text(TestReport.citing(dir, style + "-" + language, style).title("Marks").language(language).bibliography("refs.json")
                .body("One [@chap].\n").file("refs.json", JSON).build("pdf").pdf());
        assertAll(
                () -> assertContains(pdf, expected.replace("García", "Garcia")),
                () -> assertFalse(pdf.contains(turned), pdf));
    }
}
