package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BibLaTeX's {@code @report} and {@code @thesis}, as Better BibLaTeX exports them (issue 15, third
 * hostile tester): they were set as articles (a quoted title, "Preprint", the kind and number lost).
 */
class CitationBibLaTeXTypesBuildTest {

    static final String BIB = """
            @report{wb, title = {Quality {{Unknown}}: {{The Invisible Water Crisis}}}, author = {Damania, Richard},
              date = {2019}, institution = {{World Bank}}, location = {{Washington, DC}}, type = {Working Paper}, number = {WP-2019/12}}
            @thesis{dang, title = {Salinity {{Intrusion}} in the {{Mekong Delta}}}, author = {Dang, Van Minh}, date = {2020},
              institution = {Vietnam National University}, location = {Hanoi}, type = {phdthesis}}
            """;

    @TempDir
    static Path dir;

    static String chicago;
    static String apa;

    @BeforeAll
    static void build() throws Exception {
        chicago = text(build("cnb", "chicago-notes-bibliography-17th-edition"));
        apa = text(build("apa", "apa"));
    }

    private static Path build(String name, String style) throws Exception {
        return TestReport.citing(dir, name, style).title("Types").language("en")
                .body("A report [@wb]. A thesis [@dang].\n").file("references.bib", BIB).build("pdf").pdf();
    }

    @Test
    void reportIsAReport() {
        assertAll(
                () -> assertContains(chicago, "Quality Unknown: The Invisible Water Crisis. Working Paper"),
                () -> assertContains(chicago, "Washington, DC: World Bank, 2019"),
                () -> assertContains(apa, "WP-2019/12"),
                () -> assertContains(apa, "World Bank"),
                () -> assertFalse(chicago.contains("Preprint") || apa.contains("Preprint"), chicago),
                () -> assertFalse(chicago.contains("\u201cQuality Unknown"), chicago));
    }

    @Test
    void thesisIsAThesis() {
        assertAll(
                () -> assertContains(chicago, "PhD thesis, Vietnam National University, 2020"),
                () -> assertFalse(chicago.contains("phdthesis"), chicago),
                () -> assertContains(apa, "Vietnam National University"));
    }
}
