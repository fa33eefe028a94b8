package org.imprint.cite;

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
import org.apache.pdfbox.text.PDFTextStripper;
import org.imprint.PdfProfile;
import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults a hostile tester found in issue 15's citations, each built for real from a
 * bibliography as reference managers export them: LaTeX in BibTeX fields, CSL JSON rich text,
 * notes called from headings and quotations, doubled full stops, Arabic and Hebrew sources in an
 * English report, crossref, {@code \@} and e-mail addresses, {@code [-@key]} in a note style.
 */
class CitationFaultsBuildTest {

    static final String BIB = """
            @comment{Exported by a reference manager}
            @string{cup = {Cambridge University Press}}
            @article{latex,
              author = {M{\\"{o}}ller, J{\\"u}rgen and Ren\\'e Dupont and Stra{\\ss}e, Karl},
              title = {On \\emph{Drosophila} and {CRISPR} in the {{United Nations}}: \\textbf{bold} steps for $H_2O$ \\& $x^2$ --- really -- yes~ok},
              journal = {Journal of \\textit{Things}},
              volume = {3},
              pages = {1--10},
              year = {2020}
            }
            @book{parent,
              editor = {Brown, Peter},
              title = {The Big Book},
              publisher = cup,
              address = {Cambridge},
              year = {2015}
            }
            @incollection{child,
              author = {Child, Anne},
              title = {A Chapter},
              crossref = {parent},
              pages = {3--9}
            }
            @unpublished{memo,
              author = {Doe, Ann},
              title = {A Plain Memo},
              note = {Typescript},
              year = {2001}
            }
            @book{why,
              author = {Na{\\"\\i}ve, Zo{\\"e}},
              title = {\\emph{Why?}},
              publisher = {P},
              year = {2001}
            }
            @book{arabic,
              author = {{الجابري، محمد عابد}},
              title = {نقد العقل العربي},
              publisher = {Dar},
              address = {Beirut},
              year = {1984}
            }
            """;

    static final String BODY = """
            ## A heading [@memo]

            First [@latex]. Then a crossref [@child].

            > A quotation [@memo, p. 4].

            Write to name@example.org, first-name@example.org or see \\@handle and `code \\@x`.

            The abbreviation ends it, etc. [@parent].[^own]

            Arab thought [@arabic, p. 12], then more.

            As @child says, and the point is old [-@parent, p. 7].

            Asked [@why].

            [^own]: A note citing [@child].
            """;

    @TempDir
    static Path dir;

    static Path chicagoPdf;
    static Path chicagoEpub;
    static Path apaPdf;
    static Path apaEpub;

    @BeforeAll
    static void build() throws Exception {
        List<Path> built = faults("chicago", "citation_style: chicago-notes-bibliography-16th-edition").build().outputs();
        chicagoPdf = pick(built, ".pdf");
        chicagoEpub = pick(built, ".epub");
        built = faults("apa", "citation_style: apa").build().outputs();
        apaPdf = pick(built, ".pdf");
        apaEpub = pick(built, ".epub");
    }

    /** A report in {@code dir/name} by Jane Doe, built into {@code dir/out-name}. */
    static TestReport report(String name, String title) {
        return TestReport.at(dir.resolve(name)).out(dir.resolve("out-" + name)).title(title).date("2026-03-02").author("Jane Doe");
    }

    /** The faults' report citing {@link #BIB} with the front-matter line {@code style}. */
    static TestReport faults(String name, String style) {
        return report(name, "Faults").bibliography("references.bib").frontMatter(style).body(BODY).file("references.bib", BIB);
    }

