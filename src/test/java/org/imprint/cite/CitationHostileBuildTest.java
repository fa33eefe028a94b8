package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.pick;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second hostile scholar's faults (issue 15), each built for real into a PDF: BibTeX
 * addresses and years read as event details, collections set as articles, translators and
 * original dates dropped, locators with dots cut, repeated locators after "Ibid.", "and others"
 * dropped by a numeric style, name particles lost in narrative citations, an empty locator.
 */
class CitationHostileBuildTest {

    static final String BIB = """
            @book{fromm, author={Fromm, Erich}, title={Escape from Freedom}, publisher={Farrar}, address={New York}, year={1941}}
            @collection{ed2015, editor={Brown, Peter and White, Susan}, title={Urban Water Futures},
              publisher={Oxford University Press}, address={Oxford}, year={2015}}
            @book{tolstoy, author={Tolstoy, Leo}, translator={Pevear, Richard and Volokhonsky, Larissa}, title={War and Peace},
              publisher={Knopf}, address={New York}, year={2007}, origdate={1869}}
            @book{talal, author={bin Talal, Hassan}, title={Search for Peace}, publisher={Macmillan}, address={London}, year={1984}}
            @article{lee, author={Lee, Anna and Park, Min-jun and Kim, Ji-woo and others}, title={Measuring Erosion},
              journal={Journal of Coasts}, volume={35}, number={4}, pages={812--829}, year={2019}}
            @book{kant, author={Kant, Immanuel}, title={Perpetual Peace}, publisher={P}, address={Berlin}, year={1795}}
            """;

    @TempDir
    static Path dir;

    static String authorDate;
    static String notes;
    static String ieee;
    static String french;
    static String calls;
    static Path callsEpub;

    @BeforeAll
    static void build() throws Exception {
        authorDate = text(build("cad", "chicago-author-date",
                "Fromm [@fromm]. Edited [@ed2015]. Translated [@tolstoy, 100]. As @talal argues, and @talal [p. 4] adds.\n"));
        notes = text(build("cnb", "chicago-notes-bibliography-17th-edition", """
                First [@fromm, 40]. Again [@fromm, 40]. Section [@kant, sec. 2.1]. Roman [@kant, xiv].
                Pages [@kant, pp. 33–35, 40]. Empty [@tolstoy, ]. Edited [@ed2015].
                """));
        ieee = text(build("ieee", "ieee", "Team [@lee]. Section [@kant, sec. 2.1].\n"));
        french = text(build("fr", "chicago-notes-bibliography-17th-edition", "Un livre [@kant, 5].\n", "fr"));
        Path callsPdf = build("calls", "chicago-notes-bibliography-17th-edition", """
                Own note here.[^a] Adjacent citations [@kant][@fromm]. Spaced ones [@kant] [@fromm].
                After a note [^b] [@fromm]; and on.

                [^a]: As argued in [@kant, 4] and elsewhere, this is so. Also @fromm [p. 3] says so.

                [^b]: An own note.
                """);
        calls = text(callsPdf);
        callsEpub = callsPdf.resolveSibling(callsPdf.getFileName().toString().replace(".pdf", ".epub"));
    }

    private static Path build(String name, String style, String body) throws Exception {
        return build(name, style, body, "en");
    }

    private static Path build(String name, String style, String body, String language) throws Exception {
        return TestReport.citing(dir, name, style).title("Hostile").language(language).body(body + "\n")
                .file("references.bib", BIB).build("pdf", "epub").pdf();
    }

    /**
     * Side by side, note calls follow the sentence's punctuation together, a superscript comma
     * between them so that two calls do not read as one number: ".²,³", never "².³" or ".²³"
     * (read as 23).
     */
    @Test
    void adjacentCallsAfterThePunctuation() {
        assertAll(
                () -> assertContains(calls, "Adjacent citations.2,3 "),
                () -> assertContains(calls, "Spaced ones.4,5 "),
                () -> assertContains(calls, "After a note;6,7 and on."));
    }

    /** The EPUB separates the same calls the same way: the comma a superscript between the two links. */
    @Test
    void adjacentCallsInTheEpubAreSeparatedToo() throws Exception {
        String article = CitationFaultsBuildTest.article(callsEpub).replaceAll("<a [^>]*>|</a>", "");
        assertAll(
                () -> assertContains(article, "Adjacent citations.<sup class=\"note-ref\" dir=\"ltr\">2</sup>"
                        + "<sup class=\"note-ref note-separator\">,</sup><sup class=\"note-ref\" dir=\"ltr\">3</sup>"),
                () -> assertContains(article, "After a note;<sup class=\"note-ref\" dir=\"ltr\">6</sup>"
                        + "<sup class=\"note-ref note-separator\">,</sup><sup class=\"note-ref\" dir=\"ltr\">7</sup> and on."));
    }

