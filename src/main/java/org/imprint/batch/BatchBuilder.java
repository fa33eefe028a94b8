package org.imprint.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.imprint.BuildRequest;
import org.imprint.DisplayPath;
import org.imprint.Imprint;
import org.imprint.IoMessage;
import org.imprint.ReportException;
import org.imprint.catalogue.Catalogue;

/**
 * Builds many reports in one JVM: in parallel on a bounded pool, skipping reports whose inputs
 * have not changed since their outputs were built, and building only the requested shard. One
 * failing report never stops the others. Then rewrites the output folder's catalogue
 * ({@link Catalogue}) of every report the folder holds.
 */
public final class BatchBuilder {

    private final Imprint imprint;

    public BatchBuilder(Imprint imprint) {
        this.imprint = imprint;
    }

    /**
     * Builds the reports.
     *
     * @param reports  report folders, in the order results are reported
     * @param listener hears about progress, from worker threads
     * @throws IOException when the output folder or the shared inputs cannot be read or written;
     *                     its message names the folder or file and says why
     */
    public BatchSummary build(List<Path> reports, BatchOptions options, BatchListener listener)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        boolean created = !java.nio.file.Files.exists(options.outDir());
        OutputFolder.prepare(options.outDir());
        List<Path> mine = reports.stream().filter(r -> options.shard().includes(slug(r))).toList();
        String optionKey = options.formats().stream().sorted().collect(Collectors.joining(","))
                + ";" + options.profile()
                // a brand's engine: is in its brand.yaml, which the fingerprint covers
                + (options.engine() != null ? ";" + options.engine() : "");
        InputFingerprint fingerprint = new InputFingerprint(imprint.templates(), imprint.fonts(), codeLocation(), optionKey);
        BuildManifest manifest = BuildManifest.load(options.outDir());
        listener.started(mine.size());

        Set<String> slugs = new HashSet<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.jobs(), mine.size())), r -> {
            Thread t = new Thread(r, "imprint-build");
            t.setDaemon(true);
            return t;
        });
        List<Future<ReportResult>> futures = new ArrayList<>();
        try {
            for (Path report : mine) {
                boolean duplicate = !slugs.add(slug(report));
                futures.add(pool.submit(() -> {
                    ReportResult result = duplicate ? duplicate(report) : buildOne(report, options, fingerprint, manifest);
                    listener.finished(result, done.incrementAndGet(), mine.size());
                    return result;
                }));
            }
            List<ReportResult> results = new ArrayList<>();
            for (Future<ReportResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a build task failed unexpectedly", e.getCause());
                }
            }
            if (created && results.stream().allMatch(r -> r.status() == ReportResult.Status.FAILED)) {
                // nothing half-written: a folder this build made, for outputs none of which was made, goes
                OutputFolder.removeEmpty(options.outDir());
                return new BatchSummary(results, (System.nanoTime() - start) / 1_000_000);
            }
            manifest.save();
            if (Catalogue.available(imprint.templates())) {
                new Catalogue(imprint.templates()).write(options.outDir(), manifest.reports(), options.baseUrl());
            }
            return new BatchSummary(results, (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    private ReportResult buildOne(Path report, BatchOptions options, InputFingerprint fingerprint, BuildManifest manifest) {
        long t0 = System.nanoTime();
        String slug = slug(report);
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        BuildRequest request = BuildRequest.of(report).out(options.outDir()).formats(options.formats())
                .profile(options.profile()).engine(options.engine()).warnings(p -> messages.add(p.toString())).build();
        List<Path> outputs = options.formats().stream().sorted().map(f -> imprint.outputFile(request, slug, f)).toList();
        List<String> names = outputs.stream().map(p -> options.outDir().relativize(p).toString()).toList();
        try {
            String inputs = fingerprint.of(report);
            if (!options.force() && manifest.upToDate(slug, inputs, names)) {
                return new ReportResult(slug, ReportResult.Status.SKIPPED, outputs, millisSince(t0), messages, null);
            }
            imprint.build(request);
            manifest.built(slug, inputs, names);
            return new ReportResult(slug, ReportResult.Status.BUILT, outputs, millisSince(t0), messages, null);
        } catch (ReportException e) {
            messages.add(e.problem().toString());
            return failed(slug, t0, messages, e, manifest);
        } catch (IOException | RuntimeException e) {
            // Not a problem of the input as far as Imprint can tell: say so, and keep building the others.
            messages.add(DisplayPath.of(report) + ": " + (e instanceof IOException io ? "cannot write the outputs: " + IoMessage.of(io)
                    : "internal error, please report it: " + e));
            return failed(slug, t0, messages, e, manifest);
        }
    }

    private static ReportResult failed(String slug, long t0, List<String> messages, Exception cause, BuildManifest manifest) {
        manifest.failed(slug);
        return new ReportResult(slug, ReportResult.Status.FAILED, List.of(), millisSince(t0), messages, cause);
    }

    private static ReportResult duplicate(Path report) {
        return new ReportResult(slug(report), ReportResult.Status.FAILED, List.of(), 0,
                List.of(report + ": another report in this batch has the same folder name \"" + slug(report)
                        + "\"; outputs are named after it, so rename one of the folders"), null);
    }

    private static String slug(Path report) {
        return report.toAbsolutePath().normalize().getFileName().toString();
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Imprint's own jar or classes folder: a new version means new outputs. */
    private static Path codeLocation() {
        try {
            return Path.of(Imprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return Path.of("");
        }
    }
}
