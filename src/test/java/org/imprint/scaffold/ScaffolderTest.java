package org.imprint.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.imprint.Problem;
import org.imprint.Reports;
import org.imprint.article.Article;
import org.imprint.article.ArticleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scaffold of a new report: every key, the brand's words, nothing overwritten. */
class ScaffolderTest {

    private static final LocalDate DATE = LocalDate.of(2026, 5, 4);

    @TempDir
    Path dir;

    private final Scaffolder scaffolder = new Scaffolder(Reports.HOME.resolve("templates"), Reports.HOME.resolve("fonts"));

    @Test
    void theArticleListsEveryKeyAndLoadsWithoutWarnings() throws Exception {
        Path folder = dir.resolve("reports/2026-05-port-cities");

        List<Path> files = scaffolder.create(folder, "rcas", null, DATE);

        assertEquals(List.of(folder.resolve("article.md"), folder.resolve("figures/sample-data.csv"),
                folder.resolve("figures/sample-figure.png")), files);
        String text = Files.readString(folder.resolve("article.md"));
        for (String key : List.of("title", "subtitle", "series", "date", "language", "brand", "authors", "name",
                "affiliation", "bio", "email", "photo", "first_published", "outlet", "place", "url", "keywords",
                "abstract", "identifier", "bibliography", "citation_style")) {
            assertTrue(text.matches("(?s).*\\n[ #-]*" + key + ":.*"), "no " + key + ": in\n" + text);
        }
        List<Problem> warnings = new ArrayList<>();
        Article article = new ArticleLoader().load(folder, warnings::add);
        assertEquals(List.of(), warnings);
        assertEquals("Port Cities", article.title(), "a working title from the folder's name");
        assertEquals("RCAS Commentary", article.series());
        assertEquals(DATE, article.date());
        assertEquals("rcas", article.brand());
        assertEquals("Research Fellow, The Hong Kong Research Center for Asian Studies", article.authors().get(0).affiliation());
        assertTrue(article.body().contains("![Sample figure."), article.body());
        assertTrue(article.body().contains("```chart\ntype: line"), "a sample chart: " + article.body());
    }

    @Test
    void aBrandWithoutAScaffoldUsesTheOneItExtendsWithItsOwnWords() throws Exception {
        Path folder = dir.resolve("brief");

        scaffolder.create(folder, "fieldstone", "Port Cities: \"Hubs\" \\ Spokes", DATE);

        Article article = new ArticleLoader().load(folder, p -> { });
        assertEquals("fieldstone", article.brand());
        assertEquals("Fieldstone Brief", article.series());
        assertEquals("Port Cities: \"Hubs\" \\ Spokes", article.title(), "quotes and backslashes survive YAML");
        assertTrue(Files.readString(folder.resolve("article.md")).contains("Fieldstone Working Paper"), "the brand's series are listed");
    }

    @Test
    void anExistingFolderIsNeverOverwritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(folder.resolve("article.md"), "mine");

        assertThrows(FileAlreadyExistsException.class, () -> scaffolder.create(folder, "rcas", null, DATE));

        assertEquals("mine", Files.readString(folder.resolve("article.md")));
    }

    @Test
    void workingTitlesFromFolderNames() {
        assertEquals("Port Cities", Scaffolder.titleFrom("2026-05-port-cities"));
        assertEquals("Port Cities", Scaffolder.titleFrom("2026-05-04_port_cities"));
        assertEquals("Trade", Scaffolder.titleFrom("trade"));
        assertEquals("Untitled Report", Scaffolder.titleFrom("2026-05"));
    }
}
