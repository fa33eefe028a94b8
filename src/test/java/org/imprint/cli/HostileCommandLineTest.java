package org.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.imprint.Reports;
import org.imprint.cli.BuildCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong or unlucky use of the command line, through {@link Main}'s command line: usage errors
 * exit 2 with a line of text, failures exit 1 with one line per problem, and no stack trace.
 */
class HostileCommandLineTest {

    @TempDir
    Path dir;

    private static void noStackTrace(Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "stack trace or exception:\n" + run.err());
        assertFalse(run.out().contains("\tat ") || run.out().contains("Exception"), "stack trace or exception:\n" + run.out());
    }

    @Test
    void anEmptyFormatListIsAUsageError() {
        for (String formats : new String[] {",", ",,", ""}) {
            Run run = BuildCommandTest.imprint("build", "--format", formats, "-o", dir.toString(), Reports.MINIMAL.toString());
            assertEquals(2, run.status(), "--format '" + formats + "': " + run.err());
            assertTrue(run.err().contains("--format"), run.err());
            noStackTrace(run);
        }
        Run watch = BuildCommandTest.imprint("watch", "--format", ",", "-o", dir.toString(), Reports.MINIMAL.toString());
        assertEquals(2, watch.status(), watch.err());
        noStackTrace(watch);
    }

    @Test
    void newRefusesAnEmptyOrMarkedUpTitleAndWritesNothing() throws IOException {
        // a title is plain text: markup in it would stop the build of the report written
        for (String title : new String[] {"", "   ", "Bell\u0007", "A <q>quoted</q> title", "Rivers &amp; Dams"}) {
            Path report = dir.resolve("reports/r" + title.length());
            Run run = BuildCommandTest.imprint("new", report.toString(), "--title", title);
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains("--title"), run.err());
            assertFalse(Files.exists(report), "wrote " + report);
            noStackTrace(run);
        }
    }

    /** Whatever printable title "new" accepts, the report it writes builds. */
    @Test
    void aTitleGivenToNewBuilds() {
        Path report = dir.resolve("reports/quoted");
        Run made = BuildCommandTest.imprint("new", report.toString(), "--title", "\"Quotes\": a \\ back-slash, #hash & 1 <2> 3 <3");
        assertEquals(0, made.status(), made.err());
        Run built = BuildCommandTest.imprint("build", "--format", "epub", "-o", dir.resolve("out").toString(), report.toString());
        assertEquals(0, built.status(), built.err());
    }

    @Test
    void newUnderAFileOrAnImpossibleFolderSaysWhyInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run underFile = BuildCommandTest.imprint("new", file.resolve("report").toString());
        assertEquals(1, underFile.status(), underFile.err());
        assertTrue(underFile.err().contains("a-file is a file, not a folder"), underFile.err());
        noStackTrace(underFile);

        Path missingParents = dir.resolve("no/such/parents/report");
        Run created = BuildCommandTest.imprint("new", missingParents.toString());
        assertEquals(0, created.status(), created.err());
        assertTrue(Files.isRegularFile(missingParents.resolve("article.md")));
    }

    /** A failed report's warnings stay warnings; only its error is called one. */
    @Test
    void aFailedReportsWarningsAreNotCalledErrors() throws IOException {
        Path report = dir.resolve("warned-then-failed");
        Files.createDirectories(report);
        Files.writeString(report.resolve("article.md"), """
                ---
                titel: "A Typo"
                date: 2026-03-01
                authors:
                  - name: Jane Doe
                ---

                Body.
                """, StandardCharsets.UTF_8);
        Run run = BuildCommandTest.imprint("build", "-o", dir.resolve("out").toString(), report.toString());
        assertEquals(1, run.status(), run.err());
        try (Stream<String> lines = run.err().lines()) {
            var all = lines.toList();
            assertTrue(all.stream().anyMatch(l -> l.matches(".*article\\.md:2: warning: unknown key \"titel\".*") && !l.startsWith("error:")), run.err());
            assertTrue(all.stream().anyMatch(l -> l.startsWith("error: ") && l.contains("missing required key \"title\"")), run.err());
            assertFalse(run.err().contains("error: warning") || run.err().matches("(?s).*error: \\S+: warning:.*"), run.err());
        }
    }

    /** An output folder that cannot be used fails at once, in one line, before any report is built. */
    @Test
    void anUnusableOutputFolderIsOneLineAtOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("out-file"), "x");
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        readOnly.toFile().setWritable(false, false);
        Map<Path, String> cases = new LinkedHashMap<>();
        cases.put(file, "output folder " + file + " is a file, not a folder");
        cases.put(file.resolve("below"), "cannot create the output folder " + file.resolve("below"));
        if (!Files.isWritable(readOnly)) { // root may write anywhere
            cases.put(readOnly, "cannot write in the output folder " + readOnly + ": ");
        }
        for (var c : cases.entrySet()) {
            Run run = BuildCommandTest.imprint("build", "-o", c.getKey().toString(), Reports.MINIMAL.toString(), Reports.EVERY_FEATURE.toString());
            assertEquals(1, run.status(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("error: " + c.getValue()), run.err());
            assertFalse(run.out().contains("built"), "built before failing:\n" + run.out());
            noStackTrace(run);
        }
        readOnly.toFile().setWritable(true, false);
    }

    /** An output that cannot be written fails its report with one line naming the file, and the batch goes on. */
    @Test
    void anOutputThatCannotBeWrittenIsOneLineNamingIt() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("minimal.pdf"));
        Files.writeString(out.resolve("minimal.pdf/in-the-way"), "x");
        Run run = BuildCommandTest.imprint("build", "--format", "pdf", "-o", out.toString(), Reports.MINIMAL.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("minimal: cannot write the outputs: " + out.resolve("minimal.pdf")), run.err());
        assertFalse(run.err().matches("(?s).*\\bjava\\.[a-z]+\\..*"), run.err());
        noStackTrace(run);
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).toList());
        }
    }
}
