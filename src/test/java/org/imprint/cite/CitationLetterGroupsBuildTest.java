package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which works share a run of year letters, and which cites a collapse joins (issue 15, fix15am,
 * found by h15v): works of different statuses are not lettered as one, a source's status word
 * of another language is the status in any article, in the words of the locale that prints the
 * rest, a literal date reads as it prints, and cites are grouped by the names they print.
 */
class CitationLetterGroupsBuildTest {

    @TempDir
    Path dir;

    private static final String AUTHOR = "\"author\":[{\"family\":\"Kim\",\"given\":\"Ann\"}]";

    private static String work(String id, String title, String date) {
        return "{\"id\":\"" + id + "\",\"type\":\"article-journal\"," + AUTHOR + ",\"title\":\"" + title
                + "\",\"container-title\":\"J Geo\"," + date + "}";
    }

    /** The EPUB article of a report citing {@code refs} (CSL JSON) with {@code style} in {@code language}. */
    private TestReport.Built built(String name, String style, String language, String refs, String body) throws Exception {
        return TestReport.citing(dir, name, style).title("Letters").language(language).bibliography("references.json")
                .file("references.json", refs).body(body).build("epub");
    }

    /** The paragraph of {@code article} that starts with {@code lead}: its text, then each link as "text→key". */
    private static List<String> cited(Document article, String lead) {
        Element p = article.select("p").stream().filter(e -> e.text().startsWith(lead + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + lead + " in " + article.text()));
        List<String> out = new ArrayList<>(List.of(p.text()));
        p.select("a.citation").forEach(a -> out.add(a.text() + "→" + a.attr("href").substring("#ref-".length())));
        return out;
    }

    private static Document article(TestReport.Built built) throws Exception {
        return Jsoup.parse(CitationFaultsBuildTest.article(built.epub()));
    }

    /**
     * zeitschrift-fur-internationale-beziehungen prints an article's status nowhere, so the status
     * stands as its date: two works in press and two forthcoming of one author were lettered as
     * one run, "(Kim in press a)", "(Kim in press b)", "(Kim forthcoming c)", "(Kim forthcoming
     * d)", though they read apart; each status is lettered on its own, as citeproc-js letters APA's
     * "in press-a, in press-b".
     */
    @Test
    void worksOfDifferentStatusesAreNotLetteredTogether() throws Exception {
        String refs = "[" + work("p1", "Theta", "\"status\":\"in press\"") + "," + work("p2", "Iota", "\"status\":\"in press\"") + ","
                + work("f1", "Sigma", "\"status\":\"forthcoming\"") + "," + work("f2", "Tau", "\"status\":\"forthcoming\"") + "]";
        Document doc = article(built("zib-status", "zeitschrift-fur-internationale-beziehungen", "en", refs,
                "A [@p1]. B [@p2]. C [@f1]. D [@f2].\n\nE [@p1; @p2].\n"));
        String text = doc.text();
        List<String> both = cited(doc, "E");
        assertAll(
                () -> assertTrue(text.contains("A (Kim in press b). B (Kim in press a). C (Kim forthcoming a). D (Kim forthcoming b)."), text),
                () -> assertFalse(text.contains("forthcoming c") || text.contains("forthcoming d"), text),
                () -> assertTrue(text.contains("Kim, Ann forthcoming a: Sigma") && text.contains("Kim, Ann in press b: Theta"), text),
                // the style does not sort a citation: the cites keep their order
                () -> assertTrue(both.get(0).contains("E (Kim in press b; in press a)."), both.toString()),
                () -> assertEquals(List.of("Kim in press b→p1", "in press a→p2"), both.subList(1, both.size()), both.toString()));
    }

