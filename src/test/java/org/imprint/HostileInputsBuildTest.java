package org.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a hostile but realistic author writes, built for real and judged by EPUBCheck. */
class HostileInputsBuildTest {

    @TempDir
    Path dir;

    private Path report(String name, String article) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("article.md"), article, StandardCharsets.UTF_8);
        return folder;
    }

    private static String entry(Path epub, String name) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Notes whose calls and definitions differ in case build (they crashed), raw HTML that
     * borrows the layouts' classes and ids neither duplicates an id nor takes their role, and a
     * photo turned by EXIF is embedded upright.
     */
    @Test
    void noteLabelsInAnyCaseAndRawHtmlPosingAsLayoutBuildCleanly() throws Exception {
        Path report = report("posing", """
                ---
                title: "Posing Markup"
                date: 2026-03-01
                authors:
                  - name: Jane Doe
                ---

                A claim.[^Note] Another.[^NOTE]

                <div id="article" class="running-header">Not the running header.</div>

                <p class="footnote">Not a footnote.</p>

                See <a href="#table-a">the table</a>.

                <div id="table-a">A table.</div>

                ![A phone's portrait photo.](turned.jpg)

                [^note]: The note's text.
                """);
        Files.write(report.resolve("turned.jpg"), org.imprint.article.ImageCheckerTest.photo(60, 40, 6));
        List<Path> files = new Imprint(Reports.HOME).build(BuildRequest.of(report).out(dir.resolve("out")).formats("pdf", "epub").build());
        Path epub = files.stream().filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
        String article = entry(epub, "OEBPS/article.xhtml");
        assertTrue(article.contains("The note’s text."), article);
        assertTrue(article.contains("class=\"user-running-header\""), article);
        assertTrue(article.contains("id=\"user-article\""), article);
        assertTrue(article.contains("<p class=\"user-footnote\">Not a footnote.</p>"), article);
        assertTrue(article.contains("href=\"#user-table-a\""), article);
        assertFalse(article.contains("data-imprint"), article);
        // the photo stands upright: its EXIF turn applied to the pixels
        assertTrue(article.contains("class=\"figure portrait\""), article);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var photo = zip.stream().filter(e -> e.getName().endsWith("turned.jpg")).findFirst().orElseThrow();
            var image = javax.imageio.ImageIO.read(zip.getInputStream(photo));
            assertEquals(40, image.getWidth());
            assertEquals(60, image.getHeight());
        }
        List<CheckMessage> failing = new EpubVerifier().check(epub).stream().filter(CheckMessage::fails).toList();
        assertEquals(List.of(), failing);
    }
}
