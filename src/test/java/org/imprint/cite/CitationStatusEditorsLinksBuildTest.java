package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of issue 15 that printed wrong text with exit 0: a book's editor named twice by
 * Chicago; a status standing as the date joined to its year letter with APA's hyphen in every
 * style ("in press-a" beside Harvard's "no date a"); "in press" in English in a Malay, Indonesian,
 * Turkish or Hebrew article; APA's chapter editor "(Editor)" for "(Ed.)"; a CSL JSON or YAML
 * literal date "n.d." or "in press" printed as written; the brackets of a citation of several
 * sources inside its first and last source's links.
 */
class CitationStatusEditorsLinksBuildTest {

    private static final String SERIES = """
            @book{novak, author={Novak, Anna}, title={Series Book}, series={Studies in Things}, volume={4}, editor={Carr, C.}, publisher={Pub}, address={London}, year={2020}}
            """;
    private static final String STATUSES = """
            @book{p1, author={Novak, Anna}, title={Alpha}, publisher={Pub}, year={in press}}
            @book{p2, author={Novak, Anna}, title={Beta}, publisher={Pub}, year={in press}}
            @book{u1, author={Novak, Anna}, title={Gamma}, publisher={Pub}}
            @book{u2, author={Novak, Anna}, title={Delta}, publisher={Pub}}
            @book{f1, author={Lee, Bo}, title={Epsilon}, publisher={Pub}, year={forthcoming}}
            """;
    private static final String CHAPTERS = """
            @incollection{ch, author={Novak, Anna}, title={A Chapter}, booktitle={The Book}, editor={Carr, C.}, publisher={Pub}, pages={1--10}, year={2020}}
            @incollection{ch2, author={Lee, Bo}, title={Other Chapter}, booktitle={The Book Two}, editor={Carr, C. and Dunn, D.}, publisher={Pub}, pages={1--10}, year={2021}}
            """;
    private static final String JSON = """
            [{"id":"cj","type":"chapter","author":[{"family":"Kay","given":"Ann"}],"title":"A Chapter","container-title":"The Book","editor":[{"family":"Carr","given":"C."}],"publisher":"Pub","page":"1-10","issued":{"date-parts":[[2020]]}},
             {"id":"nd","type":"book","author":[{"family":"Ode","given":"Al"}],"title":"Undated","publisher":"Pub","issued":{"literal":"n.d."}},
             {"id":"none","type":"book","author":[{"family":"Ode","given":"Al"}],"title":"Dateless","publisher":"Pub"},
             {"id":"ip","type":"book","author":[{"family":"Pax","given":"Al"}],"title":"Pressed","publisher":"Pub","issued":{"literal":"in press"}},
             {"id":"sd","type":"book","author":[{"family":"Roe","given":"Al"}],"title":"Sans date","publisher":"Pub","issued":{"literal":"s.d."}}]
            """;
    private static final String YAML = """
            references:
              - id: fc
                type: book
                author:
                  - family: Pax
                    given: Al
                title: Coming
                publisher: Pub
                issued:
                  literal: forthcoming
              - id: nd
                type: book
                author:
                  - family: Ode
                    given: Al
                title: Undated
                publisher: Pub
                issued:
                  literal: no date
            """;
    private static final String TWO = """
            @book{lee, author={Lee, Bo}, title={Beta}, publisher={Pub}, year={2019}}
            @book{novak, author={Novak, Anna}, title={Alpha}, publisher={Pub}, year={2020}}
            """;

    @TempDir
    Path dir;

    private TestReport report(String name, String language, String style, String file, String bib, String body) {
        return TestReport.citing(dir, name, style).title("Status").language(language).bibliography(file).body(body).file(file, bib);
    }

    private String text(String name, String language, String style, String bib, String body) throws Exception {
        return CitationLocaleTermsBuildTest.text(report(name, language, style, "references.bib", bib, body).build("epub").epub());
    }

    /**
     * A BibTeX book's editor, which citeproc-java's converter copies as its series editor too:
     * Chicago named it twice, "Series Book, ed. C. Carr, vol. 4, ed. C. Carr"; APA and IEEE as
     * their CSL says (IEEE's book prints the volume with the title and again with the series, and
     * no editor: ieee.csl's "locators" and "collection" macros both print the volume).
     */
    @Test
    void aBooksEditorIsNamedOnceAndIeeeAsItsCslSays() throws Exception {
        String chicago = text("chi", "en", "chicago-notes-bibliography", SERIES, "Text [@novak].\n");
        String apa = text("apa", "en", "apa", SERIES, "Text [@novak].\n");
        String ieee = text("ieee", "en", "ieee", SERIES, "Text [@novak].\n");
        assertAll(
                () -> assertTrue(chicago.contains("Anna Novak, Series Book, vol. 4, ed. C. Carr, Studies in Things (Pub, 2020)."), chicago),
                () -> assertTrue(chicago.contains("Novak, Anna. Series Book. Vol. 4, edited by C. Carr. Studies in Things. Pub, 2020."), chicago),
                () -> assertFalse(chicago.contains("ed. C. Carr, vol. 4"), chicago),
                () -> assertTrue(apa.contains("Novak, A. (2020). Series Book (C. Carr, Ed.; Vol. 4). Pub."), apa),
                () -> assertTrue(ieee.contains("A. Novak, Series Book, vol. 4. in Studies in Things, vol. 4. London: Pub, 2020."), ieee));
    }

    /**
     * A status standing as the date where the style prints none (Harvard) takes its year letter
     * as the style joins it to its own "no date": "in press a", as "no date a", where the hyphen
     * of APA's group delimiter was added in every style, "in press-a". APA prints the status
     * itself, with its hyphen.
     */
    @Test
    void aStatusTakesItsLetterAsTheStyleJoinsIt() throws Exception {
        String body = "A [@p1]. B [@p2]. C [@u1]. D [@u2].\n";
        String harvard = text("harvard", "en", "harvard-cite-them-right", STATUSES, body);
        String apa = text("apa-s", "en", "apa", STATUSES, body);
        assertAll(
                () -> assertTrue(harvard.contains("A (Novak, in press a). B (Novak, in press b)."), harvard),
                () -> assertTrue(harvard.contains("(Novak, no date a)"), harvard),
                () -> assertTrue(harvard.contains("Novak, A. (in press a) Alpha."), harvard),
                () -> assertFalse(harvard.contains("in press-"), harvard),
                () -> assertTrue(apa.contains("A (Novak, in press-a). B (Novak, in press-b)."), apa),
                () -> assertTrue(apa.contains("(Novak, n.d.-a)"), apa));
    }

    /** A status that is a CSL term is printed in the article's language, as its CSL locale words it, in its case. */
    @Test
    void aStatusIsInTheArticlesLanguage() throws Exception {
        String body = "A [@p1]. B [@f1].\n";
        String ms = text("ms", "ms", "apa", STATUSES, body);
        String id = text("id", "id", "apa", STATUSES, body);
        String tr = text("tr", "tr", "harvard-cite-them-right", STATUSES, body);
        String he = text("he", "he", "apa", STATUSES, body);
        String en = text("en", "en", "apa", STATUSES, body);
        String de = text("de", "de", "apa", STATUSES, body);
        assertAll(
                () -> assertTrue(ms.contains("(Novak, dalam proses cetakan)") && ms.contains("(Lee, mendatang)"), ms),
                () -> assertTrue(id.contains("(Novak, dalam proses cetak)") && id.contains("(Lee, mendatang)"), id),
                () -> assertTrue(tr.contains("(Novak, basımda)") && tr.contains("(Lee, gelecek)"), tr),
                () -> assertTrue(he.contains("בדפוס") && !he.contains("in press"), he),
                () -> assertTrue(en.contains("(Novak, in press)") && en.contains("(Lee, forthcoming)"), en),
                // in the locale's case, though APA lowercases the status
                () -> assertTrue(de.contains("(Novak, im Druck)") && de.contains("(Lee, i. E.)"), de));
    }

    /**
     * APA substitutes a chapter's editor for its book's author with its own short label
     * ({@code <label form="short">}), which citeproc-java replaced by the author's long one.
     */
    @Test
    void aChaptersEditorTakesTheShortLabel() throws Exception {
        String en = text("apa-ch", "en", "apa", CHAPTERS, "A [@ch]. B [@ch2].\n");
        String fr = text("apa-ch-fr", "fr", "apa", CHAPTERS, "A [@ch]. B [@ch2].\n");
        String json = CitationLocaleTermsBuildTest.text(report("apa-cj", "en", "apa", "references.json", JSON, "A [@cj].\n")
                .build("epub").epub());
        assertAll(
                () -> assertTrue(en.contains("In C. Carr (Ed.), The Book (pp. 1–10). Pub."), en),
                () -> assertTrue(en.contains("In C. Carr & D. Dunn (Eds.), The Book Two"), en),
                () -> assertTrue(fr.contains("In C. Carr (Éd.), The Book") && fr.contains("(Éds.), The Book Two"), fr),
                () -> assertTrue(json.contains("In C. Carr (Ed.), The Book (pp. 1–10). Pub."), json));
    }

    /** CSL JSON's and CSL YAML's literal dates read as BibTeX's year: "n.d." is undated, "in press" a status. */
    @Test
    void aLiteralDateInWordsIsReadAsBibTeXsYear() throws Exception {
        String json = CitationLocaleTermsBuildTest.text(report("lit", "en", "apa", "references.json", JSON,
                "A [@nd; @none]. B [@ip]. C [@sd].\n").build("epub").epub());
        String yaml = CitationLocaleTermsBuildTest.text(report("lit-y", "en", "harvard-cite-them-right", "references.yaml", YAML,
                "A [@fc]. B [@nd].\n").build("epub").epub());
        assertAll(
                () -> assertTrue(json.contains("A (Ode, n.d.-a, n.d.-b)."), json),
                () -> assertTrue(json.contains("B (Pax, in press)."), json),
                () -> assertTrue(json.contains("C (Roe, n.d.)."), json),
                () -> assertFalse(json.contains("s.d."), json),
                () -> assertTrue(yaml.contains("A (Pax, forthcoming). B (Ode, no date)."), yaml));
    }

    private static final String WORDS = """
            [{"id":"sp","type":"book","author":[{"family":"Novak","given":"Ana"}],"title":"Spring Book","publisher":"P","issued":{"literal":"Spring"}},
             {"id":"an","type":"manuscript","author":[{"family":"Quill","given":"Dee"}],"title":"Old Scroll","issued":{"literal":"Antiquity"}},
             {"id":"qi","type":"book","author":[{"family":"Wang","given":"Wei"}],"title":"Qing Book","publisher":"P","issued":{"literal":"清代"}},
             {"id":"su","type":"book","author":[{"family":"Tran","given":"Gus"}],"title":"Raw Book","publisher":"P","issued":{"raw":"Summer"}},
             {"id":"dr","type":"book","author":[{"family":"Stern","given":"Fay"}],"title":"German Press","publisher":"P","issued":{"literal":"im Druck"}},
             {"id":"ip","type":"book","author":[{"family":"Stern","given":"Fay"}],"title":"English Press","publisher":"P","issued":{"literal":"in press"}}]
            """;

    /**
     * A literal date in words that are no known status ("Spring", "Antiquity", "清代") is a date,
     * printed as written: APA printed it lowercased as a status, "(Novak, spring)", and IEEE,
     * which prints a book's status nowhere, dropped it. A German article's literal "im Druck" is
     * the same status as "in press", "im Druck" both, not APA's lowercased "im druck".
     */
    @Test
    void aLiteralDateInOtherWordsIsPrintedAsWritten() throws Exception {
        String body = "A [@sp]. B [@an]. C [@qi]. D [@su]. E [@dr]. F [@ip].\n";
        String apa = CitationLocaleTermsBuildTest.text(report("w-apa", "en", "apa", "references.json", WORDS, body).build("epub").epub());
        String ieee = CitationLocaleTermsBuildTest.text(report("w-ieee", "en", "ieee", "references.json", WORDS, body).build("epub").epub());
        String de = CitationLocaleTermsBuildTest.text(report("w-de", "de", "apa", "references.json", WORDS, body).build("epub").epub());
        assertAll(
                () -> assertTrue(apa.contains("A (Novak, Spring). B (Quill, Antiquity). C (Wang, 清代). D (Tran, Summer)."), apa),
                () -> assertTrue(apa.contains("Novak, A. (Spring). Spring Book. P."), apa),
                () -> assertTrue(ieee.contains("A. Novak, Spring Book. P, Spring."), ieee),
                () -> assertTrue(ieee.contains("G. Tran, Raw Book. P, Summer."), ieee),
                () -> assertTrue(ieee.contains("Antiquity") && ieee.contains("清代"), ieee),
                () -> assertTrue(de.contains("E (Stern, im Druck-b). F (Stern, im Druck-a)."), de),
                () -> assertFalse(de.contains("im druck"), de));
    }

    private static final String BIB_WORDS = """
            @book{an, author = {Quill, Dee}, title = {Old Scroll}, publisher = {P}, year = {Antiquity}}
            @book{sp, author = {Fox, Ada}, title = {Spring Book}, publisher = {P}, year = {Spring 2020}}
            @book{ip, author = {Stern, Fay}, title = {Press Book}, publisher = {P}, year = {in press}}
            @book{nd, author = {Orr, Ida}, title = {Undated Book}, publisher = {P}, year = {n.d.}}
            """;

    /**
     * A BibTeX year in other words is a date printed as written, as in CSL JSON: "Antiquity"
     * printed "n.d." and "Spring 2020" a made-up "ca. 2020"; a status and an undated year are read as before.
     */
    @Test
    void aBibTeXYearInOtherWordsIsPrintedAsWritten() throws Exception {
        String apa = CitationLocaleTermsBuildTest.text(report("bw-apa", "en", "apa", "references.bib", BIB_WORDS,
                "A [@an]. B [@sp]. C [@ip]. D [@nd].\n").build("epub").epub());
        assertAll(
                () -> assertTrue(apa.contains("A (Quill, Antiquity). B (Fox, Spring 2020). C (Stern, in press). D (Orr, n.d.)."), apa),
                () -> assertFalse(apa.contains("ca. 2020"), apa));
    }

    private static final String PRESS = """
            [{"id":"bk","type":"book","author":[{"family":"Novak","given":"Ana"}],"title":"Press Book","publisher":"P","issued":{"literal":"in press"}},
             {"id":"ar","type":"article-journal","author":[{"family":"Lee","given":"Min"}],"title":"Press Article","container-title":"J","status":"in press"}]
            """;

    /**
     * IEEE prints an article's status but never a book's: a book in press lost its status and
     * showed no date ("A. Novak, Press Book. P."). It now takes the status as its date; the article
     * keeps the status IEEE prints for it, once.
     */
    @Test
    void aStyleThatPrintsSomeKindsStatusDatesTheOthersByIt() throws Exception {
        String ieee = CitationLocaleTermsBuildTest.text(report("p-ieee", "en", "ieee", "references.json", PRESS, "A [@bk]. B [@ar].\n")
                .build("epub").epub());
        assertAll(
                () -> assertTrue(ieee.contains("A. Novak, Press Book. P, in press."), ieee),
                () -> assertEquals(2, ieee.split("(?i)in press", -1).length - 1, "the book's date and the article's status: " + ieee));
    }

    /**
     * "(Lee, 2019; Novak, 2020)": each link holds its source's text only, the brackets outside,
     * in the e-book, the web edition and the PDF's link annotations.
     */
    @Test
    void theBracketsOfSeveralSourcesAreOutsideTheirLinks() throws Exception {
        TestReport.Built built = report("links", "en", "apa", "references.bib", TWO, "Both [@lee; @novak].\n")
                .build("pdf", "epub", "html");
        String linked = "(<a href=\"#ref-lee\" class=\"citation\">Lee, 2019</a>; <a href=\"#ref-novak\" class=\"citation\">Novak, 2020</a>)";
        String epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            epub = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        String web;
        try (var files = Files.walk(built.web())) {
            Path page = files.filter(p -> p.getFileName().toString().equals("index.html")).filter(p -> {
                try {
                    return Files.readString(p).contains("Both");
                } catch (java.io.IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow();
            web = Files.readString(page);
        }
        List<String> pdf = linkTexts(built.pdf());
        assertAll(
                () -> assertTrue(epub.contains("Both " + linked), epub),
                () -> assertTrue(web.contains("Both " + linked), web),
                () -> assertEquals(List.of("Lee, 2019", "Novak, 2020"), pdf));
    }

    /**
     * the-optical-society opens its citations with a no-break space and "[" ({@code prefix="&#160;["}):
     * the "[" stayed inside the first link while the "]" went outside the last, and the PDF's
     * first link read "[1". Each link holds its number alone, the brackets outside (the PDF's
     * boxes read narrowed by a point, in which "1" may not fit whole).
     */
    @Test
    void aBracketAfterANoBreakSpaceIsOutsideTheLinks() throws Exception {
        TestReport.Built built = report("osa", "en", "the-optical-society", "references.bib", TWO, "Both [@lee; @novak].\n")
                .build("pdf", "epub");
        String epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            epub = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> pdf = allLinkTexts(built.pdf());
        assertAll(
                () -> assertTrue(epub.contains("[<a href=\"#ref-lee\" class=\"citation\">1</a>,<a href=\"#ref-novak\" class=\"citation\">2</a>]"), epub),
                () -> assertTrue(pdf.size() == 2 && pdf.contains("2") && pdf.stream().noneMatch(t -> t.contains("[") || t.contains("]")),
                        pdf::toString));
    }

    /**
     * journal-of-thermal-spray-technology's layout prefix is words, "(Ref ": the first number,
     * after "Ref", started no group, and "(Ref 1,2)" was one link, to entry 2. Each number links
     * to its own entry, the prefix and ")" outside; so in qeios's superscript "{m/1,2/}".
     */
    @Test
    void aNumericLayoutPrefixOfWordsLeavesEachNumberItsLink() throws Exception {
        TestReport.Built built = report("jtst", "en", "journal-of-thermal-spray-technology", "references.bib", TWO,
                "Both [@lee; @novak].\n").build("epub");
        String epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            epub = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        TestReport.Built qeios = report("qeios", "en", "qeios", "references.bib", TWO, "Both [@lee; @novak].\n").build("epub");
        String sup;
        try (ZipFile zip = new ZipFile(qeios.epub().toFile())) {
            sup = new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertAll(
                () -> assertTrue(epub.contains("(Ref <a href=\"#ref-lee\" class=\"citation\">1</a>,<a href=\"#ref-novak\" class=\"citation\">2</a>)"), epub),
                // qeios's "{m/" and "/}" inside its superscript
                () -> assertTrue(sup.contains("{m/<a href=\"#ref-lee\" class=\"citation\">1</a>,<a href=\"#ref-novak\" class=\"citation\">2</a>/}"), sup));
    }

    /** The text under each internal link of the PDF, its box narrowed by a point on the right (the next mark's edge is no part of it). */
    private static List<String> linkTexts(Path pdf) throws Exception {
        return allLinkTexts(pdf).stream().filter(t -> t.contains("20")).toList();
    }

    /** The text under every internal link of the PDF, as {@link #linkTexts} reads it. */
    private static List<String> allLinkTexts(Path pdf) throws Exception {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                float height = page.getMediaBox().getHeight();
                int n = 0;
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
                        var r = link.getRectangle();
                        stripper.addRegion("r" + n++, new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                                r.getWidth() - 1, r.getHeight()));
                    }
                }
                stripper.extractRegions(page);
                for (int i = 0; i < n; i++) {
                    texts.add(stripper.getTextForRegion("r" + i).strip());
                }
            }
        }
        return texts;
    }
}
