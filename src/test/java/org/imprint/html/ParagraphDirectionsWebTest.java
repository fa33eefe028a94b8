package org.imprint.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

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

    private static Document page(String report) throws Exception {
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
                () -> assertEquals(List.of("ltr"), dirs(page, "> h2")),
                () -> assertEquals(List.of("ltr"), dirs(page, "figcaption")),
                () -> assertEquals(List.of("", "ltr"), dirs(page, "ul > li")),
                () -> assertEquals(List.of("", "ltr", "", "ltr"), dirs(page, "th, td")),
                () -> assertEquals(List.of("ltr"), dirs(page, ".endnotes li p")));
    }

    @Test
    void anEnglishPageMarksItsUrduParts() throws Exception {
        Document page = page("directions-en");
        assertAll(
                () -> assertEquals(List.of("", "rtl", ""), dirs(page, "> p")),
                () -> assertEquals(List.of("rtl"), dirs(page, "> h2")),
                () -> assertEquals(List.of("rtl"), dirs(page, ".endnotes li p")));
    }
}
