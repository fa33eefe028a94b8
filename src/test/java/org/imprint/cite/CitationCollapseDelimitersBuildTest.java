package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One author's works collapsed as the style's {@code <citation>} joins them (issue 15, fix15al):
 * its cite-group-delimiter between them, and for {@code collapse="year-suffix"} the year letter
 * alone after the same year, joined by year-suffix-delimiter; each work still links to its own
 * entry.
 */
class CitationCollapseDelimitersBuildTest {

    @TempDir
    Path dir;

    private static final String WORKS = """
            @article{n1, author={Kim, Ann}, title={Alpha}, journal={Daily News}, year={2019}, month={3}}
            @article{n2, author={Kim, Ann}, title={Beta}, journal={Daily News}, year={2019}, month={5}}
            @article{w1, author={Lee, Bo}, title={Web one}, journal={J}, year={2020}}
            @article{w2, author={Lee, Bo}, title={Web two}, journal={J}, year={2020}}
            @article{k3, author={Kim, Ann}, title={Gamma}, journal={J}, year={2021}}
            """;

    /** The paragraph that starts with {@code lead}: its text, then each link as "text→key". */
    private List<String> cited(String style, String lead) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve(style)).out(dir.resolve(style + "-out")).title("Collapse")
                .date("2026-03-02").author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: " + style)
                .file("references.bib", WORKS).body(lead + " [@n1; @n2; @k3; @w1; @w2].\n").build("epub");
        Element p = Jsoup.parse(CitationFaultsBuildTest.article(built.epub())).select("p").stream()
                .filter(e -> e.text().startsWith(lead + " ")).findFirst().orElseThrow(() -> new AssertionError("no paragraph " + lead));
        List<String> out = new java.util.ArrayList<>(List.of(p.text()));
        p.select("a.citation").forEach(a -> out.add(a.text() + "→" + a.attr("href").substring("#ref-".length())));
        return out;
    }

    /**
     * zeitschrift-fur-internationale-beziehungen's cite-group-delimiter is "; ": a fixed ", "
     * printed "(Kim 2019a, 2019b, 2021; …)" where citeproc-js prints "(Kim 2019a; 2019b; 2021; …)".
     * parasitology and biological-journal-of-the-linnean-society collapse by year suffix:
     * citeproc-js "(Kim, 2019a; b, 2021; Lee, 2020a; b)" and "(Kim, 2019a,b, 2021; …)", where
     * Imprint printed each year whole.
     */
    @Test
    void oneAuthorsWorksAreJoinedAsTheStyleSays() throws Exception {
        List<String> zib = cited("zeitschrift-fur-internationale-beziehungen", "All");
        List<String> para = cited("parasitology", "All");
        List<String> linnean = cited("biological-journal-of-the-linnean-society", "All");
        assertAll(
                () -> assertTrue(zib.get(0).contains("All (Kim 2019a; 2019b; 2021; Lee 2020a; 2020b)."), zib.toString()),
                () -> assertEquals(List.of("Kim 2019a→n1", "2019b→n2", "2021→k3", "Lee 2020a→w1", "2020b→w2"), zib.subList(1, zib.size())),
                () -> assertTrue(para.get(0).contains("All (Kim, 2019a; b, 2021; Lee, 2020a; b)."), para.toString()),
                () -> assertEquals(List.of("Kim, 2019a→n1", "b→n2", "2021→k3", "Lee, 2020a→w1", "b→w2"), para.subList(1, para.size())),
                () -> assertTrue(linnean.get(0).contains("All (Kim, 2019a,b, 2021; Lee, 2020a,b)."), linnean.toString()),
                () -> assertEquals(List.of("Kim, 2019a→n1", "b→n2", "2021→k3", "Lee, 2020a→w1", "b→w2"), linnean.subList(1, linnean.size())));
    }

    private static final String LITERAL_DATES = """
            [{"id":"a","type":"book","author":[{"family":"Kim","given":"Ann"}],"title":"Alpha","publisher":"P","issued":{"literal":"Spring 2019"}},
             {"id":"b","type":"book","author":[{"family":"Kim","given":"Ann"}],"title":"Beta","publisher":"P","issued":{"literal":"Spring 2019"}},
             {"id":"c","type":"book","author":[{"family":"Lee","given":"Bo"}],"title":"Gamma","publisher":"P","issued":{"literal":"circa 1999"}},
             {"id":"d","type":"book","author":[{"family":"Lee","given":"Bo"}],"title":"Delta","publisher":"P","issued":{"literal":"circa 1999"}}]
            """;

    /**
     * Two works of one author dated by the same words ("Spring 2019", "circa 1999") are lettered
     * as citeproc-js letters them, by title: Imprint printed "(Kim, Spring 2019; Kim, Spring
     * 2019; …)", two identical cites and entries.
     */
    @Test
    void worksOfOneAuthorWithTheSameLiteralDateAreLettered() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("literal")).out(dir.resolve("literal-out")).title("Literal")
                .date("2026-03-02").author("Jane Doe").bibliography("references.json").frontMatter("citation_style: apa")
                .file("references.json", LITERAL_DATES).body("All [@a; @b; @c; @d].\n").build("epub");
        String html = CitationFaultsBuildTest.article(built.epub());
        String text = Jsoup.parse(html).text();
        assertAll(
                () -> assertTrue(text.contains("All (Kim, Spring 2019a, Spring 2019b; Lee, circa 1999a, circa 1999b)."), text),
                () -> assertTrue(text.contains("Kim, A. (Spring 2019a). Alpha.") && text.contains("Kim, A. (Spring 2019b). Beta."), text),
                () -> assertTrue(text.contains("Lee, B. (circa 1999a). Delta.") && text.contains("Lee, B. (circa 1999b). Gamma."), text),
                () -> assertTrue(html.contains("href=\"#ref-c\" class=\"citation\">circa 1999b<"), html));
    }
}
