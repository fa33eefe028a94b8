package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.EpubVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.epub.EpubReader;

/**
 * A paragraph, heading, caption, list item, table cell, quotation or note whose letters are of
 * the other direction than its article's carries its own {@code dir} in the e-book, as it does in
 * the PDF: without it a reading system sets an English paragraph of an Urdu e-book right-aligned
 * with its full stop on the left. Letters inside quotation marks do not decide. EPUBCheck accepts it.
 */
class ParagraphDirectionsEpubTest {

    @TempDir
    static Path out;

    /** Each report's article, built once for the tests that read it. */
    private static final Map<String, Document> articles = new HashMap<>();

    private static Document article(String report) throws Exception {
        Document built = articles.get(report);
        if (built == null) {
            built = build(report);
            articles.put(report, built);
        }
        return built;
    }

    private static Document build(String report) throws Exception {
        Path epub = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.HOME.resolve("src/test/resources/reports/" + report))
                .out(out.resolve(report)).formats("epub").build()).get(0);
        assertEquals(List.of(), new EpubVerifier().check(epub), "EPUBCheck findings");
        Book book;
        try (InputStream in = Files.newInputStream(epub)) {
            book = new EpubReader().readEpub(in);
        }
        return Jsoup.parse(new String(book.getResources().getByHref("article.xhtml").getData(), StandardCharsets.UTF_8),
                "", Parser.xmlParser());
    }

    /** The dir of the element of the article's body that {@code css} selects, and holds {@code text}. */
    private static String dir(Document article, String css, String text) {
        var found = article.select(".article-body " + css).stream().filter(e -> e.text().contains(text)).toList();
        assertEquals(1, found.size(), () -> css + " holding \"" + text + "\": " + found);
        return found.get(0).attr("dir");
    }

    @Test
    void englishPartsOfAnUrduArticleReadLeftToRight() throws Exception {
        Document article = article("directions-ur");
        assertEquals("rtl", article.select("html").attr("dir"));
        assertAll(
                () -> assertEquals("", dir(article, "p", "یہ پیراگراف اردو میں ہے"), "an Urdu paragraph inherits"),
                () -> assertEquals("ltr", dir(article, "p", "This paragraph is English")),
                () -> assertEquals("ltr", dir(article, "h2", "English heading")),
                () -> assertEquals("ltr", dir(article, "figcaption", "A map of the ports")),
                () -> assertEquals("ltr", dir(article, "li", "An English list item")),
                () -> assertEquals("", dir(article, "li", "اردو فہرست")),
                () -> assertEquals("ltr", dir(article, "th", "Capital city")),
                () -> assertEquals("ltr", dir(article, "td", "Islamabad")),
                () -> assertEquals("", dir(article, "td", "پاکستان")),
                () -> assertEquals("ltr", dir(article, ".endnotes li p", "An English note")));
    }

    /**
     * A list, quotation or table all of whose items are English takes the direction itself (its
     * markers, indent, rule and first column then stand on the left), its items inherit it; one
     * with items of both directions keeps the article's.
     */
    @Test
    void aListQuotationOrTableOfTheOtherDirectionIsMarkedAsAWhole() throws Exception {
        Document article = article("directions-ur");
        assertAll(
                () -> assertEquals("ltr", dir(article, "ul", "First English item")),
                () -> assertEquals("", dir(article, "li", "First English item"), "an item inherits its list's direction"),
                () -> assertEquals("", dir(article, "ul", "اردو فہرست"), "a list of both directions"),
                () -> assertEquals("ltr", dir(article, "blockquote", "An English quotation")),
                () -> assertEquals("", dir(article, "blockquote p", "An English quotation")),
                () -> assertEquals("ltr", dir(article, "table", "Karachi")),
                () -> assertEquals("", dir(article, "td", "52 million tonnes")),
                () -> assertEquals("", dir(article, "table", "Islamabad"), "a table of both directions"),
                () -> assertEquals("", dir(article, ".endnotes ol", "An English note"), "the notes are numbered on the article's side"));
        Document english = article("directions-en");
        assertAll(
                () -> assertEquals("rtl", dir(english, "ul", "اردو فہرست کی دوسری شق")),
                () -> assertEquals("", dir(english, "li", "اردو فہرست کی دوسری شق")),
                () -> assertEquals("rtl", dir(english, "blockquote", "یہ اقتباس اردو میں ہے")));
    }

    @Test
    void urduPartsOfAnEnglishArticleReadRightToLeft() throws Exception {
        Document article = article("directions-en");
        assertEquals("", article.select("html").attr("dir"));
        assertAll(
                () -> assertEquals("", dir(article, "p", "This paragraph is English")),
                () -> assertEquals("rtl", dir(article, "p", "یہ پیراگراف انگریزی")),
                () -> assertEquals("", dir(article, "p", "He heard"), "a quotation does not decide"),
                () -> assertEquals("rtl", dir(article, "h2", "اردو عنوان")),
                () -> assertEquals("rtl", dir(article, ".endnotes li p", "یہ نوٹ اردو میں ہے")));
    }

    /**
     * An Urdu quotation with an English attribution in an Urdu article is Urdu, as a paragraph, a
     * quotation and a list item (h19ab H3): the quotation was passed over like an aside and "PM"
     * or "Shehbaz Sharif" decided, so each was marked {@code dir="ltr"}, its rule and bullet on the
     * left. An English sentence quoting a short Urdu phrase, and an English quotation with an
     * English attribution, stay English.
     */
    @Test
    void anUrduQuotationWithAnEnglishAttributionIsUrdu() throws Exception {
        Document article = article("quotation-attributions-ur");
        assertAll(
                () -> assertEquals("", dir(article, "p", "— PM")),
                () -> assertEquals("", dir(article, "p", "جنگ نہیں۔\u201C — Shehbaz Sharif, 2024")),
                () -> assertEquals("", dir(article, "blockquote", "ہم امن کے حامی ہیں")),
                () -> assertEquals("", dir(article, "blockquote p", "ہم امن کے حامی ہیں")),
                () -> assertEquals("", dir(article, "ul", "پاکستان زندہ باد")),
                () -> assertEquals("", dir(article, "li", "پاکستان زندہ باد")),
                () -> assertEquals("", dir(article, "li", "پاکستان پائندہ باد")),
                () -> assertEquals("ltr", dir(article, "p", "He heard the crowd shout")),
                () -> assertEquals("ltr", dir(article, "p", "We want peace.")));
    }
}
