package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.article;
import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.pick;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.imprint.testing.TestReport;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a demanding scholar checks in the notes and reference lists, built for real: Chicago's
 * short notes and "Ibid." (also in the author's own notes), its 3-em dash for a repeated author;
 * APA's initials for two first authors of one surname; IEEE's numbers kept by a narrative
 * citation; BibTeX fields read as pandoc reads them; the notes and the reference list in the
 * PDF's bookmarks and the EPUB's table of contents; "n.d." kept on one line; CJK titles upright.
 */
class CitationScholarBuildTest {

    static final String BIB = """
            @book{art, author={Smith, John}, title={The Art of Reporting}, publisher={Harbour Press}, address={London}, year={2002}}
            @book{craft, author={Smith, John}, title={The Craft of Editing}, publisher={Harbour Press}, address={London}, year={2005}}
            @book{anna, author={Smith, Anna}, title={Tides}, publisher={Q}, address={Paris}, year={2019}}
            @article{lee, author={Lee, Anna and Park, Min-jun}, title={Measuring Erosion}, journal={Journal of Coasts},
              volume={35}, number={4}, pages={812--829}, year={2019}}
            @phdthesis{geer, author={de Geer, Ingrid}, title={Earl, Saint, Bishop}, school={Uppsala Universitet}, year={1985}}
            @techreport{who, author={{World Health Organization}}, title={Water Safety}, institution={World Health Organization},
              number={42}, year={2021}}
            @misc{site, title={Tide Tables}, howpublished={\\url{https://example.org/tides_2020}}, note={Updated monthly}, year={2020}}
            @book{undated, author={Roe, Richard}, title={An Undated Pamphlet}, publisher={P}}
            @book{arabic, author={{الجابري، محمد عابد}}, title={نقد العقل العربي}, publisher={Dar}, address={Beirut}, year={1984}}
            @book{many, author={Doe, Jane and others}, title={Collected Papers}, publisher={P}, address={Oxford}, year={2010}}
            @book{oe, author={大江, 健三郎}, title={個人的な体験}, publisher={新潮社}, language={ja}, year={1964}}
            """;

    @TempDir
    static Path dir;

    static Path chicagoPdf;
    static Path chicagoEpub;
    static Path apaPdf;
    static Path apaEpub;
    static Path ieeePdf;

    @BeforeAll
    static void build() throws Exception {
        List<Path> chicago = build("chicago", "chicago-notes-bibliography-16th-edition", """
                ## Sources

                First [@art, p. 33]. Second.[^a] Third [@art, chap. 2]. Fourth [@lee, 5].[^b] Fifth [@craft]. Sixth [@geer].
                Seventh [@undated]. Eighth [@oe]. Ninth [@arabic]. Tenth [@many].

                [^a]: [@art, p. 34]. The author's own note, opened by a citation.
                [^b]: As shown in [@lee, 6], and again.
                """, "pdf", "epub");
        chicagoPdf = pick(chicago, ".pdf");
        chicagoEpub = pick(chicago, ".epub");
        List<Path> apa = build("apa", "apa", """
                ## Sources

                One [@art]. Two [@anna]. Three [@lee, p. 5]. Four [@geer]. Five [@who]. Six [@site]. Seven [@undated].
                As @anna says, tides turn. Eight [@oe]. Nine [@craft; @lee; @art]. Ten [@many].
                """, "pdf", "epub");
        apaPdf = pick(apa, ".pdf");
        apaEpub = pick(apa, ".epub");
        ieeePdf = pick(build("ieee", "ieee", "One [@art]. Two [@lee]. As @art shows, and @lee [p. 5] agrees.\n", "pdf"), ".pdf");
    }

    private static List<Path> build(String name, String style, String body, String... formats) throws Exception {
        return TestReport.citing(dir, name, style).title("Scholar").body(body + "\n").file("references.bib", BIB).build(formats).outputs();
    }

    /** Chicago Manual, 16th ed., 14.14 and 14.29: "Pollan, Omnivore's Dilemma, 3." and "Ibid., 34." */
    @Test
    void chicagoShortNotesAndIbidAsTheManualSetsThem() throws Exception {
        String text = text(chicagoPdf);
        assertAll(
                () -> assertContains(text, "1. John Smith, The Art of Reporting (London: Harbour Press, 2002), 33."),
                // the citation opening the author's own note is "Ibid." with its capital
                () -> assertContains(text, "2. Ibid., 34. The author’s own note, opened by a citation."),
                // another locator of the same source: "Ibid." with the locator, its term kept
                () -> assertContains(text, "3. Ibid., chap. 2."),
                // inside the note's sentence: lower case, and the sentence's comma after the page
                () -> assertContains(text, "5. As shown in ibid., 6, and again."),
                () -> assertFalse(text.contains("6., and"), "no full stop before the sentence's comma"),
                () -> assertFalse(text.contains("Reporting, 2002"), "no year in a short note"));
    }

    /** BibTeX's "and others": the style's "et al.", in the notes as in the reference list. */
    @Test
    void andOthersIsEtAlInEachStyle() throws Exception {
        String chicago = text(chicagoPdf);
        String apa = text(apaPdf);
        assertAll(
                () -> assertContains(chicago, "11. Jane Doe et al., Collected Papers (Oxford: P, 2010)."),
                () -> assertContains(chicago, "Doe, Jane, et al. Collected Papers. Oxford: P, 2010."),
                () -> assertContains(apa, "Ten (Doe et al., 2010)."),
                () -> assertContains(apa, "Doe, J., et al. (2010). Collected Papers. P."),
                () -> assertFalse(chicago.contains("others") || apa.contains("others"), "no person named others"));
    }

    @Test
    void chicagoBibliographyPutsA3EmDashForTheSameAuthor() throws Exception {
        String text = text(chicagoPdf);
        assertContains(text, "Smith, John. The Art of Reporting. London: Harbour Press, 2002.");
        assertContains(text, "———. The Craft of Editing. London: Harbour Press, 2005.");
        // Chicago demotes the particle (demote-non-dropping-particle="display-and-sort"): under G
        assertContains(text, "Geer, Ingrid de. “Earl, Saint, Bishop.” PhD thesis, Uppsala Universitet, 1985.");
        assertContains(text, "Roe, Richard. An Undated Pamphlet. P, n.d. ");
        assertFalse(text.contains("n.d.."), "one full stop after n.d.");
    }

    @Test
    void apaCitesTwoFirstAuthorsOfOneSurnameWithInitials() throws Exception {
        String text = text(apaPdf);
        assertAll(
                () -> assertContains(text, "One (J. Smith, 2002)."),
                () -> assertContains(text, "Two (A. Smith, 2019)."),
                () -> assertContains(text, "As A. Smith (2019) says"),
                // CSL collapse="year": one author's sources in one citation name the author once
                () -> assertContains(text, "Nine (Lee & Park, 2019; J. Smith, 2002, 2005)."),
                // the reference list keeps the names as they are
                () -> assertContains(text, "Smith, A. (2019). Tides. Q."),
                // (the title as the BibTeX file has it: pandoc's sentence-casing of English titles is not done yet)
                () -> assertContains(text, "Smith, J. (2002). The Art of Reporting"));
    }

    @Test
    void bibtexFieldsAreReadAsPandocReadsThem() throws Exception {
        String text = text(apaPdf);
        assertAll(
                // an article's number is its issue
                () -> assertContains(text, "Journal of Coasts, 35(4), 812–829."),
                () -> assertContains(text, "de Geer, I. (1985). Earl, Saint, Bishop [PhD thesis]. Uppsala Universitet."),
                // a report: its number and its institution (no genre: pandoc gives none without a type field)
                () -> assertContains(text, "World Health Organization. (2021). Water Safety (No. 42). World Health Organization."),
                // \\url{...} in howpublished is the address, and the note is kept
                () -> assertContains(text, "https://example.org/tides_2020"),
                () -> assertFalse(text.contains("\\url") || text.contains("url{"), text));
        assertFalse(text.contains("J. Smith. (2002)"), "the initials are the citation's, not the reference list's");
    }

    @Test
    void ieeeNarrativeCitationsKeepTheirEntrysNumber() throws Exception {
        String text = text(ieeePdf);
        assertContains(text, "One [1]. Two [2]. As Smith [1] shows, and Lee and Park [2, p. 5] agrees.");
        assertFalse(text.contains("[3]"), "no third number for two sources: " + text);
    }

    @Test
    void theNotesAndTheReferenceListAreInTheBookmarksAndTheTableOfContents() throws Exception {
        List<String> bookmarks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(chicagoPdf.toFile())) {
            collect(doc.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
        }
        // the PDF sets its notes at the page foot (no heading of their own, so no bookmark), the EPUB as endnotes
        assertTrue(bookmarks.containsAll(List.of("Sources", "Bibliography")) && !bookmarks.contains("Notes"), bookmarks.toString());
        String nav = entry(apaEpub, "OEBPS/nav.xhtml");
        assertTrue(nav.contains("<a href=\"article.xhtml#section_bibliography\">References</a>"), nav);
        assertTrue(entry(chicagoEpub, "OEBPS/nav.xhtml").contains(">Notes</a>"), "the EPUB's endnotes in its table of contents");
        for (Path epub : List.of(chicagoEpub, apaEpub)) {
            List<CheckMessage> findings = new EpubVerifier().check(epub);
            assertEquals(List.of(), findings, epub + ": EPUBCheck findings");
        }
    }

    @Test
    void noDateStaysOnOneLineAndCjkTitlesStayUpright() throws Exception {
        String apa = article(apaEpub);
        assertContains(apa, "(<a href=\"#ref-undated\" class=\"citation\">Roe, <span class=\"nobreak\">n.d.</span></a>)");
        assertContains(apa, "<i><span lang=\"ja\" class=\"cjk\">個人的な体験</span></i>");
        String css = entry(apaEpub, "OEBPS/styles/epub.css");
        assertTrue(css.contains(".nobreak { white-space: nowrap; }") && css.contains("i .cjk, em .cjk { font-style: normal; }"), css);
        // in the PDF the title is set in an upright face, the Latin title beside it in an italic one
        List<String> cjk = CitationFaultsBuildTest.fontsOf(apaPdf, "個人的な体験");
        List<String> latin = CitationFaultsBuildTest.fontsOf(apaPdf, "An Undated Pamphlet");
        assertFalse(cjk.isEmpty() || latin.isEmpty(), cjk + " " + latin);
        assertTrue(latin.stream().allMatch(f -> f.toLowerCase().contains("italic")), latin.toString());
        assertTrue(cjk.stream().noneMatch(f -> f.toLowerCase().contains("italic")), cjk.toString());
        assertContains(text(apaPdf), "Roe, R. (n.d.). An Undated Pamphlet. P.");
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
        for (PDOutlineItem item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    private static String entry(Path epub, String name) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
