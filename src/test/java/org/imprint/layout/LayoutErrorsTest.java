package org.imprint.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.ReportException;
import org.imprint.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken layout (a temporary copy of the RCAS brand with one template spoilt) fails the build
 * with the template's file and line, leaves no output and keeps the last good one. FreeMarker
 * runs with its safest settings: no {@code ?api}, no {@code ?new} of arbitrary classes.
 */
class LayoutErrorsTest {

    @TempDir
    Path dir;
    Path brand;
    Path out;

    @BeforeEach
    void copyBrand() throws IOException {
        brand = dir.resolve("templates/rcas");
        Files.createDirectories(brand.getParent());
        Path from = Reports.HOME.resolve("templates/rcas");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Files.copy(p, brand.resolve(from.relativize(p).toString()));
            }
        }
        out = dir.resolve("out");
    }

    /** Inserts {@code text} as line {@code line} of a layout. */
    private void spoil(String layout, int line, String text) throws IOException {
        Path file = brand.resolve("layouts").resolve(layout);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.add(line - 1, text);
        Files.write(file, lines);
    }

    private ReportException buildFails() {
        Imprint imprint = new Imprint(dir.resolve("templates"), Reports.HOME.resolve("fonts"));
        return assertThrows(ReportException.class, () -> imprint.build(BuildRequest.of(Reports.MINIMAL).out(out).formats("pdf").build()));
    }

    @Test
    void anUndefinedValueNamesTemplateAndLine() throws IOException {
        spoil("author.ftlh", 2, "<p>${article.no_such_key}</p>");
        ReportException e = buildFails();
        assertTrue(e.problem().file().endsWith("templates/rcas/layouts/author.ftlh"), e.getMessage());
        assertEquals(2, e.problem().line(), e.getMessage());
        assertTrue(e.problem().message().startsWith("layout error: "), e.getMessage());
        assertTrue(e.problem().message().contains("article.no_such_key"), e.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTemplateAndLine() throws IOException {
        spoil("cover.ftlh", 3, "<#if article.title>");
        ReportException e = buildFails();
        assertTrue(e.problem().file().endsWith("templates/rcas/layouts/cover.ftlh"), e.getMessage());
        assertTrue(e.problem().message().startsWith("layout syntax error: "), e.getMessage());
        assertTrue(e.problem().line() > 0, e.getMessage());
    }

    @Test
    void theApiBuiltInIsOff() throws IOException {
        spoil("back.ftlh", 1, "${brand?api.getClass().getName()}");
        ReportException e = buildFails();
        assertEquals(1, e.problem().line(), e.getMessage());
        assertTrue(e.problem().file().endsWith("layouts/back.ftlh"), e.getMessage());
    }

    @Test
    void newCannotCreateArbitraryClasses() throws IOException {
        spoil("back.ftlh", 1, "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        ReportException e = buildFails();
        assertEquals(1, e.problem().line(), e.getMessage());
        assertTrue(e.problem().message().contains("Execute"), e.getMessage());
    }

    @Test
    void aLayoutErrorKeepsTheLastGoodOutputAndLeavesNoTemporaryFile() throws Exception {
        new Imprint(dir.resolve("templates"), Reports.HOME.resolve("fonts")).build(BuildRequest.of(Reports.MINIMAL).out(out).formats("pdf").build());
        byte[] good = Files.readAllBytes(out.resolve("minimal.pdf"));
        spoil("article.ftlh", 2, "${1 / 0}");
        buildFails();
        assertArrayEquals(good, Files.readAllBytes(out.resolve("minimal.pdf")));
        try (Stream<Path> files = Files.list(out)) {
            // the good build's outputs: the PDF and the report's catalogue card
            assertEquals(List.of("catalogue", "minimal.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A layout that names a file the article's checks never saw cannot read it, and says so. */
    @Test
    void aResourceTheEngineMayNotReadFailsTheBuild() throws IOException {
        spoil("back.ftlh", 1, "<img src=\"../../../../../../../etc/hostname\"/>");
        ReportException e = buildFails();
        assertTrue(e.problem().message().startsWith("the PDF engine could not use a resource: "), e.getMessage());
        assertTrue(e.problem().message().contains("etc/hostname"), e.getMessage());
    }
}