    /**
     * A citation in the middle of a sentence of the author's own note takes no full stop ("4.
     * and elsewhere"), and a narrative one there is the whole citation, not the name twice.
     */
    @Test
    void citationInsideAnOwnNoteGoesOnWithTheSentence() {
        assertAll(
                () -> assertContains(calls, "Perpetual Peace (Berlin: P, 1795), 4 and elsewhere, this is so."),
                () -> assertContains(calls, "Also Erich Fromm, Escape from Freedom (New York: Farrar, 1941), 3 says so."),
                () -> assertFalse(calls.contains("Fromm Erich Fromm"), calls));
    }

    /** BibTeX's address and year are the publisher's place and the date of publication, no event's (as pandoc reads them). */
    @Test
    void addressAndYearAreNoEventDetails() {
        assertAll(
                () -> assertContains(authorDate, "Fromm, Erich. 1941. Escape from Freedom. Farrar."),
                () -> assertFalse(authorDate.contains("1941, New York"), authorDate),
                () -> assertContains(notes, "Fromm, Erich. Escape from Freedom. New York: Farrar, 1941."),
                () -> assertFalse(notes.contains("1941, New York"), notes));
    }

    /** A collection is a book by its editors; translator and original date are printed. */
    @Test
    void collectionTranslatorAndOriginalDate() {
        assertAll(
                () -> assertContains(authorDate, "Brown, Peter, and Susan White, eds. 2015. Urban Water Futures. Oxford University Press."),
                () -> assertContains(authorDate, "Tolstoy, Leo. (1869) 2007. War and Peace. Translated by Richard Pevear and Larissa Volokhonsky."),
                () -> assertFalse(authorDate.contains(". . Translated"), authorDate),
                () -> assertContains(authorDate, "(Tolstoy [1869] 2007, 100)"));
    }

    /** A narrative citation names the author as the reference list does, particle included. */
    @Test
    void narrativeKeepsTheParticle() {
        assertAll(
                () -> assertContains(authorDate, "As bin Talal (1984) argues, and bin Talal (1984, 4) adds."),
                // in the list Chicago demotes it (demote-non-dropping-particle="display-and-sort"), as CSL asks
                () -> assertContains(authorDate, "Talal, Hassan bin. 1984."));
    }

    /** Locators as pandoc reads them; the same locator again is a short note with it (citeproc-js); an empty one adds nothing. */
    @Test
    void locatorsAndIbid() {
        assertAll(
                () -> assertContains(notes, "Erich Fromm, Escape from Freedom (New York: Farrar, 1941), 40."),
                // the 17th edition has no ibid-with-locator branch: the short note keeps the page, as in citeproc-js
                () -> assertContains(notes, "2. Fromm, 40. 3."),
                () -> assertContains(notes, "sec. 2.1."),
                () -> assertContains(notes, "xiv."),
                () -> assertContains(notes, "33–35, 40."),
                () -> assertFalse(notes.contains(",."), notes),
                () -> assertContains(ieee, "Sec. 2.1]"),
                () -> assertFalse(ieee.contains("Sec. 2].1"), ieee));
    }

    /** The reference list's heading and the date in the article's language, from the brand's words for it. */
    @Test
    void headingAndDateInTheArticlesLanguage() {
        assertAll(
                () -> assertContains(french, "Bibliographie"),
                () -> assertFalse(french.contains("Bibliography"), french),
                () -> assertContains(french, "2 mars 2026"));
    }

    /** "and others" is the style's "et al." also where the style names every author. */
    @Test
    void numericStyleKeepsEtAl() {
        assertContains(ieee, "A. Lee, M. Park, J. Kim, et al.,");   // "Min-jun" one name, one initial (HyphenatedNames)
    }

    /**
     * A names field that names no one ("others", "and", empty) or has an empty name between two
     * "and"s builds, cited by title where no name is left, and is reported at its line.
     */
    @Test
    void namesFieldsThatNameNoOneBuildAndWarn() throws Exception {
        String bib = """
                @book{onlyothers,
                  author = {others},
                  title = {Only Others}, publisher = {Pub}, year = {2001}}
                @book{edothers,
                  editor = {others},
                  title = {Edited Others}, publisher = {Pub}, year = {2002}}
                @book{twoands,
                  author = {Smith, John and and Doe, Jane},
                  title = {Two Ands}, publisher = {Pub}, year = {2003}}
                @book{justand,
                  author = {and},
                  title = {Just And}, publisher = {Pub}, year = {2004}}
                """;
        TestReport.Built built = TestReport.citing(dir, "nobody", "apa").title("Nobody").language("fr").file("references.bib", bib)
                .body("X [@onlyothers], @onlyothers. Y @edothers. Z @twoands and [@twoands]. W @justand.\n").build("pdf");
        String text = text(built.pdf());
        List<String> warnings = built.warningLines();
        assertAll(
                () -> assertContains(text, "Only Others (2001)"),
                () -> assertContains(text, "Edited Others (2002)"),
                () -> assertContains(text, "Smith et Doe (2003) and (Smith & Doe, 2003)"),
                () -> assertFalse(text.contains("and Doe"), text),
                () -> assertContains(String.join("\n", warnings), "references.bib:2: warning: author of @onlyothers names no one but \"others\""),
                () -> assertContains(String.join("\n", warnings), "references.bib:5: warning: editor of @edothers names no one"),
                () -> assertContains(String.join("\n", warnings), "references.bib:8: warning: author of @twoands has an empty name"),
                () -> assertContains(String.join("\n", warnings), "references.bib:11: warning: author of @justand has no name"));
    }

