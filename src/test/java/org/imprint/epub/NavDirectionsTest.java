package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry of the e-book's table of contents has its own direction: an English heading of an
 * Urdu e-book is listed left to right, an Urdu heading of an English one right to left, with the
 * {@code lang} the author gave the heading. The web edition indents its nested entries on the
 * side its direction starts (a logical CSS property).
 */
class NavDirectionsTest {

    @TempDir
    Path dir;

    private static Document nav(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String xhtml = new String(zip.getInputStream(zip.getEntry("OEBPS/nav.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            return Jsoup.parse(xhtml, "", Parser.xmlParser());
        }
    }

    private static String dirOf(Document nav, String text) {
        return nav.select("nav#toc li").stream().filter(li -> li.child(0).text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(text + " not in " + nav)).attr("dir");
    }

    @Test
    void anUrduBookListsItsEnglishHeadingsLeftToRight() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("ur")).title("علاقائی تعاون").language("ur").author("زاہد انور")
                .body("""
                        ## پس منظر

                        انہوں نے کہا کہ علاقائی تعاون ضروری ہے۔

                        ## Background and Context

                        The region needs cooperation.

                        ### تجارت کے اعداد

                        تجارت بڑھی۔

                        ## <span lang="en-GB">Trade in 2025</span>

                        Trade grew.
                        """).build("epub", "html");
        Document nav = nav(built.epub());
        assertAll(
                () -> assertEquals("rtl", dirOf(nav, "پس منظر")),
                () -> assertEquals("ltr", dirOf(nav, "Background and Context")),
                () -> assertEquals("rtl", dirOf(nav, "تجارت کے اعداد")),
                () -> assertEquals("rtl", dirOf(nav, "علاقائی تعاون")),
                // the lang of a span around the whole heading (its entry's text is the heading's
                // words: HeadingMarkupInContentsTest)
                () -> assertTrue(nav.select("nav#toc li").stream().filter(li -> li.child(0).attr("href").contains("trade-in-2025"))
                        .anyMatch(li -> li.attr("dir").equals("ltr") && li.attr("lang").equals("en-GB")
                                && li.attr("xml:lang").equals("en-GB")), nav.html()),
                () -> assertFalse(nav.select("nav#toc li").stream().anyMatch(li -> li.attr("dir").isEmpty()), nav.html()));
        String css = Files.readString(built.web().resolve("web.css"));
        assertAll(
                () -> assertTrue(css.contains(".toc ol ol { padding-inline-start: 0.9rem; }"), css),
                () -> assertFalse(css.contains(".toc ol ol { padding-left"), css));
    }

    @Test
    void anEnglishBookListsItsUrduHeadingRightToLeft() throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("en")).title("Regional Cooperation").language("en")
                .body("""
                        ## Background

                        The region needs cooperation.

                        ## علاقائی تعاون

                        انہوں نے کہا کہ علاقائی تعاون ضروری ہے۔
                        """).build("epub");
        Document nav = nav(built.epub());
        assertAll(
                () -> assertEquals("ltr", dirOf(nav, "Background")),
                () -> assertEquals("rtl", dirOf(nav, "علاقائی تعاون")));
    }
}
