package org.imprint.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web edition marks the paragraphs of the other direction than the article's with the same
 * {@code dir} as the PDF and the e-book (one decision, in the markup): a browser then aligns an
 * English paragraph, heading or caption of an Urdu page on the left and orders its punctuation as
 * English, and an Urdu paragraph or note of an English page on the right. The page stays valid HTML.
 */
class ParagraphDirectionsWebTest {

    @TempDir
    static Path out;

    /** Each report's page, built once for the tests that read it. */
    private static final Map<String, Document> pages = new HashMap<>();

    private static Document page(String report) throws Exception {
        Document built = pages.get(report);
        if (built == null) {
            built = build(report);
            pages.put(report, built);
        }
        return built;
    }

    private static Document build(String report) throws Exception {
        new Imprint(Reports.HOME).build(BuildRequest.of(Reports.HOME.resolve("src/test/resources/reports/" + report))
                .out(out).formats("html").build());
        Path page = out.resolve(report).resolve("index.html");
        assertEquals(List.of(), NuChecker.errors(page), "Nu HTML Checker");
        return Jsoup.parse(page.toFile());
    }

    private static List<String> dirs(Document page, String css) {
        return page.select(".article-body " + css).stream().map(e -> e.attr("dir")).toList();
    }

    @Test
    void anUrduPageMarksItsEnglishParts() throws Exception {
        Document page = page("directions-ur");
        assertEquals("rtl", page.select("html").attr("dir"));
        assertAll(
                () -> assertEquals(List.of("", "ltr", ""), dirs(page, "> p")),
                () -> assertEquals(List.of("ltr", "ltr"), dirs(page, "> h2")),
                () -> assertEquals(List.of("ltr"), dirs(page, "figcaption")),
                () -> assertEquals(List.of("", "ltr", "", ""), dirs(page, "ul > li")),
                () -> assertEquals(List.of("", "ltr", "", "ltr", "", "", "", "", "", ""), dirs(page, "th, td")),
                () -> assertEquals(List.of("ltr"), dirs(page, ".endnotes li p")));
    }

    /**
     * A list, quotation or table all of whose items are English in an Urdu page is marked ltr as
     * a whole (a browser puts its markers, rule and first column on the left); one of both
     * directions is not. An Urdu list and quotation of an English page are marked rtl.
     */
    @Test
    void aListQuotationOrTableOfTheOtherDirectionIsMarkedAsAWhole() throws Exception {
        Document urdu = page("directions-ur");
        assertAll(
                () -> assertEquals(List.of("", "ltr"), dirs(urdu, "> ul")),
                () -> assertEquals(List.of("ltr"), dirs(urdu, "> blockquote")),
                () -> assertEquals(List.of("", "ltr"), dirs(urdu, "table")));
        Document english = page("directions-en");
        assertAll(
                () -> assertEquals(List.of("rtl"), dirs(english, "> ul")),
                () -> assertEquals(List.of("rtl"), dirs(english, "> blockquote")));
    }

    /**
     * The page's table of contents sets each entry as its heading is set: an English heading's
     * entry in an Urdu page left to right, an Urdu heading's entry under it right to left again.
     */
    @Test
    void theContentsSetEachEntryInItsHeadingsDirection() throws Exception {
        Document urdu = page("directions-ur");
        assertEquals(List.of("ltr", "ltr", "rtl", ""), urdu.select("nav.toc li").stream().map(e -> e.attr("dir")).toList(),
                urdu.select("nav.toc").outerHtml());
        Document english = page("directions-en");
        assertEquals(List.of("rtl", "", ""), english.select("nav.toc li").stream().map(e -> e.attr("dir")).toList(),
                english.select("nav.toc").outerHtml());
    }

    @Test
    void anEnglishPageMarksItsUrduParts() throws Exception {
        Document page = page("directions-en");
        assertAll(
                () -> assertEquals(List.of("", "rtl", ""), dirs(page, "> p")),
                () -> assertEquals(List.of("rtl", ""), dirs(page, "> h2")),
                () -> assertEquals(List.of("rtl"), dirs(page, ".endnotes li p")));
    }
}
