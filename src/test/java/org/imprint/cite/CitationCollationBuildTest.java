package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names with diacritics sort by the article's language (issue 15): citeproc-java compared the
 * style's sort keys with the JDK's collator, which put "Đặng" and "Ørsted" after "Zhang" in
 * the reference list and in APA's order inside a citation.
 */
class CitationCollationBuildTest {

    static final String BIB = """
            @book{zhang, author={Zhang, Wei}, title={Rivers}, publisher={P}, year={2019}}
            @book{dang, author={Đặng, Thị Minh}, title={Deltas}, publisher={P}, year={2020}}
            @book{orsted, author={Ørsted, Hans}, title={Fields}, publisher={P}, year={2018}}
            @book{pak, author={Pak, Su}, title={Tides}, publisher={P}, year={2017}}
            @book{eve, author={Eve, Ann}, title={Sand}, publisher={P}, year={2016}}
            """;

    @TempDir
    Path dir;

    private TestReport.Built build(String style, String language) throws Exception {
        return TestReport.at(dir.resolve(style + language)).out(dir.resolve("out-" + style + language)).title("Collation")
                .date("2026-03-02").author("Jane Doe").language(language).bibliography("references.bib")
                .frontMatter("citation_style: " + style)
                .body("All [@zhang; @dang; @orsted; @pak; @eve].\n").file("references.bib", BIB).build("pdf", "epub");
    }

    private static void assertOrder(String text, String... names) {
        int at = -1;
        for (String name : names) {
            int next = text.indexOf(name, at + 1);
            assertTrue(next > at, name + " after " + String.join(", ", names) + " expected in\n" + text);
            at = next;
        }
    }

    @Test
    void referenceListAndCitationFollowTheLanguagesAlphabet() throws Exception {
        TestReport.Built apa = build("apa", "en");
        String pdf = text(apa.pdf());
        String list = pdf.substring(pdf.lastIndexOf("References"));
        String epub = article(apa.epub());
        TestReport.Built vi = build("apa", "vi");
        String viPdf = text(vi.pdf());
        TestReport.Built chicago = build("chicago-notes-bibliography-16th-edition", "en");
        String chicagoPdf = text(chicago.pdf());
        assertAll(
                () -> assertOrder(list, "Đặng, T. M.", "Eve, A.", "Ørsted, H.", "Pak, S.", "Zhang, W."),
                () -> assertOrder(pdf, "(Đặng, 2020; Eve, 2016; Ørsted, 2018; Pak, 2017; Zhang, 2019)"),
                () -> assertOrder(epub.substring(epub.lastIndexOf("Zhang, 2019")), "Đặng, T. M.", "Eve, A.", "Ørsted, H.", "Pak, S.", "Zhang, W."),
                () -> assertOrder(viPdf.substring(viPdf.lastIndexOf("Zhang, 2019")), "Đặng", "Eve", "Ørsted", "Pak", "Zhang"),
                () -> assertOrder(chicagoPdf.substring(chicagoPdf.lastIndexOf("Bibliography")), "Đặng, Thị Minh", "Eve, Ann", "Ørsted, Hans", "Pak, Su", "Zhang, Wei"));
    }
}