    @Test
    void latexInBibTeXFieldsIsTextWithRealItalicsAndProtectedCase() throws Exception {
        String chicago = text(chicagoPdf);
        String apa = text(apaPdf);
        assertAll(
                // Chicago title-cases the title: "Bold" and "Steps", but CRISPR and "United Nations" kept
                // (sub- and superscripts stand apart in the PDF's text: the e-book's markup shows them)
                () -> assertContains(chicago, "Möller, Jürgen, René Dupont, and Karl Straße. “On Drosophila and CRISPR in the "
                        + "United Nations: Bold Steps for H"),
                () -> assertContains(chicago, "— Really – Yes\u00A0Ok.” Journal of Things 3 (2020): 1–10."),
                () -> assertContains(apa, "Möller, J., Dupont, R., & Straße, K. (2020). On Drosophila and CRISPR in the United "
                        + "Nations: bold steps for H"),
                () -> assertContains(apa, "— really – yes\u00A0ok. Journal of Things, 3, 1–10."),
                // no full stop after the question mark that ends an italic title
                () -> assertContains(apa, "Naïve, Z. (2001). Why? P."),
                () -> assertNoMarkup(chicago), () -> assertNoMarkup(apa));
        // italics in an italic journal title are set upright in the PDF
        assertEquals(fontsOf(chicagoPdf, "Then a crossref"), fontsOf(chicagoPdf, "Journal of Things").subList(1, 2));
        String xhtml = article(chicagoEpub);
        assertContains(xhtml, "“On <i>Drosophila</i> and CRISPR in the United Nations: <b>Bold</b> Steps for H<sub>2</sub>O &amp; "
                + "x<sup>2</sup> — Really – Yes&#xa0;Ok.” <i>Journal of <span class=\"normal\">Things</span></i>");
    }

    @Test
    void aCrossrefInheritsTheBooksFields() throws Exception {
        assertContains(text(chicagoPdf), "Child, Anne. “A Chapter.” In The Big Book, edited by Peter Brown, 3–9. Cambridge: "
                + "Cambridge University Press, 2015.");
        assertContains(text(apaPdf), "Child, A. (2015). A Chapter. In P. Brown (Ed.), The Big Book (pp. 3–9). Cambridge University Press.");
    }

    @Test
    void notesArePlainTextWhereverTheyAreCalled() throws Exception {
        // the PDF for print sets the notes at the page foot, where they stand at their calls
        Path print = faults("print", "citation_style: chicago-notes-bibliography-16th-edition")
                .build(request -> request.profile(PdfProfile.PRINT), "pdf").pdf();
        List<String> heading = fontsOf(print, "Ann Doe, “A Plain Memo”");
        List<String> quotation = fontsOf(print, "Doe, “A Plain Memo,” 4");
        List<String> body = fontsOf(print, "Then a crossref");
        assertFalse(heading.isEmpty(), "the note is in the PDF");
        assertEquals(body, heading, "the note called from the heading is set in the body's regular face");
        assertEquals(body, quotation, "the note called from the quotation is set in the body's regular face");
    }

    @Test
    void aFullStopIsNeverDoubled() throws Exception {
        String chicago = text(chicagoPdf);
        String apa = text(apaPdf);
        assertAll(
                () -> assertContains(chicago, "The abbreviation ends it, etc.5"),
                // a note's own citation: its final full stop is the note's
                () -> assertContains(chicago, "6. A note citing Child, “A Chapter.”"),
                () -> assertContains(apa, "A note citing (Child, 2015)."),
                () -> assertFalse(chicago.contains(".."), chicago),
                () -> assertFalse(apa.contains(".."), apa));
    }

    @Test
    void suppressAuthorInANoteStyleDropsTheNames() throws Exception {
        String chicago = text(chicagoPdf);
        // cited in note 5: a short note, as citeproc-js gives it (the copy without its authors had a first position of its own)
        assertContains(chicago, "9. The Big Book, 7.");
        String apa = text(apaPdf);
        assertContains(apa, "the point is old (2015, p. 7).");
        // a narrative @key names the authors in the sentence, the year after them
        assertContains(apa, "As Child (2015) says");
    }

    @Test
    void escapedHandlesAndEmailAddressesAreNoCitations() throws Exception {
        String chicago = text(chicagoPdf);
        assertContains(chicago, "Write to name@example.org, first-name@example.org or see @handle and code \\@x.");
    }

