package org.imprint.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imprint.ReportException;
import org.imprint.Reports;
import org.imprint.markdown.ImageRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image checks that need a file system arranged at run time. */
class ImageCheckerTest {

    private static final Path SMALL = Reports.HOME.resolve("src/test/resources/reports/real-world-images/figures/palette.png");

    @TempDir
    Path dir;

    private Article article(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("article.md"), "---\ntitle: T\ndate: 2026-01-01\nauthors:\n  - name: A\n---\n");
        return new ArticleLoader().load(folder, p -> { });
    }

    private Map<String, ImageInfo> check(Article article, String... sources) throws ReportException {
        List<ImageRef> refs = java.util.Arrays.stream(sources).map(s -> new ImageRef(s, 9)).toList();
        return new ImageChecker().check(article, refs, new ImageFetcher(RemoteAccess.DENIED));
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsOutside() throws Exception {
        Path report = dir.resolve("report");
        Article article = article(report);
        Path outside = Files.copy(SMALL, dir.resolve("secret.png"));
        Files.createSymbolicLink(report.resolve("innocent.png"), outside);
        ReportException e = assertThrows(ReportException.class, () -> check(article, "innocent.png"));
        assertTrue(e.getMessage().endsWith("article.md:9: image \"innocent.png\" is outside the report folder; "
                + "copy it into the folder and use a relative path, e.g. figures/name.jpg"), e.getMessage());
    }

    @Test
    void escapesAreDecodedAsARendererDecodesThem() throws Exception {
        Path report = dir.resolve("report");
        Article article = article(report);
        Files.createDirectories(report.resolve("my figures"));
        Files.copy(SMALL, report.resolve("my figures/chart 1.png"));
        Map<String, ImageInfo> checked = check(article, "my%20figures/chart%201.png", "my figures/chart 1.png");
        assertEquals(2, checked.size());
        assertEquals(120, checked.get("my%20figures/chart%201.png").width());
    }

    @Test
    void anEncodedEscapeIsStillAnEscape() throws Exception {
        Article article = article(dir.resolve("report"));
        ReportException e = assertThrows(ReportException.class, () -> check(article, "%2e%2e/%2e%2e/etc/passwd"));
        assertTrue(e.getMessage().contains("is outside the report folder"), e.getMessage());
    }
}