    /** A narrative citation joins and cuts short the names as the style's bracketed citation does, in the article's language. */
    @Test
    void narrativeNamesAsTheBracketedForm() throws Exception {
        String bib = """
                @book{two, author = {Manning, Anne and Smith, Bob}, title = {Two}, publisher = {Pub}, year = {2003}}
                @book{three, author = {Lee, Ann and Park, Min and Kim, Ji}, title = {Three}, publisher = {Pub}, year = {2019}}
                """;
        String text = text(TestReport.citing(dir, "narr", "chicago-author-date").title("Narrative").language("de").file("references.bib", bib)
                .body("A [@two], @two. B [@three], @three.\n").build("pdf").pdf()).replace('\u00A0', ' ');
        assertAll(
                () -> assertContains(text, "A (Manning und Smith 2003), Manning und Smith (2003)."),
                () -> assertContains(text, "B (Lee u. a. 2019), Lee u. a. (2019)."));
    }

    /** Without its names, a journal article is cited by its year alone, not by its journal's title (Harvard's author substitute). */
    @Test
    void harvardNarrativeAndSuppressedAuthorWithoutTheJournal() throws Exception {
        String bib = """
                @article{lee, author = {Lee, Ann and Park, Min}, title = {Rivers}, journal = {Journal of Water}, year = {2019}}
                """;
        String text = text(TestReport.citing(dir, "harv", "harvard-cite-them-right").title("Harvard").file("references.bib", bib)
                .body("As @lee says. Bare [-@lee].\n").build("pdf").pdf());
        assertAll(
                () -> assertContains(text, "As Lee and Park (2019) says."),
                () -> assertContains(text, "Bare (2019)."),
                () -> assertFalse(text.contains("(Journal of Water, 2019)"), text));
    }

    /** A source whose particle the list does not show (cut short by et al.) keeps the others' particles demoted. */
    @Test
    void particlesDemotedEntryByEntry() throws Exception {
        String bib = """
                @book{gogh, author = {van Gogh, Vincent}, title = {Letters}, publisher = {Pub}, year = {1914}}
                @book{many, author = {Adams, A. and Brown, B. and Clark, C. and Dunn, D. and Evans, E. and Fox, F. and Gray, G.
                  and Hill, H. and de Wit, Jan and Irwin, I. and Jones, J. and King, K.}, title = {Many}, publisher = {Pub}, year = {2020}}
                """;
        String text = text(TestReport.citing(dir, "part", "chicago-author-date").title("Particles").file("references.bib", bib)
                .body("A [@gogh]. B [@many].\n").build("pdf").pdf());
        assertAll(
                () -> assertContains(text, "Gogh, Vincent van. 1914."),
                () -> assertContains(text, "Adams, A., B. Brown,"),
                () -> assertFalse(text.contains("Wit"), text));
    }

    /**
     * BibLaTeX's {@code date = {2020}} (Better BibTeX's export) gets year letters as {@code year}
     * does: the date came as a raw date without parts, so two works of one author and year printed
     * "(Dang, 2020; Dang, 2020)" and two reference entries alike.
     */
    @Test
    void aBibLaTeXDateGetsYearLetters(@TempDir Path own) throws Exception {
        String text = text(TestReport.at(own.resolve("r")).out(own.resolve("out")).title("Dates").date("2026-03-02")
                .author("Jane Doe").language("en").bibliography("references.bib").frontMatter("citation_style: apa")
                .body("One [@d1; @d2]. Three [@d1].\n").file("references.bib", """
                        @book{d1, title={Salinity}, author={Dang, Minh}, date={2020}, publisher={X}}
                        @article{d2, title={Mangroves}, author={Dang, Minh}, date={2020}, journaltitle={J}, volume={4}, pages={1--2}}
                        """).build("pdf").pdf());
        assertAll(
                () -> assertContains(text, "Three (Dang, 2020b)."),
                () -> assertContains(text, "Dang, M. (2020a). Mangroves."),
                () -> assertContains(text, "Dang, M. (2020b). Salinity."),
                () -> assertFalse(text.contains("Dang, 2020; Dang, 2020"), text));
    }
}