    @Test
    void rightToLeftSourcesInAnEnglishReportStayInPlace() throws Exception {
        // the lines as drawn, left to right, without spaces: the year and page follow the Arabic
        // name, the line reads left to right (PDFBox's text stripper reorders lines itself)
        String rtl = "[\\u0600-\\u06FF\\uFB50-\\uFEFF]+";
        assertAll(
                () -> assertMatches(line(apaPdf, "Arabthought"), "Arabthought\\(" + rtl + ",1984,p\\.12\\),thenmore\\."),
                () -> assertMatches(line(apaPdf, "(1984)"), rtl + "\\.\\(1984\\)\\." + rtl + "\\.Dar\\."),
                () -> assertMatches(line(chicagoPdf, "(Beirut:Dar,1984)"), "7\\." + rtl + "," + rtl + "\\(Beirut:Dar,1984\\),12\\.↑?"),
                () -> assertFalse(text(apaPdf).matches("(?s).*[\\u2066-\\u2069].*"), "no isolate reaches the PDF's text"));
        String xhtml = article(apaEpub);
        assertContains(xhtml, "\u2067الجابري، محمد عابد\u2069, 1984, p. 12</a>)");
        assertContains(xhtml, "\u2067الجابري، محمد عابد\u2069. (1984).");
    }

    @Test
    void latinSourcesInAnArabicArticleReadLeftToRight() throws Exception {
        String bib = """
                @book{hobbes, author = {Hobbes, Thomas}, title = {Leviathan}, editor = {Tuck, Richard},
                  publisher = {Cambridge University Press}, address = {Cambridge}, year = {1996}}
                @book{taha, author = {حسين, طه}, title = {في الشعر الجاهلي}, publisher = {دار الكتب}, address = {القاهرة}, year = {1926}}
                """;
        var built = report("arabic", "الحرب والسلام").language("ar").bibliography("a.bib").file("a.bib", bib)
                .body("يقول طه حسين ذلك [@taha، ص 45]. ويقول هوبز شيئاً آخر [@hobbes, 12].\n").build();
        String rtl = "[\\u0600-\\u06FF\\uFB50-\\uFEFF]+";
        String xhtml = article(built.epub());
        assertAll(
                // the lines as drawn, left to right: the Latin note and entry start at the left with
                // their first word and end with their full stop, the note's number on the article's
                // side, drawn as the article's numbers (NoteNumberSides); the Arabic ones stay right to left
                () -> assertMatches(line(built.pdf(), "ThomasHobbes"), "ThomasHobbes,Leviathan,.*\\(Cambridge:CambridgeUniversityPress,1996\\),12\\.\\.2"),
                () -> assertMatches(line(built.pdf(), "Hobbes,Thomas"), "Hobbes,Thomas\\.Leviathan\\..*Cambridge:CambridgeUniversityPress,1996\\."),
                () -> assertMatches(line(built.pdf(), "1926"), "\\.1926," + rtl + ":" + rtl + ".*"),
                () -> assertContains(xhtml, "class=\"bibliography-entry\" dir=\"ltr\""),
                // besides the note calls, each an isolate left to right
                () -> assertEquals(1, xhtml.replace("class=\"note-ref\" dir=\"ltr\"", "").split("dir=\"ltr\"", -1).length - 2,
                        "the Latin note and entry only: " + xhtml),
                () -> assertEquals(List.of(), new EpubVerifier().check(built.epub()), "EPUBCheck findings"));
        for (var verdict : new PdfVerifier().check(built.pdf()).conformance()) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
    }

    private static void assertMatches(String actual, String regex) {
        assertTrue(actual.matches(regex), "\"" + actual + "\" does not match " + regex);
    }

