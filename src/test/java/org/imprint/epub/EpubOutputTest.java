package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;

/** Builds real e-books, judges them with EPUBCheck and reads them back with epub4j. */
class EpubOutputTest {

    @TempDir
    static Path out;
    static Path example;
    static Path everyFeature;

    @BeforeAll
    static void build() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME);
        example = imprint.build(BuildRequest.of(Reports.EXAMPLE).out(out).formats("epub").build()).get(0);
        everyFeature = imprint.build(BuildRequest.of(Reports.EVERY_FEATURE).out(out).formats("epub").build()).get(0);
    }

    private static Book read(Path epub) throws Exception {
        try (InputStream in = Files.newInputStream(epub)) {
            return new EpubReader().readEpub(in);
        }
    }

    private static Document xhtml(Book book, String href) throws Exception {
        Resource r = book.getResources().getByHref(href);
        assertNotNull(r, href);
        return Jsoup.parse(new String(r.getData(), StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private static List<String> spine(Book book) {
        List<String> hrefs = new ArrayList<>();
        book.getSpine().getSpineReferences().forEach(ref -> hrefs.add(ref.getResource().getHref()));
        return hrefs;
    }

    @Test
    void epubCheckFindsNothing() {
        EpubVerifier verifier = new EpubVerifier();
        for (Path epub : List.of(example, everyFeature)) {
            List<CheckMessage> failing = verifier.check(epub).stream().filter(CheckMessage::fails).toList();
            assertEquals(List.of(), failing, epub.toString());
        }
    }

    @Test
    void exampleReadsInTheAnatomysOrder() throws Exception {
        Book book = read(example);
        assertEquals(List.of("cover.xhtml", "about.xhtml", "article.xhtml", "first-published.xhtml", "author.xhtml", "back.xhtml"),
                spine(book));
        assertEquals("The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy", book.getTitle());
        assertEquals("en", book.getMetadata().getLanguage());
        assertEquals("images/cover.jpg", book.getCoverImage().getHref());
        List<String> toc = book.getTableOfContents().getTocReferences().stream().map(TOCReference::getTitle).toList();
        assertEquals(List.of("About RCAS", "The U.S.-Iran War and Pakistan’s Peacemaking Diplomacy", "About Author"), toc);
        String about = xhtml(book, "about.xhtml").text();
        assertTrue(about.contains("香港亞洲研究中心 | The Hong Kong Research Center for Asian Studies (RCAS)"), about);
        assertTrue(xhtml(book, "first-published.xhtml").text().contains("China-US Focus, Hong Kong, April 20, 2026"));
        assertTrue(xhtml(book, "author.xhtml").text().contains("zk2112@gmail.com"));
    }

    @Test
    void figuresAreFiguresWithCaptionsAndAltText() throws Exception {
        Document article = xhtml(read(example), "article.xhtml");
        List<Element> figures = article.select("figure");
        assertEquals(3, figures.size());
        for (int i = 0; i < 3; i++) {
            Element figure = figures.get(i);
            assertTrue(figure.selectFirst("figcaption").text().startsWith("Figure " + (i + 1) + ". "), figure.toString());
            assertTrue(!figure.selectFirst("img").attr("alt").isBlank(), figure.toString());
        }
        assertTrue(figures.get(0).selectFirst("figcaption").text().contains("A Pakistani Ranger walks past a billboard"));
    }

    @Test
    void notesLinkBothWays() throws Exception {
        Book book = read(everyFeature);
        Document article = xhtml(book, "article.xhtml");
        List<Element> calls = article.select("a[epub:type=noteref]");
        assertEquals(2, calls.size());
        for (Element call : calls) {
            Element note = article.getElementById(call.attr("href").substring(1));
            assertNotNull(note, call.toString());
            assertEquals("endnote", note.attr("epub:type"));
            Element back = note.selectFirst("a[role=doc-backlink]");
            assertEquals("#" + call.id(), back.attr("href"));
        }
        assertTrue(article.selectFirst("section[role=doc-endnotes] h2").text().equals("Notes"));
    }

    @Test
    void everyFeatureKeepsTablesListsQuotesCodeAndCjk() throws Exception {
        Book book = read(everyFeature);
        Document article = xhtml(book, "article.xhtml");
        assertAll(
                () -> assertEquals(3, article.select("figure").size()),
                () -> assertEquals(1, article.select("table").size()),
                () -> assertTrue(article.select("ul ol").size() >= 1, "nested list"),
                () -> assertTrue(article.select("blockquote p").size() >= 2, "block quote"),
                () -> assertEquals(1, article.select("pre code").size()),
                () -> assertTrue(article.text().contains("香港亞洲研究中心")),
                () -> assertTrue(article.text().matches(".*[\\uAC00-\\uD7A3].*"), "Hangul"));
        List<String> toc = new ArrayList<>();
        for (TOCReference ref : book.getTableOfContents().getTocReferences()) {
            toc.add(ref.getTitle());
            ref.getChildren().forEach(child -> toc.add("  " + child.getTitle()));
        }
        assertTrue(toc.contains("  Why small ports matter"), toc.toString());
        assertEquals("doi:10.5555/imprint-every-feature", book.getMetadata().getIdentifiers().get(0).getValue());
    }

    @Test
    void accessibilityMetadataAndStableIdentifier() throws Exception {
        String opf = new String(read(example).getOpfResource().getData(), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>"), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>"), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessibilityHazard\">none</meta>"), opf);
        Path again = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.EXAMPLE).out(out.resolve("again")).formats("epub").build()).get(0);
        assertEquals(read(example).getMetadata().getIdentifiers().get(0).getValue(),
                read(again).getMetadata().getIdentifiers().get(0).getValue());
    }
}
