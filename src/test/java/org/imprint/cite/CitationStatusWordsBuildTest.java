package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source's publication status, in whatever words and language it is written, is one status,
 * printed in the article's language (issue 15, fix15ae).
 */
class CitationStatusWordsBuildTest {

    @TempDir
    Path dir;

    private TestReport report(String name, String language, String style, String file, String bib, String body) {
        return TestReport.citing(dir, name, style).title("Status").language(language).bibliography(file).body(body).file(file, bib);
    }

    private String epub(String name, String language, String style, String file, String bib, String body) throws Exception {
        return CitationLocaleTermsBuildTest.text(report(name, language, style, file, bib, body).build("epub").epub());
    }

    private static final String OWN_BIB = """
            @article{druck, author={Novak, Anna}, title={Ein Artikel}, journal={Zeitschrift}, year={im Druck}, langid={german}}
            @article{druck2, author={Novak, Anna}, title={Zwei}, journal={Zeitschrift}, year={{im Druck}}, language={de}}
            @article{presse, author={Petit, Paul}, title={Un article}, journal={Revue}, year={sous presse}, langid={french}}
            @article{inpress, author={Novak, Anna}, title={Dritter}, journal={Zeitschrift}, year={in press}}
            """;

    private static final String OWN_JSON = """
            [{"id":"druck","type":"article-journal","language":"de","author":[{"family":"Novak","given":"Anna"}],"title":"Ein Artikel","container-title":"Zeitschrift","issued":{"literal":"im Druck"}},
             {"id":"druck2","type":"article-journal","language":"de-DE","author":[{"family":"Novak","given":"Anna"}],"title":"Zwei","container-title":"Zeitschrift","issued":{"literal":"im Druck"}},
             {"id":"presse","type":"article-journal","language":"fr","author":[{"family":"Petit","given":"Paul"}],"title":"Un article","container-title":"Revue","issued":{"literal":"sous presse"}},
             {"id":"inpress","type":"article-journal","author":[{"family":"Novak","given":"Anna"}],"title":"Dritter","container-title":"Zeitschrift","issued":{"literal":"in press"}}]
            """;

    /**
     * A status written in the source's own language (a German source's {@code year = {im Druck}},
     * a French one's {@code {"literal": "sous presse"}}) is that status, from BibTeX and CSL JSON
     * alike: an English article printed it as a date, "(Novak, im Druck; Novak, im Druck)", two
     * works told apart by nothing and lettered apart from the same author's "in press".
     */
    @Test
    void aStatusInTheSourcesOwnLanguageIsTheStatus() throws Exception {
        String body = "A [@druck; @druck2; @inpress]. B [@presse].\n";
        for (String[] source : new String[][] {{"references.bib", OWN_BIB}, {"references.json", OWN_JSON}}) {
            String en = epub("own-en-" + source[0].substring(11), "en", "apa", source[0], source[1], body);
            String de = epub("own-de-" + source[0].substring(11), "de", "apa", source[0], source[1], body);
            assertAll(source[0],
                    () -> assertTrue(en.contains("A (Novak, in press-a, in press-b, in press-c). B (Petit, in press)."), en),
                    () -> assertFalse(en.contains("im Druck") || en.contains("sous presse"), en),
                    () -> assertTrue(de.contains("A (Novak, im Druck-a, im Druck-b, im Druck-c). B (Petit, im Druck)."), de));
        }
    }

    private static final String STATES = """
            @article{sub, author={Novak, Anna}, title={Ein Artikel}, journal={Zeitschrift}, pubstate={submitted}}
            @article{prep, author={Lee, Min}, title={Prep}, journal={J}, year={in preparation}}
            @article{pre, author={Kim, Ho}, title={Pre}, journal={J}, pubstate={prepublished}}
            """;

    /**
     * BibLaTeX's states that CSL's locales have no word for are the brand's words for the
     * article's language: a German article printed "(Novak, submitted)". The brand's capital
     * stays where APA lowercases the status ("in Vorbereitung"); IEEE capitalises as before.
     */
    @Test
    void aStateWithoutACslTermIsInTheBrandsWords() throws Exception {
        String body = "A [@sub]. B [@prep]. C [@pre].\n";
        TestReport.Built apaBuilt = report("st-apa", "de", "apa", "references.bib", STATES, body).build("epub");
        String apa = CitationLocaleTermsBuildTest.text(apaBuilt.epub());
        String fr = epub("st-fr", "fr", "apa", "references.bib", STATES, body);
        String ieee = epub("st-ieee", "de", "ieee", "references.bib", STATES, body);
        String en = epub("st-en", "en", "apa", "references.bib", STATES, body);
        assertAll(
                () -> assertTrue(apa.contains("A (Novak, eingereicht). B (Lee, in Vorbereitung). C (Kim, vorveröffentlicht)."), apa),
                () -> assertTrue(fr.contains("(Novak, soumis)") && fr.contains("(Lee, en préparation)"), fr),
                () -> assertTrue(ieee.contains("Zeitschrift, Eingereicht.") && ieee.contains("J, In Vorbereitung."), ieee),
                () -> assertTrue(en.contains("A (Novak, submitted). B (Lee, in preparation). C (Kim, prepublished)."), en),
                // printed, so not warned as left out: the entry's "ö" was read as an entity and missed
                () -> assertTrue(apaBuilt.warningLines().stream().noneMatch(w -> w.contains("status")), apaBuilt.warningLines().toString()));
    }