    /** The line of the PDF that holds {@code marker}, its glyphs left to right, without spaces. */
    private static String line(Path pdf, String marker) throws Exception {
        java.util.Map<String, List<Glyph>> lines = new java.util.LinkedHashMap<>();
        for (Glyph g : PdfGlyphs.read(pdf)) {
            lines.computeIfAbsent(g.page() + ":" + Math.round(g.y()), k -> new ArrayList<>()).add(g);
        }
        for (List<Glyph> glyphs : lines.values()) {
            glyphs.sort(java.util.Comparator.comparingDouble(Glyph::x));
            String visual = PdfGlyphs.text(glyphs).replaceAll("\\s+", "");
            if (visual.contains(marker)) {
                return visual;
            }
        }
        return "(no line with " + marker + ")";
    }

    @Test
    void cslJsonRichTextIsHonouredAndAnyOtherMarkupIsText() throws Exception {
        List<Path> built = report("json", "Rich text").bibliography("references.json")
                .frontMatter("citation_style: chicago-notes-bibliography-16th-edition").body("""
                        A source [@rich], and another [@evil].
                        """).file("references.json", """
                [{"id": "rich", "type": "article-journal", "author": [{"family": "Lee", "given": "Anna"}],
                  "title": "The <i>E. coli</i> genome in <span class=\\"nocase\\">iPhone</span> apps: CO<sub>2</sub>, m<sup>2</sup> and <span style=\\"font-variant:small-caps;\\">Unesco</span> <b>now</b>",
                  "container-title": "Journal of Tests", "volume": "4", "page": "1-9", "issued": {"date-parts": [[2021]]}},
                 {"id": "evil", "type": "book", "author": [{"family": "Mallory", "given": "Eve"}],
                  "title": "<script>alert(1)</script> and <img src=x onerror=alert(2)> and <a href=\\"javascript:x\\">link</a> & more",
                  "publisher": "Press", "issued": {"date-parts": [[2020]]}}]
                """).build().outputs();
        String xhtml = article(pick(built, ".epub"));
        String pdf = text(pick(built, ".pdf"));
        assertAll(
                // title case leaves the protected "iPhone" alone; italics, sub- and superscripts, small capitals are markup
                () -> assertContains(xhtml, "“The <i>E. Coli</i> Genome in iPhone Apps: CO<sub>2</sub>, M<sup>2</sup> and "
                        + "<span class=\"small-caps\">Unesco</span> <b>Now</b>,”"),
                // (Chicago title-cases a book's title, markup-like words too: they are words)
                () -> assertContains(xhtml, "<i>&lt;Script&gt;Alert(1)&lt;/Script&gt; and &lt;Img Src=X Onerror=Alert(2)&gt; and "
                        + "&lt;a Href=“Javascript:X”&gt;Link&lt;/a&gt; &amp; More</i>"),
                () -> assertFalse(xhtml.toLowerCase(java.util.Locale.ROOT).matches("(?s).*<(script|img|a href=\"javascript).*"), xhtml),
                () -> assertContains(pdf, "Genome in iPhone Apps: CO"),
                () -> assertContains(pdf, "<Script>Alert(1)</Script> and <Img Src=X Onerror=Alert(2)>"),
                () -> assertFalse(pdf.contains("<i>") || pdf.contains("nocase") || pdf.contains("small-caps"), pdf));
    }

    @Test
    void cslYamlAsPandocWritesItIsReadWithItsRichText() throws Exception {
        List<Path> built = report("yaml", "YAML").language(null).bibliography("references.yaml").frontMatter("citation_style: apa")
                .body("""
                        A source [@yam, p. 3].
                        """).file("references.yaml", """
                ---
                references:
                - id: yam
                  type: book
                  author:
                    - family: Lee
                      given: Anna
                  title: "The <i>Why?</i> of <span class=\\"nocase\\">eBay</span>"
                  publisher: Press
                  volume: 2
                  issued: 2001-03
                ...
                """).build().outputs();
        assertContains(text(pick(built, ".pdf")), "A source (Lee, 2001, p. 3).");
        assertContains(article(pick(built, ".epub")), "Lee, A. (2001). <i>The <span class=\"normal\">Why</span>? of eBay</i> (Vol. 2). Press.");
    }

