package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph's direction follows its first letter when its last agrees, not the count of its
 * letters: an English sentence listing Urdu words stays left to right in the PDF, the e-book and
 * the web edition; an Urdu sentence that opens with "RCAS" stays Urdu.
 */
class FirstLetterDirectionTest {

    private static final String LISTING = "The words ہم، امن، چاہتے، ہیں، پاکستان، زندہ، باد، شکریہ mean peace.";
    private static final String PLAIN = "Plain English.";
    private static final String URDU = "RCAS کے ڈائریکٹر نے کہا کہ علاقائی تعاون ضروری ہے۔";

    @TempDir
    static Path dir;
    static TestReport.Built built;

    @BeforeAll
    static void build() throws Exception {
        built = TestReport.at(dir.resolve("en")).title("Words").body(PLAIN + "\n\n" + LISTING + "\n\n" + URDU + "\n")
                .build("pdf", "epub", "html");
    }

    @Test
    void theEbookAndTheWebEditionMarkTheParagraphsByTheirFirstAndLastLetters() throws IOException {
        for (String markup : List.of(epubArticle(), Files.readString(built.web().resolve("index.html")))) {
            Element listing = Jsoup.parse(markup).selectFirst("p:contains(The words)");
            Element urdu = Jsoup.parse(markup).selectFirst("p:contains(RCAS کے)");
            assertAll(
                    () -> assertEquals("", listing.attr("dir"), listing::outerHtml),
                    () -> assertEquals("rtl", urdu.attr("dir"), urdu::outerHtml));
        }
    }

    @Test
    void thePdfSetsTheListingFromTheLeft() throws IOException {
        List<Glyph> glyphs = PdfGlyphs.read(built.pdf());
        Glyph plain = PdfGlyphs.find(glyphs, "Plain").orElseThrow();
        Glyph listing = PdfGlyphs.find(glyphs, "The words").orElseThrow();
        assertEquals(plain.x(), listing.x(), 0.5, "the listing's first word stands at the left margin");
    }

    private static String epubArticle() throws IOException {
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