    /**
     * A Spanish source's "en prensa" (status-words.txt) was read as in press in a Spanish article
     * only: an English or Persian one printed it as written beside the locale's word for the same
     * author's other work in press, never lettered, "(Kim, en prensa, in press)" and "(Kim, en
     * prensa, زیر چاپ)", where the Spanish one printed "(Kim, en imprenta-a, en imprenta-b)". It is
     * the status in any article now, in the article's word, lettered with the other.
     */
    @Test
    void aSourcesStatusWordIsTheStatusInAnyArticle() throws Exception {
        String refs = "[" + work("e1", "Iota", "\"status\":\"en prensa\"") + "," + work("e2", "Sigma", "\"status\":\"in press\"") + "]";
        String body = "A [@e1; @e2].\n";
        List<String> en = cited(article(built("word-en", "apa", "en", refs, body)), "A");
        List<String> fa = cited(article(built("word-fa", "apa", "fa", refs, body)), "A").stream()
                .map(t -> t.replaceAll("[\u2066-\u2069]", "")).toList();
        List<String> es = cited(article(built("word-es", "apa", "es", refs, body)), "A");
        assertAll(
                () -> assertTrue(en.get(0).contains("A (Kim, in press-a, in press-b)."), en.toString()),
                () -> assertEquals(List.of("Kim, in press-a→e1", "in press-b→e2"), en.subList(1, en.size())),
                () -> assertTrue(fa.get(0).contains("A (Kim, زیر چاپ-a, زیر چاپ-b)."), fa.toString()),
                () -> assertEquals(List.of("(Kim, زیر چاپ-a→e1", "زیر چاپ-b)→e2"), fa.subList(1, fa.size())),
                () -> assertTrue(es.get(0).contains("A (Kim, en imprenta-a, en imprenta-b)."), es.toString()));
    }

    /**
     * "sr-RS" has no CSL locale file of its own (only sr-Latn-RS and sr-Cyrl-RS): the build warned
     * that the words were en-US's, yet printed the status from sr-Latn-RS, "(Kim, u štampi)" among
     * en-US words. Serbian is printed in its primary dialect, sr-Latn-RS, now, every word of it
     * ({@link CitationRegionalLocaleBuildTest}), without a warning; a source's "u štampi" is still
     * read as in press.
     */
    @Test
    void aRegionWithoutItsOwnLocaleHasEveryWordFromItsLanguage() throws Exception {
        String refs = "[" + work("s1", "Iota", "\"status\":\"in press\"") + "," + work("s2", "Sigma", "\"status\":\"u štampi\"") + ","
                + work("a1", "Alpha", "\"issued\":{\"date-parts\":[[2019]]},\"page\":\"1-9\"") + "]";
        TestReport.Built built = built("sr", "apa", "sr-RS", refs, "A [@s1; @s2]. B [@a1, p. 4].\n");
        String text = article(built).text();
        assertAll(
                () -> assertTrue(built.warningLines().stream().noneMatch(w -> w.contains("no CSL locale")), built.warningLines().toString()),
                () -> assertTrue(text.contains("A (Kim, u štampi-a, u štampi-b). B (Kim, 2019, str. 4)."), text),
                () -> assertFalse(text.contains("in press"), text));
    }

    /**
     * A literal date written with two spaces, "Spring  2019", prints as "Spring 2019": it was left
     * unlettered beside the same author's two works of "Spring 2019", lettered a and b, so that a
     * reader saw three works and one unmarked "(Kim, Spring 2019)".
     */
    @Test
    void aLiteralDateIsComparedAsItReads() throws Exception {
        String refs = "[" + work("l1", "One", "\"issued\":{\"literal\":\"Spring 2019\"}") + ","
                + work("l2", "Two", "\"issued\":{\"literal\":\"Spring  2019\"}") + ","
                + work("l3", "Four", "\"issued\":{\"literal\":\"Spring 2019\"}") + "]";
        String text = article(built("literal", "apa", "en", refs, "A [@l1]. B [@l2]. C [@l3].\n")).text();
        assertAll(
                // lettered in the reference list's order, which sorts the date as written
                () -> assertTrue(text.contains("A (Kim, Spring 2019c). B (Kim, Spring 2019a). C (Kim, Spring 2019b)."), text),
                () -> assertTrue(text.contains("Kim, A. (Spring 2019a). Two.") && text.contains("Kim, A. (Spring 2019c). One."), text));
    }