    @Test
    void veraPdfAndEpubCheckPass() throws Exception {
        for (Path pdf : List.of(chicagoPdf, apaPdf)) {
            for (var verdict : new PdfVerifier().check(pdf).conformance()) {
                assertEquals(List.of(), verdict.failures(), pdf + " " + verdict.standard());
                assertTrue(verdict.compliant(), pdf + " " + verdict.standard());
            }
        }
        for (Path epub : List.of(chicagoEpub, apaEpub)) {
            List<CheckMessage> findings = new EpubVerifier().check(epub);
            assertEquals(List.of(), findings, epub + ": EPUBCheck findings");
        }
    }

    @Test
    void doisAndUrlsWithCharactersAUriMayNotHoldAreLinkedPercentEncoded() throws Exception {
        List<Path> built = report("links", "Links").bibliography("[references.bib, more.json]")
                .frontMatter("citation_style: chicago-notes-bibliography-16th-edition").body("""
                        A SICI DOI [@sici]. A quoted URL [@quoted]. A DOI as a web address [@resolver].
                        """).file("references.bib", """
                @article{sici,
                  author = {Doe, Jane},
                  title = {Water Markets},
                  journaltitle = {Journal of Water Policy},
                  date = {2020},
                  doi = {10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O}
                }
                """).file("more.json", """
                [{"id":"quoted","type":"webpage","title":"Quoted","author":[{"family":"Z","given":"Zoe"}],
                  "URL":"https://e.org/\\"q\\" x","issued":{"date-parts":[[2021]]}},
                 {"id":"resolver","type":"article-journal","title":"Resolved","author":[{"family":"Q","given":"Rob"}],
                  "DOI":"https://doi.org/10.1000/abc","container-title":"J","issued":{"date-parts":[[2020]]}}]
                """).build().outputs();
        Path pdf = pick(built, ".pdf");
        Path epub = pick(built, ".epub");
        assertEquals(List.of(), new EpubVerifier().check(epub), "EPUBCheck findings");
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        String text = text(pdf);
        assertAll(
                () -> assertTrue(uris.contains("https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O"),
                        uris.toString()),
                () -> assertTrue(uris.contains("https://e.org/%22q%22%20x"), uris.toString()),
                // the printed text stays as written
                () -> assertContains(text, "(SICI)1097-4571(199806)49:8<693::"),
                () -> assertContains(text, "doi:10.1000/abc"),
                () -> assertFalse(text.contains("doi:https"), text));
    }

    static final String SOURCES_BIB = """
            @book{a1, author={Doe, Jane}, title={First Book}, publisher={P}, address={London}, year={2001}}
            @book{b1, author={Roe, Richard}, title={Other Book}, publisher={Q}, address={Paris}, year={2002}}
            """;

    /** A report of one paragraph citing {@code bib}'s sources, built in {@code style}; its PDF's text. */
    private static String built(String name, String style, String bib, String paragraph) throws Exception {
        return text(report(name, "Sources").bibliography("references.bib").frontMatter("citation_style: " + style)
                .body(paragraph + "\n").file("references.bib", bib).build().pdf());
    }

    @Test
    void noIbidAfterANoteCitingSeveralSourcesAndIbidKeepsItsFullStopInOne() throws Exception {
        String text = built("ibid", "chicago-notes-bibliography-16th-edition", SOURCES_BIB,
                "One [@a1, 10; @b1, 20]. Two [@b1, 20]. Three [@a1, 5]. Four [@a1, 5; @b1]. Five [@b1]. Six [@b1, 3]. Seven [@b1]. Eight [@b1; @a1].");
        assertAll(
                // both sources are cited in full the first time, even the second of a note
                () -> assertContains(text, "1. Jane Doe, First Book (London: P, 2001), 10; Richard Roe, Other Book (Paris: Q, 2002), 20."),
                // CSL: "Ibid." only after a note citing that one source
                () -> assertContains(text, "2. Roe, Other Book, 20."),
                () -> assertContains(text, "3. Doe, First Book, 5."),
                // the same page as the note before: "Ibid." alone (CMOS 14.34)
                () -> assertContains(text, "4. Ibid.; Roe, Other Book."),
                () -> assertContains(text, "5. Roe, Other Book."),
                () -> assertContains(text, "6. Ibid., 3."),
                // no "Ibid." for the whole book right after a page of it
                () -> assertContains(text, "7. Roe, Other Book."),
                // "Ibid." keeps its full stop before the next source
                () -> assertContains(text, "8. Ibid.; Doe, First Book."));
    }

