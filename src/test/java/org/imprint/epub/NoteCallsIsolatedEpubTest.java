package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.EpubVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.epub.EpubReader;

/**
 * A note call beside a phrase of the other direction is a bidi isolate in the e-book: its
 * {@code sup} carries {@code dir="ltr"}, which HTML's rendering rules make
 * {@code unicode-bidi: isolate} (the property itself EPUBCheck forbids in an e-book's CSS,
 * CSS-001). A stop between a Hebrew phrase and the call then reads as the English sentence's,
 * and the digits never join a number in the phrase. EPUBCheck accepts the attribute.
 */
class NoteCallsIsolatedEpubTest {

    @TempDir
    static Path out;

    @ParameterizedTest
    @ValueSource(strings = {"neutrals-en", "neutrals-ur"})
    void everyCallIsAnIsolateAndEpubCheckAccepts(String report) throws Exception {
        Path epub = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.HOME.resolve("src/test/resources/reports/" + report))
                .out(out.resolve(report)).formats("epub").build()).get(0);
        Book book;
        try (InputStream in = Files.newInputStream(epub)) {
            book = new EpubReader().readEpub(in);
        }
        Document article = Jsoup.parse(new String(book.getResources().getByHref("article.xhtml").getData(),
                StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<Element> calls = article.select("a[epub:type=noteref]");
        assertFalse(calls.isEmpty(), "no note calls");
        assertAll(calls.stream().map(call -> () -> {
            Element sup = call.parent();
            assertEquals("sup", sup.tagName(), call::outerHtml);
            assertEquals("ltr", sup.attr("dir"), sup::outerHtml);
        }));
        assertEquals(List.of(), new EpubVerifier().check(epub), "EPUBCheck findings");
    }
}
