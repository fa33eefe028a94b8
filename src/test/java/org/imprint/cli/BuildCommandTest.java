package org.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The {@code imprint build} command run in-process: exit statuses, summary, and what is left on disk. */
class BuildCommandTest {

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run imprint(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int status = cmd.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMixedBatchBuildsEveryGoodReportNamesEveryBadOneAndExits1() throws IOException {
        Path out = dir.resolve("out");
        Run run = imprint("build", "-o", out.toString(),
                Reports.MINIMAL.toString(), Reports.BAD.toString(), Reports.EVERY_FEATURE.toString());

        List<String> bad;
        try (Stream<Path> walk = Files.walk(Reports.BAD)) {
            bad = walk.filter(p -> p.getFileName().toString().equals("article.md"))
                    .map(p -> p.getParent().getFileName().toString()).sorted().toList();
        }
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(".imprint-manifest.json", "catalogue", "every-feature.epub", "every-feature.pdf",
                        "index.html", "minimal.epub", "minimal.pdf", "opds.xml"),
                files(out), "only the good reports and the catalogue, no temporary files");
        assertTrue(run.out().contains("2 built, 0 skipped, " + bad.size() + " failed"), run.out());
        for (String name : bad) {
            // the file at fault: article.md, or another file it names (a bibliography)
            assertTrue(run.out().contains("  failed: src/test/resources/bad-reports/" + name + "/"),
                    "summary does not list " + name + ":\n" + run.out());
        }
        assertTrue(run.out().contains("  failed: src/test/resources/bad-reports/invalid-date/article.md:3: date \"2026-13-45\" is not a valid date"), run.out());
        assertFalse(run.err().contains("\tat "), "stack trace without --debug:\n" + run.err());
    }

    @Test
    void everyReportBuiltExits0() {
        Run run = imprint("build", "-o", dir.toString(), Reports.MINIMAL.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("minimal.pdf")));
        assertTrue(run.out().contains("built " + dir.resolve("minimal.pdf")) || run.out().contains("built minimal"), run.out());
    }

    @Test
    void aFailedFirstBuildLeavesNoEmptyCatalogue() throws IOException {
        Path out = dir.resolve("out");
        Run run = imprint("build", "-o", out.toString(), Reports.BAD.resolve("missing-title").toString());
        assertEquals(1, run.status());
        assertFalse(Files.exists(out.resolve("index.html")) || Files.exists(out.resolve("opds.xml")),
                () -> "a catalogue of nothing: " + run.out());
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodOutput() throws IOException {
        Path report = dir.resolve("kept");
        Files.createDirectories(report);
        Path article = report.resolve("article.md");
        Files.copy(Reports.MINIMAL.resolve("article.md"), article);
        Path out = dir.resolve("out");
        assertEquals(0, imprint("build", "-o", out.toString(), report.toString()).status());
        byte[] good = Files.readAllBytes(out.resolve("kept.pdf"));

        Files.writeString(article, Files.readString(article).replace("date: 2026-01-15", "date: 2026-13-45"), StandardCharsets.UTF_8);
        Run run = imprint("build", "-o", out.toString(), report.toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("kept/article.md:3: date \"2026-13-45\" is not a valid date"), run.err());
        assertArrayEquals(good, Files.readAllBytes(out.resolve("kept.pdf")), "the last good output was changed");
        assertEquals(List.of(".imprint-manifest.json", "catalogue", "index.html", "kept.epub", "kept.pdf", "opds.xml"),
                files(out));
        assertTrue(Files.readString(out.resolve("index.html")).contains("kept.pdf"), "the catalogue still lists the last good output");
    }

    @Test
    void wrongUsageExits2WithAShortMessage() {
        Run unknownOption = imprint("build", "--bogus", Reports.MINIMAL.toString());
        Run noSuchPath = imprint("build", "-o", dir.toString(), dir.resolve("nowhere").toString());
        Run noReport = imprint("build", "-o", dir.toString(), Reports.BAD.resolve("missing-article").toString());
        Run badFormat = imprint("build", "-f", "docx", Reports.MINIMAL.toString());
        assertAll(
                () -> assertEquals(2, unknownOption.status()),
                () -> assertTrue(unknownOption.err().startsWith("imprint: Unknown option: '--bogus'"), unknownOption.err()),
                () -> assertEquals(2, noSuchPath.status()),
                () -> assertTrue(noSuchPath.err().contains("nowhere: no such file or folder"), noSuchPath.err()),
                () -> assertEquals(2, noReport.status()),
                () -> assertTrue(noReport.err().contains("missing-article: no article.md in this folder or below it"), noReport.err()),
                () -> assertEquals(2, badFormat.status()),
                () -> assertTrue(badFormat.err().contains("unknown format \"docx\""), badFormat.err()),
                () -> assertTrue(noReport.err().lines().count() <= 2, "the whole help text:\n" + noReport.err()));
    }

    @Test
    void debugShowsTheStackTraceOfAnInputProblem() {
        Run plain = imprint("build", "-o", dir.toString(), Reports.BAD.resolve("image-truncated-png").toString());
        Run debug = imprint("build", "--debug", "-o", dir.toString(), Reports.BAD.resolve("image-truncated-png").toString());
        assertEquals(1, plain.status());
        assertEquals(1, debug.status());
        assertFalse(plain.err().contains("\tat "), plain.err());
        assertTrue(debug.err().contains("\tat org.imprint."), debug.err());
    }

    @Test
    void engineOptionChoosesTheEngineAndRejectsUnknownOnes() throws IOException {
        Path out = dir.resolve("out");
        Run run = imprint("build", "-o", out.toString(), "--format", "pdf", "--engine", "openpdf", Reports.MINIMAL.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("minimal.pdf"), files(out).stream().filter(f -> f.endsWith(".pdf")).toList());
        String pdf = new String(Files.readAllBytes(out.resolve("minimal.pdf")), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("OpenPDF"), "made by the OpenPDF engine");

        Run unknown = imprint("build", "-o", out.toString(), "--engine", "fop", Reports.MINIMAL.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown engine \"fop\" (use pdfbox or openpdf)"), unknown.err());
    }
}