    @Test
    void sourcesBySameAuthorsInOneYearAreToldApartByALetter() throws Exception {
        String text = built("year-suffix", "apa", """
                @book{same2, author={Smith, Ann}, title={Beta}, publisher={P}, year={2020}}
                @book{same1, author={Smith, Ann}, title={Alpha}, publisher={P}, year={2020}}
                @book{other, author={Smith, Ann}, title={Gamma}, publisher={P}, year={2021}}
                """, "One [@same1; @same2]. Two [@same2]. Three [@other].");
        assertAll(
                // CSL collapse="year": the author named once
                () -> assertContains(text, "One (Smith, 2020a, 2020b). Two (Smith, 2020b). Three (Smith, 2021)."),
                () -> assertContains(text, "Smith, A. (2020a). Alpha. P."),
                () -> assertContains(text, "Smith, A. (2020b). Beta. P."),
                () -> assertContains(text, "Smith, A. (2021). Gamma. P."));
    }

    @Test
    void yearLettersFollowTheTitlesInTheArticlesCollation() throws Exception {
        String text = built("year-suffix-collation", "apa", """
                @book{z, author={Smith, Ann}, title={Zebra}, publisher={P}, year={2020}}
                @book{e, author={Smith, Ann}, title={\\'{E}conomie}, publisher={P}, year={2020}}
                """, "One [@z]. Two [@e].");
        assertAll(
                // a comparison of code points puts "É" after "Z"
                () -> assertContains(text, "One (Smith, 2020b). Two (Smith, 2020a)."),
                () -> assertContains(text, "Smith, A. (2020a). Économie. P."),
                () -> assertContains(text, "Smith, A. (2020b). Zebra. P."));
    }

    @Test
    void apaNamesTheFirstNineteenAnEllipsisAndTheLastOfTwentyOneOrMore() throws Exception {
        StringBuilder names = new StringBuilder();
        for (char c = 'A'; c < 'A' + 22; c++) {
            names.append(names.length() == 0 ? "" : " and ").append("Author").append(c).append(", A.");
        }
        StringBuilder twenty = new StringBuilder();
        for (char c = 'A'; c < 'A' + 20; c++) {
            twenty.append(twenty.length() == 0 ? "" : " and ").append("Writer").append(c).append(", B.");
        }
        String text = built("apa-21", "apa", "@article{big, author={" + names + "}, title={Big Team Paper}, journal={J}, volume={1}, pages={1--2}, year={2020}}\n"
                + "@article{twenty, author={" + twenty + "}, title={Twenty}, journal={J}, volume={1}, pages={1--2}, year={2019}}\n",
                "Big [@big]. Twenty [@twenty].");
        assertAll(
                () -> assertContains(text, "Big (AuthorA et al., 2020). Twenty (WriterA et al., 2019)."),
                () -> assertContains(text, "AuthorR, A., AuthorS, A., … AuthorV, A. (2020). Big Team Paper."),
                () -> assertFalse(text.contains("AuthorT"), text),
                () -> assertFalse(text.contains("AuthorU"), text),
                // twenty names are all named, "&" before the last
                () -> assertContains(text, "WriterS, B., & WriterT, B. (2019). Twenty."),
                () -> assertFalse(text.contains("AuthorS, A., et al."), text),
                () -> assertFalse(text.contains("\uE031"), text));
    }

