package org.imprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.imprint.Imprint;
import org.imprint.PdfProfile;
import org.imprint.Reports;
import org.imprint.batch.ReportResult.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchBuilderTest {

    @TempDir
    Path dir;
    Path out;
    List<Path> reports = new ArrayList<>();
    final BatchBuilder batch = new BatchBuilder(new Imprint(Reports.HOME));

    @BeforeEach
    void threeReports() throws IOException {
        out = dir.resolve("out");
        for (String slug : List.of("alpha", "beta", "gamma")) {
            Path folder = dir.resolve("reports").resolve(slug);
            Files.createDirectories(folder);
            Files.copy(Reports.MINIMAL.resolve("article.md"), folder.resolve("article.md"));
            reports.add(folder);
        }
    }

    private BatchSummary run(boolean force, Shard shard) throws Exception {
        return batch.build(reports, new BatchOptions(out, Set.of("pdf", "epub"), PdfProfile.SCREEN, 2, force, shard), new BatchListener() { });
    }

    private static List<Status> statuses(BatchSummary summary) {
        return summary.results().stream().map(ReportResult::status).toList();
    }

    @Test
    void buildsThenSkipsWhatDidNotChange() throws Exception {
        BatchSummary first = run(false, Shard.ALL);
        assertEquals(List.of(Status.BUILT, Status.BUILT, Status.BUILT), statuses(first));
        assertTrue(Files.isRegularFile(out.resolve("beta.pdf")) && Files.isRegularFile(out.resolve("beta.epub")));

        assertEquals(List.of(Status.SKIPPED, Status.SKIPPED, Status.SKIPPED), statuses(run(false, Shard.ALL)));

        Files.writeString(reports.get(1).resolve("article.md"), "\nOne more paragraph.\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of(Status.SKIPPED, Status.BUILT, Status.SKIPPED), statuses(run(false, Shard.ALL)));

        Files.delete(out.resolve("gamma.epub"));
        assertEquals(List.of(Status.SKIPPED, Status.SKIPPED, Status.BUILT), statuses(run(false, Shard.ALL)));

        assertEquals(List.of(Status.BUILT, Status.BUILT, Status.BUILT), statuses(run(true, Shard.ALL)));
    }

    @Test
    void anotherEngineRebuildsIntoTheSameFiles() throws Exception {
        run(false, Shard.ALL);
        BatchOptions openpdf = new BatchOptions(out, Set.of("pdf", "epub"), PdfProfile.SCREEN, 2, false, Shard.ALL,
                "openpdf");
        assertEquals(List.of(Status.BUILT, Status.BUILT, Status.BUILT), statuses(batch.build(reports, openpdf, new BatchListener() { })));
        assertTrue(Files.isRegularFile(out.resolve("beta.pdf")), "the file name does not name the engine");
        assertEquals(List.of(Status.SKIPPED, Status.SKIPPED, Status.SKIPPED), statuses(batch.build(reports, openpdf, new BatchListener() { })));
        // back to the brand's engine
        assertEquals(List.of(Status.BUILT, Status.BUILT, Status.BUILT), statuses(run(false, Shard.ALL)));
    }

    @Test
    void oneBrokenReportDoesNotStopTheOthers() throws Exception {
        Files.writeString(reports.get(0).resolve("article.md"), "---\ntitle: Broken\n---\n");
        BatchSummary summary = run(false, Shard.ALL);
        assertEquals(List.of(Status.FAILED, Status.BUILT, Status.BUILT), statuses(summary));
        assertFalse(summary.succeeded());
        assertTrue(summary.results().get(0).messages().get(0).contains("alpha/article.md"), summary.toString());
        assertFalse(Files.exists(out.resolve("alpha.pdf")));
        // a failed report is retried next time, even though its inputs did not change
        assertEquals(Status.FAILED, run(false, Shard.ALL).results().get(0).status());
    }

    /** Nothing half-written: a failed build removes the output folder it made, and leaves one that was there. */
    @Test
    void aFailedBuildLeavesNoFolderItMade() throws Exception {
        for (Path report : reports) {
            Files.writeString(report.resolve("article.md"), "---\ntitle: Broken\n---\n");
        }
        BatchSummary summary = run(false, Shard.ALL);
        assertEquals(List.of(Status.FAILED, Status.FAILED, Status.FAILED), statuses(summary));
        assertFalse(Files.exists(out), "the failed build left its output folder");
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "kept");
        run(false, Shard.ALL);
        assertEquals("kept", Files.readString(out.resolve("mine.txt")));
    }

    @Test
    void sameSlugTwiceIsRefused() throws Exception {
        Path twin = dir.resolve("elsewhere").resolve("alpha");
        Files.createDirectories(twin);
        Files.copy(Reports.MINIMAL.resolve("article.md"), twin.resolve("article.md"));
        reports.add(twin);
        BatchSummary summary = run(false, Shard.ALL);
        assertEquals(Status.FAILED, summary.results().get(3).status());
        assertTrue(summary.results().get(3).messages().get(0).contains("same folder name \"alpha\""));
    }

    @Test
    void shardsPartitionTheReportsStably() {
        List<String> slugs = IntStream.range(0, 500).mapToObj(i -> "report-" + i).toList();
        Set<String> seen = new HashSet<>();
        for (int k = 1; k <= 4; k++) {
            Shard shard = Shard.parse(k + "/4");
            List<String> mine = slugs.stream().filter(shard::includes).toList();
            assertTrue(mine.size() > 80 && mine.size() < 170, "unbalanced shard " + k + ": " + mine.size());
            mine.forEach(s -> assertTrue(seen.add(s), s + " is in two shards"));
        }
        assertEquals(500, seen.size());
        assertTrue(Shard.parse("1/1").includes("anything"));
    }

    @Test
    void aShardBuildsOnlyItsShare() throws Exception {
        Shard shard = Shard.parse("2/2");
        BatchSummary summary = run(false, shard);
        List<String> expected = reports.stream().map(p -> p.getFileName().toString()).filter(shard::includes).toList();
        assertEquals(expected, summary.results().stream().map(ReportResult::slug).toList());
    }

    /**
     * Only what the build reads counts: files the article does not name may change, sit in an
     * output folder inside the report, or link to a huge file, and nothing is rebuilt; a figure
     * that changes is.
     */
    @Test
    void theFingerprintCoversWhatTheBuildReadsAndNothingElse() throws Exception {
        Path report = reports.get(0);
        Files.createDirectories(report.resolve("figures"));
        Files.copy(Reports.HOME.resolve("src/test/resources/reports/real-world-images/figures/palette.png"), report.resolve("figures/chart.png"));
        Files.writeString(report.resolve("article.md"), "\n![A chart.](figures/chart.png)\n", java.nio.file.StandardOpenOption.APPEND);
        Path huge = dir.resolve("huge.bin");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(1L << 30); // sparse: a gigabyte that takes no room, but takes time to read
        }
        Files.createSymbolicLink(report.resolve("link-to-huge.bin"), huge);
        Path inside = report.resolve("out");
        BatchOptions options = new BatchOptions(inside, Set.of("pdf"), PdfProfile.SCREEN, 1, false, Shard.ALL);
        List<Path> one = List.of(report);
        assertEquals(List.of(Status.BUILT), statuses(batch.build(one, options, new BatchListener() { })));

        Files.writeString(report.resolve("notes.txt"), "unrelated");
        assertEquals(List.of(Status.SKIPPED), statuses(batch.build(one, options, new BatchListener() { })),
                "an unused file or the output folder inside the report made a rebuild");

        Files.copy(Reports.HOME.resolve("src/test/resources/reports/real-world-images/figures/grey.jpg"), report.resolve("figures/chart.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BatchSummary changed = batch.build(one, options, new BatchListener() { });
        assertEquals(List.of(Status.BUILT), statuses(changed), changed.results().get(0).messages().toString());
    }

    /** An unreadable file the article does not use is no concern; an unreadable figure says so. */
    @Test
    void unreadableFilesFailOnlyWhenUsed() throws Exception {
        Path report = reports.get(0);
        Path secret = Files.writeString(report.resolve("secret.txt"), "x");
        secret.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "the user may read anything (root)");
        BatchOptions options = new BatchOptions(out, Set.of("pdf"), PdfProfile.SCREEN, 1, false, Shard.ALL);
        assertEquals(List.of(Status.BUILT), statuses(batch.build(List.of(report), options, new BatchListener() { })));

        Files.createDirectories(report.resolve("figures"));
        Path figure = Files.copy(Reports.HOME.resolve("src/test/resources/reports/real-world-images/figures/palette.png"),
                report.resolve("figures/chart.png"));
        figure.toFile().setReadable(false, false);
        Files.writeString(report.resolve("article.md"), "\n![A chart.](figures/chart.png)\n", java.nio.file.StandardOpenOption.APPEND);
        BatchSummary failed = batch.build(List.of(report), options, new BatchListener() { });
        assertEquals(List.of(Status.FAILED), statuses(failed));
        String message = failed.results().get(0).messages().toString();
        assertTrue(message.contains("image \"figures/chart.png\" cannot be read (permission denied)"), message);
    }

    /** Two shards building into one folder at the same time both keep their records. */
    @Test
    void shardsBuildingAtOnceKeepEachOthersRecords() throws Exception {
        for (String slug : List.of("delta", "epsilon", "zeta", "eta")) {
            Path folder = Files.createDirectories(dir.resolve("reports").resolve(slug));
            Files.copy(Reports.MINIMAL.resolve("article.md"), folder.resolve("article.md"));
            reports.add(folder);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> new BatchBuilder(new Imprint(Reports.HOME)).build(reports,
                    new BatchOptions(out, Set.of("pdf"), PdfProfile.SCREEN, 1, false, Shard.parse("1/2")), new BatchListener() { }));
            var second = pool.submit(() -> new BatchBuilder(new Imprint(Reports.HOME)).build(reports,
                    new BatchOptions(out, Set.of("pdf"), PdfProfile.SCREEN, 1, false, Shard.parse("2/2")), new BatchListener() { }));
            assertEquals(reports.size(), first.get().results().size() + second.get().results().size());
        } finally {
            pool.shutdownNow();
        }
        BatchSummary again = batch.build(reports, new BatchOptions(out, Set.of("pdf"), PdfProfile.SCREEN, 2, false, Shard.ALL),
                new BatchListener() { });
        assertEquals(java.util.Collections.nCopies(reports.size(), Status.SKIPPED), statuses(again));
        // the lock is the manifest's own: nothing else of Imprint's is left beside the outputs and the catalogue
        try (var files = Files.list(out)) {
            assertEquals(List.of(".imprint-manifest.json", "catalogue", "index.html", "opds.xml"), files.map(f -> f.getFileName().toString())
                    .filter(name -> !name.endsWith(".pdf")).sorted().toList());
        }
    }

    /** Manifests loaded before either saved: the second save merges, it does not overwrite. */
    @Test
    void aSaveMergesWithWhatAnotherProcessSaved() throws Exception {
        BuildManifest one = BuildManifest.load(out);
        BuildManifest two = BuildManifest.load(out);
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.pdf"), "x");
        Files.writeString(out.resolve("b.pdf"), "x");
        one.built("a", "fingerprint-a", List.of("a.pdf"));
        two.built("b", "fingerprint-b", List.of("b.pdf"));
        one.save();
        two.save();
        BuildManifest merged = BuildManifest.load(out);
        assertTrue(merged.upToDate("a", "fingerprint-a", List.of("a.pdf")));
        assertTrue(merged.upToDate("b", "fingerprint-b", List.of("b.pdf")));
        two.failed("a");
        two.save();
        assertFalse(BuildManifest.load(out).upToDate("a", "fingerprint-a", List.of("a.pdf")));
        assertTrue(BuildManifest.load(out).upToDate("b", "fingerprint-b", List.of("b.pdf")));
    }
}
