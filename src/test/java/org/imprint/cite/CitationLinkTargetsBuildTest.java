package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a citation's links go, read from the EPUB's hrefs and the PDF's link annotations: each
 * source's part to its own entry, and no part to another's.
 */
class CitationLinkTargetsBuildTest {

    @TempDir
    Path dir;

    private TestReport.Built build(String name, String style, String bib, String body) throws Exception {
        return TestReport.at(dir.resolve(name)).out(dir.resolve(name + "-out")).title("Targets").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", bib).body(body).build("pdf", "epub");
    }

    /** The paragraph of the EPUB's article that starts with {@code lead}: each link as "text→key". */
    private static List<String> links(TestReport.Built built, String lead) throws Exception {
        Element p = Jsoup.parse(article(built.epub())).select("p").stream().filter(e -> e.text().startsWith(lead + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph " + lead));
        return p.select("a.citation").stream().map(a -> a.text() + "→" + a.attr("href").substring("#ref-".length())).toList();
    }

    private static final String TURKISH = """
            @article{w1, author={Wolf, Al}, title={Bir}, journal={J}, year={BASIMDA}}
            @article{w2, author={Wolf, Al}, title={Iki}, journal={J}, year={Basımda}}
            @article{w3, author={Wolf, Al}, title={Uc}, journal={J}, year={IN PRESS}}
            @article{w4, author={Wolf, Al}, title={Dort}, journal={J}, year={In  Press}}
            @article{w6, author={Wolf, Al}, title={Alti}, journal={J}, year={İstanbul}}
            @article{w7, author={Ilgaz, Ca}, title={Yedi}, journal={J}, year={2020}}
            """;

    /**
     * One author's works collapsed after another author's, some dated by a literal ("İstanbul")
     * or a status printed as written ("BASIMDA"): the cut by the printed order looked for each
     * later work's year, found none, and the whole citation was one link to the first source
     * (h15t t07, t10, t11: "(Ilgaz, 2020; Wolf, BASIMDA, İstanbul)" both boxes to Ilgaz).
     */
    @Test
    void laterWorksDatedByALiteralOrAStatusEachLinkToTheirOwnEntry() throws Exception {
        TestReport.Built built = build("turkish", "apa", TURKISH, """
                C [@w7; @w6; @w1].

                D [@w1; @w3].

                All [@w1; @w2; @w3; @w4; @w6; @w7].

                S6 [@w6]. S3 [@w3]. S2 [@w2].
                """);
        Map<String, String> pdf = CitationPartsBuildTest.internalLinks(built.pdf());
        assertAll(
                () -> assertEquals(List.of("Ilgaz, 2020→w7", "Wolf, BASIMDA→w1", "İstanbul→w6"), links(built, "C")),
                () -> assertEquals(List.of("Wolf, BASIMDA→w1", "in press-b→w3"), links(built, "D")),
                () -> assertEquals(List.of("Ilgaz, 2020→w7", "Wolf, BASIMDA→w1", "Basımda→w2", "İstanbul→w6", "in press-a→w4",
                        "in press-b→w3"), links(built, "All")),
                // the PDF's boxes: each later work's to where its own citation goes, a single source's
                // box its words without the brackets (as the e-book's link)
                () -> assertTrue(pdf.get("İstanbul") != null && pdf.get("İstanbul").equals(pdf.get("Wolf, İstanbul")), pdf.toString()),
                () -> assertTrue(pdf.get("in press-b") != null && pdf.get("in press-b").equals(pdf.get("Wolf, in press-b")), pdf.toString()),
                () -> assertTrue(pdf.get("Basımda") != null && pdf.get("Basımda").equals(pdf.get("Wolf, Basımda")), pdf.toString()),
                () -> assertTrue(pdf.get("İstanbul") != null && !pdf.get("İstanbul").equals(pdf.get("Ilgaz, 2020"))
                        && !pdf.get("İstanbul").equals(pdf.get("Wolf, BASIMDA")), pdf.toString()),
                () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.contains("Ilgaz") && t.contains("Wolf")), pdf.toString()));
    }

    /**
     * MLA's short titles hold the delimiter ("Mangroves; Deltas"): the parts cannot be cut, and
     * the citation was one link to the first source, Lee's and the second Novak's words with it.
     * It now links to no entry, and the author is told where.
     */
    @Test
    void partsThatCannotBeToldApartLinkNowhereRatherThanToOneSource() throws Exception {
        String bib = """
                @book{n1, author={Novak, Ana}, title={Mangroves; Deltas}, publisher={P}, year={2019}}
                @book{n2, author={Novak, Ana}, title={Sinking; Deltas}, publisher={P}, year={2020}}
                @book{lee, author={Lee, Bo}, title={Tides}, publisher={P}, year={2018}}
                """;
        TestReport.Built built = build("mla", "modern-language-association", bib, "A [@n1; @n2; @lee].\n\nB [@lee, p. 4; @n2].\n");
        Map<String, String> pdf = CitationPartsBuildTest.internalLinks(built.pdf());
        assertAll(
                () -> assertEquals(List.of(), links(built, "A")),
                () -> assertEquals(List.of("Lee 4→lee", "Novak, Sinking; Deltas→n2"), links(built, "B")),
                () -> assertTrue(pdf.keySet().stream().noneMatch(t -> t.contains("Mangroves")), pdf.toString()),
                () -> assertTrue(built.warningLines().stream().anyMatch(m -> m.contains("[@n1; @n2; @lee]") && m.contains("link to no entry")),
                        built.warningLines().toString()),
                () -> assertTrue(built.warningLines().stream().noneMatch(m -> m.contains("[@lee, p. 4; @n2]")), built.warningLines().toString()));
    }
}
