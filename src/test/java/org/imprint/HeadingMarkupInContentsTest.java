package org.imprint;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.imprint.testing.TestReport;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heading written with inline markup (a {@code <span lang>} around another language, emphasis,
 * code, a link, a note's call) is listed by its words wherever its text is used again: the
 * e-book's navigation document and NCX, the PDF's bookmarks, the web edition's contents, and
 * its id. No tag, link destination, code quote or note number shows there; the entry carries the
 * heading's language and direction where the format has a place for them.
 */
class HeadingMarkupInContentsTest {

    @TempDir
    static Path dir;

    private static TestReport.Built built;

    @BeforeAll
    static void build() throws Exception {
        built = TestReport.at(dir.resolve("gulf")).title("خلیج کے نوٹس").language("ur").author("زاہد انور")
                .body("""
                        ## <span lang="en">The Gulf</span>

                        انہوں نے کہا کہ علاقائی تعاون ضروری ہے۔

                        ## Trade *in* `2025` and [the **ports**](https://example.org)[^1]

                        Trade grew.

                        ### پس منظر &amp; **تاریخ**

                        تجارت بڑھی۔

                        ## <span lang="en-GB" dir="ltr">Oil &amp; <em>Gas</em></span> <!-- draft -->

                        Oil fell.

                        [^1]: A note.
                        """).build("pdf", "epub", "html");
    }

    private static String entry(String path) throws Exception {
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            return new String(zip.getInputStream(zip.getEntry(path)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theEbookListsTheHeadingsWords() throws Exception {
        Document nav = Jsoup.parse(entry("OEBPS/nav.xhtml"), "", Parser.xmlParser());
        Document ncx = Jsoup.parse(entry("OEBPS/toc.ncx"), "", Parser.xmlParser());
        Document article = Jsoup.parse(entry("OEBPS/article.xhtml"), "", Parser.xmlParser());
        List<String> navTexts = nav.select("nav#toc a").eachText();
        List<String> ncxTexts = ncx.select("navLabel text").eachText();
        Element gulf = nav.selectFirst("nav#toc a[href=article.xhtml#the-gulf]");
        Element oil = nav.selectFirst("nav#toc a[href=article.xhtml#oil-gas]");
        assertAll(
                () -> assertTrue(navTexts.containsAll(List.of("The Gulf", "Trade in 2025 and the ports", "پس منظر & تاریخ", "Oil & Gas")),
                        navTexts.toString()),
                () -> assertTrue(ncxTexts.containsAll(List.of("The Gulf", "Trade in 2025 and the ports", "پس منظر & تاریخ", "Oil & Gas")),
                        ncxTexts.toString()),
                () -> assertFalse(entry("OEBPS/nav.xhtml").contains("&lt;"), "no tag written as text in the nav"),
                () -> assertFalse(entry("OEBPS/toc.ncx").contains("&lt;"), "no tag written as text in the NCX"),
                // the ids are the words too, valid and the same in the body and the nav
                () -> assertEquals(List.of("the-gulf", "trade-in-2025-and-the-ports", "پس-منظر-تاریخ", "oil-gas"),
                        article.select("h2[id], h3[id]").eachAttr("id").stream().filter(id -> !id.startsWith("section_")).toList()),
                // the entry carries the heading's language and direction
                () -> assertEquals("en", gulf.parent().attr("lang"), nav.html()),
                () -> assertEquals("ltr", gulf.parent().attr("dir"), nav.html()),
                () -> assertEquals("en-GB", oil.parent().attr("lang"), nav.html()),
                () -> assertEquals("ltr", oil.parent().attr("dir"), nav.html()),
                () -> assertEquals(List.of(), new EpubVerifier().check(built.epub()).stream().map(Object::toString).toList()));
    }

    @Test
    void thePdfBookmarksAreTheHeadingsWords() throws Exception {
        List<String> titles = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(built.pdf().toFile())) {
            collect(pdf.getDocumentCatalog().getDocumentOutline(), titles);
        }
        assertTrue(titles.containsAll(List.of("The Gulf", "Trade in 2025 and the ports", "پس منظر & تاریخ", "Oil & Gas")),
                titles.toString());
        assertFalse(titles.stream().anyMatch(t -> t.contains("<") || t.contains("http") || t.contains("\"")), titles.toString());
        for (var verdict : new PdfVerifier().check(built.pdf()).conformance()) {
            assertEquals(List.of(), verdict.failures(), verdict.standard());
        }
    }

    @Test
    void theWebEditionsContentsAreTheHeadingsWords() throws Exception {
        Path page = built.web().resolve("index.html");
        Document web = Jsoup.parse(Files.readString(page));
        Element toc = web.selectFirst("nav.toc");
        Element gulf = toc.selectFirst("a[href=#the-gulf]");
        assertAll(
                () -> assertEquals("The Gulf", gulf.text(), toc.html()),
                () -> assertEquals("en", gulf.parent().attr("lang"), toc.html()),
                () -> assertEquals("ltr", gulf.parent().attr("dir"), toc.html()),
                () -> assertEquals("Trade in 2025 and the ports", toc.selectFirst("a[href=#trade-in-2025-and-the-ports]").text()),
                () -> assertFalse(toc.html().contains("&lt;"), toc.html()),
                () -> assertTrue(web.getElementById("the-gulf") != null, "the heading has the id its entry links to"));
    }

    @Test
    void aCitationInAHeadingIsListedAsItIsSet() throws Exception {
        String bib = "@book{lee2020, author = {Lee, Anna}, title = {Ports of the Gulf}, year = {2020}, publisher = {Example Press}}\n";
        String body = "## @lee2020 revisited\n\nText.\n\n## Ports and trade [@lee2020]\n\nMore.\n";
        TestReport.Built notes = TestReport.at(dir.resolve("notes")).bibliography("refs.bib").file("refs.bib", bib)
                .body(body).build("epub");
        TestReport.Built authorDate = TestReport.at(dir.resolve("apa")).bibliography("refs.bib").file("refs.bib", bib)
                .frontMatter("citation_style: apa").body(body).build("epub");
        assertAll(
                // a note style: the narrative citation's name stays, the note's call is no word
                () -> assertEquals(List.of("Lee revisited", "Ports and trade"), headingEntries(notes.epub())),
                () -> assertEquals(List.of("Lee (2020) revisited", "Ports and trade (Lee, 2020)"), headingEntries(authorDate.epub())));
    }

    /** The nav's entries of the article's own headings (not its parts, notes or references). */
    private static List<String> headingEntries(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Document nav = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/nav.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8), "", Parser.xmlParser());
            return nav.select("nav#toc a[href^=article.xhtml#]").stream().filter(a -> !a.attr("href").contains("#section_"))
                    .map(Element::text).toList();
        }
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }
}