    private static final String WITH_VOLUME = """
            @article{novol, author={Lee, Min}, title={Without}, journal={J}, year={in press}}
            @article{vol, author={Novak, Anna}, title={With Volume}, journal={J}, volume={12},
              pubstate={inpress}}
            """;

    /**
     * IEEE's CSL prints a status only for a work with no volume, issue or pages, so an article in
     * press with a volume lost "in press" without a word. IEEE's rule is followed (its guide cites
     * a paper "to be published" without them), and the build warns at the entry's line.
     */
    @Test
    void aStatusTheStyleLeavesOutIsWarnedAtItsEntry() throws Exception {
        TestReport.Built built = report("vol-ieee", "en", "ieee", "references.bib", WITH_VOLUME, "A [@vol]. B [@novol].\n")
                .build("epub");
        String text = CitationLocaleTermsBuildTest.text(built.epub());
        List<String> warned = built.warningLines().stream().filter(w -> w.contains("status")).toList();
        TestReport.Built apa = report("vol-apa", "en", "apa", "references.bib", WITH_VOLUME, "A [@vol]. B [@novol].\n")
                .build("epub");
        assertAll(
                () -> assertTrue(text.contains("A. Novak, “With Volume,” J, vol. 12."), text),
                () -> assertEquals(1, warned.size(), warned.toString()),
                () -> assertTrue(warned.get(0).contains("references.bib:2:") && warned.get(0).contains("@vol")
                        && warned.get(0).contains("\"in press\"") && warned.get(0).contains("\"ieee\""), warned.toString()),
                () -> assertTrue(apa.warningLines().stream().noneMatch(w -> w.contains("status")), apa.warningLines().toString()));
    }

    private static final String STYLE_TERM_BIB = """
            @book{p1, author={Novak, Anna}, title={Alpha}, publisher={Pub}, year={in press}}
            @book{p2, author={Lee, Bo}, title={Beta}, publisher={Pub}, pubstate={inpress}}
            @book{es, author={García, Ana}, title={Delta}, publisher={Pub}, year={en prensa}, langid={spanish}}
            """;

    private static final String STYLE_TERM_JSON = """
            [{"id":"j1","type":"book","author":[{"family":"Kay","given":"Ann"}],"title":"Gamma","publisher":"Pub","issued":{"literal":"en prensa"}}]
            """;

    /**
     * A style's own locale words a status (andean-geology's Spanish "in press" is "en prensa",
     * european-environment-agency's English one "forthcoming"): the status is printed in the
     * style's word, as citeproc-js prints it, not the CSL locale's ("en imprenta", "in press"),
     * and a Spanish source's "en prensa" is the status, not a date: one list read "Kay, A. en
     * prensa." beside "Novak, A. en imprenta.", and an English article printed "(García, en prensa)".
     */
    @Test
    void aStatusIsInTheStylesOwnTermAndItsWordsAreRead() throws Exception {
        TestReport andean = report("andean", "es", "andean-geology", "refs.bib", STYLE_TERM_BIB, "Fuentes [@p1; @p2; @j1].\n")
                .file("refs.json", STYLE_TERM_JSON).bibliography("[refs.bib, refs.json]");
        String es = CitationLocaleTermsBuildTest.text(andean.build("epub").epub());
        TestReport.Built eeaBuilt = report("eea", "en", "european-environment-agency", "refs.bib", STYLE_TERM_BIB,
                "Sources [@p1; @p2].\n").build("epub");
        String eea = CitationLocaleTermsBuildTest.text(eeaBuilt.epub());
        String apa = epub("es-apa", "en", "apa", "refs.bib", STYLE_TERM_BIB, "A [@es].\n");
        assertAll(
                () -> assertTrue(es.contains("Fuentes (Kay, en prensa; Lee, en prensa; Novak, en prensa)."), es),
                () -> assertTrue(es.contains("Kay, A. en prensa.") && es.contains("Novak, A. en prensa."), es),
                () -> assertFalse(es.contains("imprenta"), es),
                () -> assertTrue(eea.contains("Sources (Novak, forthcoming; Lee, forthcoming).") && eea.contains("Novak, A., forthcoming, Alpha"), eea),
                () -> assertTrue(eeaBuilt.warningLines().stream().noneMatch(w -> w.contains("status")), eeaBuilt.warningLines().toString()),
                () -> assertTrue(apa.contains("A (García, in press)."), apa));
    }
}
