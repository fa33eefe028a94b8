package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.EpubVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings whose text makes an id the renderer or the layouts use ("## Figure 1", "## Article"),
 * and notes that cite each other or themselves (issue 18, item 7): every id stays unique, every
 * link has its target, and EPUBCheck passes the e-book.
 */
class HeadingsAndNotesEpubTest {

    @TempDir
    Path dir;

    @Test
    void idsStayUniqueAndEpubCheckPasses() throws Exception {
        Path report = Files.createDirectories(dir.resolve("clashes/figures"));
        Files.copy(Reports.HOME.resolve("reports/2026-04-us-iran-pakistan/figures/fig2.png"), report.resolve("chart.png"));
        Files.writeString(report.getParent().resolve("article.md"), "---\ntitle: Clashing Names\ndate: 2026-02-02\n"
                + "authors:\n  - name: Jane Doe\n---\n\n## Figure 1\n\nSee [the article](#article).\n\n"
                + "![A chart.](figures/chart.png)\n\n## Article\n\n## Fn 1\n\nSelf[^a] and mutual[^b].\n\n"
                + "[^a]: Note a cites itself[^a].\n[^b]: Note b cites c[^c].\n[^c]: Note c cites b[^b].\n");
        Path epub = new Imprint(Reports.HOME).build(BuildRequest.of(report.getParent()).out(dir.resolve("out"))
                .formats("epub").build()).get(0);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Document doc = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("OEBPS/article.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8), "", Parser.xmlParser());
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                assertTrue(ids.add(e.id()), "id \"" + e.id() + "\" twice");
            }
            for (Element a : doc.select("a[href^=#]")) {
                assertTrue(ids.contains(a.attr("href").substring(1)), "no target for " + a);
            }
        }
        assertEquals(List.of(), new EpubVerifier().check(epub));
    }
}
