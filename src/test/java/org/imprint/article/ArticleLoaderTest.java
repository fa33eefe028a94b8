package org.imprint.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();
    private final List<Problem> warnings = new ArrayList<>();

    private Path report(String text) throws IOException {
        Path folder = dir.resolve("my-report");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("article.md"), text, StandardCharsets.UTF_8);
        return folder;
    }

    private ReportException failure(String text) throws IOException {
        Path folder = report(text);
        return assertThrows(ReportException.class, () -> loader.load(folder, warnings::add));
    }

    @Test
    void loadsTheExample() throws Exception {
        Article a = loader.load(Reports.EXAMPLE, warnings::add);
        assertEquals("2026-04-us-iran-pakistan", a.slug());
        assertEquals("The U.S.-Iran War and Pakistan's Peacemaking Diplomacy", a.title());
        assertEquals(LocalDate.of(2026, 4, 21), a.date());
        assertEquals("Zahid Anwar", a.authors().get(0).name());
        assertEquals("China-US Focus", a.firstPublished().outlet());
        assertEquals(LocalDate.of(2026, 4, 20), a.firstPublished().date());
        assertEquals("en", a.language());
        assertEquals("rcas", a.brand());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void defaultsForOptionalKeys() throws Exception {
        Article a = loader.load(Reports.MINIMAL, warnings::add);
        assertEquals("en", a.language());
        assertEquals("rcas", a.brand());
        assertEquals(null, a.series());
        assertEquals(List.of(), a.keywords());
    }

    @Test
    void missingTitleNamesFileLineAndFix() throws IOException {
        ReportException e = failure("---\ndate: 2026-04-21\nauthors:\n  - name: A\n---\nBody\n");
        assertEquals(2, e.problem().line());
        assertTrue(e.getMessage().startsWith("my-report/article.md:2: missing required key \"title\"")
                || e.getMessage().contains("article.md:2: missing required key \"title\""), e.getMessage());
        assertTrue(e.getMessage().contains("add e.g. title:"), e.getMessage());
    }

    @Test
    void invalidDateNamesItsLine() throws IOException {
        ReportException e = failure("---\ntitle: T\ndate: 2026-13-45\nauthors:\n  - name: A\n---\nBody\n");
        assertEquals(3, e.problem().line());
        assertTrue(e.getMessage().endsWith("article.md:3: date \"2026-13-45\" is not a valid date (use yyyy-mm-dd, e.g. 2026-04-21)"), e.getMessage());
    }

    @Test
    void datesInOtherFormatsAreRefused() throws IOException {
        ReportException e = failure("---\ntitle: T\ndate: \"April 21, 2026\"\nauthors:\n  - name: A\n---\n");
        assertTrue(e.getMessage().contains("date \"April 21, 2026\" is not a valid date"), e.getMessage());
    }

    @Test
    void authorsAsTextIsExplained() throws IOException {
        ReportException e = failure("---\ntitle: T\ndate: 2026-04-21\nauthors: Jane Doe\n---\n");
        assertEquals(4, e.problem().line());
        assertTrue(e.getMessage().contains("\"authors\" must be a list of entries, not a text"), e.getMessage());
        assertTrue(e.getMessage().contains("  - name: Jane Doe"), e.getMessage());
    }

    @Test
    void unknownKeysWarnWithSuggestion() throws Exception {
        loader.load(report("---\ntitle: T\ndate: 2026-04-21\nsubtitel: S\nauthors:\n  - name: A\n    afiliation: X\n---\n"), warnings::add);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).toString().endsWith("article.md:4: warning: unknown key \"subtitel\" is ignored; did you mean \"subtitle\"?"), warnings.get(0).toString());
        assertTrue(warnings.get(1).toString().contains("did you mean \"authors[1].affiliation\"?"), warnings.get(1).toString());
    }

    @Test
    void unclosedFrontMatter() throws IOException {
        ReportException e = failure("---\ntitle: T\ndate: 2026-04-21\n\nBody text\n");
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void noFrontMatter() throws IOException {
        ReportException e = failure("# Just Markdown\n");
        assertEquals(1, e.problem().line());
        assertTrue(e.getMessage().contains("must start with YAML front matter"), e.getMessage());
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() throws IOException {
        ReportException e = failure("---\ntitle: T\ndate: 2026-04-21\nauthors:\n  - name: [unclosed\n---\n");
        assertTrue(e.getMessage().contains("front matter is not valid YAML"), e.getMessage());
        assertTrue(e.problem().line() >= 5, e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path folder = dir.resolve("latin1");
        Files.createDirectories(folder);
        Files.write(folder.resolve("article.md"), "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        ReportException e = assertThrows(ReportException.class, () -> loader.load(folder, warnings::add));
        assertEquals(2, e.problem().line());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void missingArticle() {
        ReportException e = assertThrows(ReportException.class, () -> loader.load(dir, warnings::add));
        assertTrue(e.getMessage().contains("no such file; a report folder must contain article.md"), e.getMessage());
    }

    /** YAML merge keys bring in the anchored mapping's keys; keys written out win. */
    @Test
    void mergeKeysAreApplied() throws Exception {
        Article a = loader.load(report("""
                ---
                title: "Merged"
                date: 2026-03-01
                authors:
                  - &staff
                    name: Jane Doe
                    affiliation: Senior Fellow
                  - <<: *staff
                    name: John Roe
                ---

                Body.
                """), warnings::add);
        assertEquals("John Roe", a.authors().get(1).name());
        assertEquals("Senior Fellow", a.authors().get(1).affiliation());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    /** "~" and null are YAML's "no value": skipped in lists, missing for optional keys. */
    @Test
    void yamlNullIsNoValue() throws Exception {
        Article a = loader.load(report("""
                ---
                title: "Nulls"
                subtitle: ~
                date: 2026-03-01
                keywords: [ports, ~, null]
                authors:
                  - name: Jane Doe
                    affiliation: null
                ---

                Body.
                """), warnings::add);
        assertEquals(null, a.subtitle());
        assertEquals(List.of("ports"), a.keywords());
        assertEquals(null, a.authors().get(0).affiliation());
    }

    /** A comment never closed would hide the rest of the article: the build stops at its line. */
    @Test
    void anUnclosedCommentIsRefused() throws Exception {
        ReportException e = assertThrows(ReportException.class, () -> loader.load(report("""
                ---
                title: "Comment"
                date: 2026-03-01
                authors:
                  - name: Jane Doe
                ---

                First paragraph.

                <!-- a note to self

                Second paragraph, which CommonMark hides.
                """), warnings::add));
        assertTrue(e.getMessage().contains("article.md:10: the HTML comment \"<!--\" opened here is never closed"), e.getMessage());
        loader.load(report("""
                ---
                title: "Comment"
                date: 2026-03-01
                authors:
                  - name: Jane Doe
                ---

                <!-- closed -->

                `<!--` in code, and text.
                """), warnings::add);
        assertEquals(List.of(), warnings);
    }
}
