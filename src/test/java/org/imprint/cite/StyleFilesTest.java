package org.imprint.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imprint.Imprint;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.markdown.Citations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's own {@code .csl} file, and the locale from the article's language. */
class StyleFilesTest {

    private static final Imprint IMPRINT = new Imprint(Reports.HOME);

    @TempDir
    Path dir;

    private Path report(String frontMatter, String style) throws Exception {
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.copy(Reports.HOME.resolve("src/test/resources/reports/citations-apa/references.json"), report.resolve("references.json"));
        Files.writeString(report.resolve("article.md"), "---\ntitle: A Report\ndate: 2026-03-01\nbibliography: references.json\n"
                + frontMatter + "authors:\n  - name: Jane Doe\n---\n\nReporting is a craft [@smith2002, p. 4; @lee2019].\n");
        if (style != null) {
            Files.writeString(report.resolve("house.csl"), style);
        }
        return report;
    }

    private static String bundled(String id) throws Exception {
        try (InputStream in = StyleFilesTest.class.getClassLoader().getResourceAsStream(id + ".csl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Citations citations(Path report) throws Exception {
        try (var loaded = IMPRINT.load(report, p -> { })) {
            return IMPRINT.publish(loaded).citations();
        }
    }

    @Test
    void aCslFileInTheReportIsTheStyle() throws Exception {
        Citations citations = citations(report("citation_style: house.csl\n", bundled("harvard-cite-them-right")));
        assertEquals("house.csl", citations.style());
        assertTrue(citations.texts().get(0).contains("Smith and Jones, 2002, p. 4"), citations.texts().get(0));
    }

    @Test
    void aTieInABibtexNameIsASpaceAndNoAuthorIsLost() throws Exception {
        Path report = Files.createDirectories(dir.resolve("tie"));
        Files.writeString(report.resolve("references.bib"), "@book{berg2018,\n  author = {van~der Berg, Jan and de la Cruz, M.},\n"
                + "  title = {Tides},\n  publisher = {Harbour Press},\n  year = {2018}\n}\n");
        Files.writeString(report.resolve("article.md"), "---\ntitle: A Report\ndate: 2026-03-01\nbibliography: references.bib\n"
                + "citation_style: apa\nauthors:\n  - name: Jane Doe\n---\n\nTides turn [@berg2018].\n");
        Citations citations = citations(report);
        String entry = citations.entries().get(0).html();
        assertTrue(entry.contains("Berg") && entry.contains("Cruz"), entry);
        assertTrue(citations.texts().get(0).contains("Cruz"), citations.texts().get(0));
    }

    /** A journal's dependent style names its parent and formats as the parent does (no NullPointerException). */
    @Test
    void aDependentCslFileFormatsAsItsBundledParent() throws Exception {
        String dependent = """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-US">
                  <info>
                    <title>House Journal</title>
                    <id>http://www.zotero.org/styles/house-journal</id>
                    <link rel="independent-parent" href="http://www.zotero.org/styles/harvard-cite-them-right"/>
                    <updated>2026-01-01T00:00:00+00:00</updated>
                  </info>
                </style>
                """;
        Citations citations = citations(report("citation_style: house.csl\n", dependent));
        assertEquals("house.csl", citations.style());
        assertTrue(citations.texts().get(0).contains("Smith and Jones, 2002, p. 4"), citations.texts().get(0));
    }

    /** A note style's class however XML lets it be spelt: single quotes, spaces around "=". */
    @Test
    void aNoteClassIsReadInEverySpelling() throws Exception {
        String chicago = bundled("chicago-notes-bibliography-16th-edition");
        assertTrue(chicago.contains("class=\"note\""));
        for (String spelling : java.util.List.of("class='note'", "class = \"note\"", "class=\n  'note'")) {
            Path report = report("citation_style: house.csl\n", chicago.replace("class=\"note\"", spelling));
            Citations citations = citations(report);
            assertTrue(citations.notes(), spelling);
            // the full first note, not an author-date "(Smith and Jones 2002, 4)"
            assertTrue(citations.texts().get(0).contains("John Smith and Mary Jones, <i>The Art of Reporting</i> (London"),
                    citations.texts().get(0));
            Files.delete(report.resolve("article.md"));
            Files.delete(report.resolve("references.json"));
            Files.delete(report.resolve("house.csl"));
        }
    }

    @Test
    void aStyleThatIsNotXmlIsNamedWithItsLine() throws Exception {
        String broken = bundled("apa").replaceFirst("<info>", "<info>\n<title>Broken</titel>");
        ReportException e = assertThrows(ReportException.class, () -> citations(report("citation_style: house.csl\n", broken)));
        assertTrue(e.problem().file().endsWith("house.csl"), e.problem().toString());
        assertTrue(e.problem().line() > 1, e.problem().toString());
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    }

    @Test
    void aStyleWithEntitiesIsRefused() throws Exception {
        String hostile = bundled("apa").replaceFirst("<style", "<!DOCTYPE style [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<style");
        ReportException e = assertThrows(ReportException.class, () -> citations(report("citation_style: house.csl\n", hostile)));
        assertTrue(e.getMessage().contains("DOCTYPE or entities"), e.getMessage());
    }

    @Test
    void theLocaleFollowsTheLanguage() throws Exception {
        Citations german = citations(report("language: de\ncitation_style: apa\n", null));
        assertTrue(german.texts().get(0).contains("Smith &amp; Jones, 2002, S. 4"), german.texts().get(0));
        assertEquals("Literatur", german.heading());   // the brand's German word
    }
}