    @Test
    void andOthersIsNoPersonAndCjkNamesAreFamilyNameFirstWithoutASpace() throws Exception {
        String bib = """
                @book{etal, author={Ängström, Karl and others}, title={Survey}, publisher={P}, year={2018}}
                @book{cjk, author={张, 伟 and 李, 娜}, title={中国的河流}, publisher={P}, year={2015}}
                @book{oe, author={大江, 健三郎}, title={River}, publisher={P}, year={2001}}
                @book{kim, author={김, 민준}, title={Gang}, publisher={P}, year={2019}}
                """;
        String chicago = built("names-chicago", "chicago-notes-bibliography-16th-edition", bib, "One [@etal]. Two [@cjk]. Three [@oe; @kim].");
        String apa = built("names-apa", "apa", bib, "One [@etal]. Two [@cjk]. Three [@oe; @kim].");
        assertAll(
                () -> assertFalse(chicago.contains("others"), chicago),
                () -> assertFalse(apa.contains("others"), apa),
                () -> assertContains(chicago, "2. 张伟 and 李娜, 中国的河流 (P, 2015)."),
                () -> assertContains(chicago, "3. 大江健三郎, River (P, 2001); 김민준, Gang (P, 2019)."),
                () -> assertContains(chicago, "张伟, and 李娜. 中国的河流. P, 2015."),
                // in Unicode's collation (CitationCollationBuildTest) Hangul comes before Han; a short
                // form is the family name, as citeproc-js cites a CSL JSON name (CitationCjkNamesBuildTest)
                () -> assertContains(apa, "Two (张 & 李, 2015). Three (김, 2019; 大江, 2001)."),
                () -> assertContains(apa, "大江健三郎. (2001). River. P."));
    }

    private static void assertNoMarkup(String text) {
        String body = text.substring(text.indexOf("First"));
        for (String bad : List.of("{", "}", "\\emph", "\\text", "$", "--", "~")) {
            assertFalse(body.replace("code \\@x", "").contains(bad), "\"" + bad + "\" in\n" + body);
        }
    }

    static void assertContains(String haystack, String needle) {
        int from = Math.max(0, haystack.indexOf("Faults Jane Doe ·"));
        assertTrue(haystack.contains(needle), "expected \"" + needle + "\" in\n" + haystack.substring(from));
    }

    static Path pick(List<Path> files, String suffix) {
        return files.stream().filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
    }

    /** The PDF's text, lines joined, runs of white space as one space. */
    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("-\\n(?=[a-z])", "-").replaceAll("\\s+", " ");
        }
    }

    /** The fonts the letters of a passage of the PDF are set in, in order, without repeats. */
    static List<String> fontsOf(Path pdf, String passage) throws Exception {
        List<Glyph> all = PdfGlyphs.read(pdf);
        StringBuilder chars = new StringBuilder();
        all.forEach(p -> chars.append(p.text().isEmpty() ? " " : p.text().substring(0, 1)));
        int at = chars.indexOf(passage.replace(" ", ""));
        String joined = chars.toString();
        // positions carry no spaces: look the passage up without them
        StringBuilder letters = new StringBuilder();
        List<Glyph> kept = new ArrayList<>();
        for (int i = 0; i < joined.length(); i++) {
            if (joined.charAt(i) != ' ') {
                letters.append(joined.charAt(i));
                kept.add(all.get(i));
            }
        }
        at = letters.indexOf(passage.replace(" ", ""));
        List<String> fonts = new ArrayList<>();
        if (at < 0) {
            return fonts;
        }
        for (int i = at; i < at + passage.replace(" ", "").length(); i++) {
            String font = kept.get(i).baseFont();
            if (!Character.isLetter(letters.charAt(i))) {
                continue;
            }
            if (fonts.isEmpty() || !fonts.get(fonts.size() - 1).equals(font)) {
                fonts.add(font);
            }
        }
        return fonts;
    }

    static String article(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
