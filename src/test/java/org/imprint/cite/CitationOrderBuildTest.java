package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * APA's order and disambiguation where citeproc-java and Imprint's own sort went wrong (issue 15,
 * hostile tester h15k, apa4 and adv1): a source cited with its first author's initials ("J.
 * Smith") sorts in a citation under her surname, not under "J."; the reference list orders teams
 * by their names in turn ("Lee, Park, Choi, &amp; Kim" before "Lee, Park, &amp; Jung"), the "&amp;"
 * no name; two undated works of one author are "n.d.-a" and "n.d.-b", never two "n.d." alike.
 */
class CitationOrderBuildTest {

    private static final String BIB = """
            @book{smithJ, author={Smith, Jane}, title={Alpha Book}, publisher={P}, year={2020}}
            @book{smithJo, author={Smith, John}, title={Beta Book}, publisher={P}, year={2020}}
            @book{leeA, author={Lee, Ann and Park, Min and Choi, Hana and Kim, Bo}, title={One}, publisher={P}, year={2019}}
            @book{leeB, author={Lee, Ann and Park, Min and Jung, Dae}, title={Three}, publisher={P}, year={2019}}
            @book{nd1, author={Novak, Petr}, title={Undated One}, publisher={P}}
            @book{nd2, author={Novak, Petr}, title={Undated Two}, publisher={P}}
            """;

    @TempDir
    static Path dir;

    static String epub;

    @BeforeAll
    static void build() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("order")).out(dir.resolve("out")).title("Order").date("2026-03-02")
                .author("Jane Doe").bibliography("references.bib").frontMatter("citation_style: apa")
                .file("references.bib", BIB)
                .body("# H\n\nS1 [@smithJ, p. 4; @leeA].\n\nS2 [@smithJo; @leeB].\n\nU1 [@nd1; @nd2]. U2 [@nd2].\n")
                .build("pdf", "epub");
        epub = article(built.epub());
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    @Test
    void aSourceCitedWithInitialsSortsUnderItsSurname() {
        String text = text(epub);
        assertAll(
                () -> assertTrue(text.contains("S1 (Lee, Park, Choi, et al., 2019; J. Smith, 2020a, p. 4)"), text),
                () -> assertTrue(text.contains("S2 (Lee, Park, &amp; Jung, 2019; J. Smith, 2020b)"), text));
    }

    @Test
    void theReferenceListOrdersTeamsByTheirNamesInTurn() {
        String text = text(epub);
        int choi = text.indexOf("Lee, A., Park, M., Choi, H.");
        int jung = text.indexOf("Lee, A., Park, M., &amp; Jung, D.");
        assertTrue(choi >= 0 && jung >= 0 && choi < jung, text);
    }

    @Test
    void twoUndatedWorksOfOneAuthorAreToldApart() {
        String text = text(epub);
        assertAll(
                () -> assertTrue(text.contains("U1 (Novak, n.d.-a, n.d.-b)"), text),
                () -> assertTrue(text.contains("U2 (Novak, n.d.-b)"), text),
                () -> assertTrue(text.contains("Novak, P. (n.d.-a). Undated one") || text.contains("Novak, P. (n.d.-a). <i>Undated one")
                        || text.matches("(?s).*Novak, P\\. \\(n\\.d\\.-a\\)\\. Undated [Oo]ne.*"), text),
                () -> assertFalse(text.contains("(Novak, n.d.; Novak, n.d.)"), text));
    }
}
