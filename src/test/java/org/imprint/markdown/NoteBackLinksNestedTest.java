package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.imprint.testing.TestReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note called only from another note (h19w notes-deep) had no link back in the endnotes: its
 * calls, in notes, had no id to go back to. Its first call now has the "fnref-N" id, and the
 * note its "↑" to it, in the e-book and the web edition; a note also called in the text goes
 * back there, a note calling itself to its call in the text, and no id is given twice.
 */
class NoteBackLinksNestedTest {

    @Test
    void everyEndnoteLinksBackToACallThatExistsOnce(@TempDir Path dir) throws Exception {
        TestReport.Built built = TestReport.at(dir.resolve("r")).body("""
                Text calls A[^a], self[^self] and X[^x].

                [^a]: Note A calls B[^b].

                    [^b]: Note B calls C[^c].

                        [^c]: Note C.

                [^self]: Self note calls itself[^self].

                [^x]: Note X calls Y[^y].

                [^y]: Note Y calls X[^x] and B again[^b].
                """).build("epub", "html");
        Document web = Jsoup.parse(Files.readString(built.web().resolve("index.html"), StandardCharsets.UTF_8));
        Document epub;
        try (ZipFile zip = new ZipFile(built.epub().toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            epub = Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
        }
        for (Document doc : java.util.List.of(web, epub)) {
            var notes = doc.select("li[id^=fn-]");
            assertEquals(6, notes.size(), notes.toString());
            for (Element note : notes) {
                Element back = note.selectFirst("a[role=doc-backlink]");
                assertNotNull(back, "no link back in " + note);
                String target = back.attr("href").substring(1);
                assertEquals(1, doc.select("[id=" + target + "]").size(), "the target of " + back + " in " + note);
                Element call = doc.getElementById(target);
                assertEquals("#" + note.id(), call.attr("href"), "the link back of " + note.id() + " leads to " + call);
            }
        }
    }
}