    private static final String TEAMS = """
            [{"id":"m1","type":"article-journal","author":[{"family":"Kim","given":"Ann"},{"family":"Lee","given":"Bo"},{"family":"Park","given":"Cy"}],"title":"Mu","container-title":"J Geo","volume":"1","page":"1","issued":{"date-parts":[[2019]]}},
             {"id":"m2","type":"article-journal","author":[{"family":"Kim","given":"Ann"},{"family":"Lee","given":"Bo"},{"family":"Park","given":"Cy"}],"title":"Nu","container-title":"J Geo","volume":"1","page":"2","issued":{"date-parts":[[2019]]}},
             {"id":"m3","type":"article-journal","author":[{"family":"Kim","given":"Ann"},{"family":"Lee","given":"Bo"},{"family":"Park","given":"Cy"}],"title":"Xi","container-title":"J Geo","volume":"1","page":"3","issued":{"date-parts":[[2020]]}},
             {"id":"m4","type":"article-journal","author":[{"family":"Kim","given":"Ann"},{"family":"Lee","given":"Bo"},{"family":"Choi","given":"Di"}],"title":"Omicron","container-title":"J Geo","volume":"1","page":"4","issued":{"date-parts":[[2019]]}}]
            """;

    /**
     * CSL groups a collapsing citation's cites by the names they print: two teams both cited
     * "Kim et al." were kept apart because their authors differ, "(Kim et al. 2019a; Kim et al.
     * 2019b; c, 2020)" in limnology-and-oceanography, where citeproc-js prints "(Kim et al. 2019a;
     * b; c, 2020)". Each letter still links to its own entry.
     */
    @Test
    void citesThatPrintTheSameNamesAreOneGroup() throws Exception {
        List<String> lo = cited(article(built("teams-lo", "limnology-and-oceanography", "en", TEAMS, "All [@m1; @m2; @m3; @m4].\n")), "All");
        List<String> aps = cited(article(built("teams-aps", "applications-in-plant-sciences", "en", TEAMS, "All [@m1; @m2; @m3; @m4].\n")), "All");
        assertAll(
                () -> assertTrue(lo.get(0).contains("All (Kim et al. 2019a; b; c, 2020)."), lo.toString()),
                () -> assertEquals(List.of("Kim et al. 2019a→m4", "b→m1", "c→m2", "2020→m3"), lo.subList(1, lo.size())),
                () -> assertTrue(aps.get(0).contains("All (Kim et al., 2019a; b; c, 2020)."), aps.toString()),
                () -> assertEquals(List.of("Kim et al., 2019a→m4", "b→m1", "c→m2", "2020→m3"), aps.subList(1, aps.size())));
    }

    private static final String YEARS = """
            [{"id":"a1","type":"article-journal","author":[{"family":"Kim","given":"Ann"}],"title":"Alpha","container-title":"J Geo","issued":{"date-parts":[[2019]]}},
             {"id":"a2","type":"article-journal","author":[{"family":"Kim","given":"Ann"}],"title":"Beta","container-title":"J Geo","issued":{"date-parts":[[2019]]}},
             {"id":"a3","type":"article-journal","author":[{"family":"Kim","given":"Ann"}],"title":"Gamma","container-title":"J Geo","issued":{"date-parts":[[2021]]}}]
            """;

    /**
     * Where citeproc-js and CSL 1.0.2 part, the specification is followed: year-suffix-delimiter
     * "defaults to the delimiter set on cs:layout", also beside a cite-group-delimiter
     * (applications-in-plant-sciences: "(Kim, 2019a; b, 2021)", citeproc-js "(Kim, 2019a, b,
     * 2021)"), and a cite with a locator keeps its year, "(Doe 2000a-c, 2000d, p. 5, 2000e,f)" in
     * the specification (parasitology: "(Kim, 2019a, 4, 2019b, 7)", citeproc-js "b, 7"). Each part
     * links to its own entry.
     */
    @Test
    void yearLettersJoinAsTheSpecificationSays() throws Exception {
        List<String> aps = cited(article(built("spec-aps", "applications-in-plant-sciences", "en", YEARS, "All [@a1; @a2; @a3].\n")), "All");
        List<String> para = cited(article(built("spec-para", "parasitology", "en", YEARS, "All [@a1, p. 4; @a2, p. 7].\n")), "All");
        assertAll(
                () -> assertTrue(aps.get(0).contains("All (Kim, 2019a; b, 2021)."), aps.toString()),
                () -> assertEquals(List.of("Kim, 2019a→a1", "b→a2", "2021→a3"), aps.subList(1, aps.size())),
                () -> assertTrue(para.get(0).contains("All (Kim, 2019a, 4, 2019b, 7)."), para.toString()),
                () -> assertEquals(List.of("Kim, 2019a, 4→a1", "2019b, 7→a2"), para.subList(1, para.size())));
    }
}
