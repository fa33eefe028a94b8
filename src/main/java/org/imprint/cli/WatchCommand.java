package org.imprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.imprint.BuildRequest;
import org.imprint.DisplayPath;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.article.ArticleLoader;
import org.imprint.watch.ReportWatcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imprint watch}: rebuilds a report on every save until interrupted. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Builds a report, then rebuilds it whenever its article, its images, a brand under templates/ or a font under fonts/ changes, until you press Ctrl-C.",
            "Saves in quick succession make one rebuild. A failed build prints its error and the watch goes on: fix the file and save again.",
            "Keep the PDF open in a viewer that reloads changed files (most do) to see each build."},
        footer = {"", "Examples:",
            "  imprint watch reports/2026-05-port-cities",
            "  imprint watch reports/2026-05-port-cities --format pdf,epub --preview",
            "", "Exit status: that of an interrupted command (130) when stopped with Ctrl-C, 2 for wrong usage. Build errors do not end the watch."})
final class WatchCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Parameters(paramLabel = "REPORT", description = "The report folder (or its article.md).")
    Path report;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}). Created when missing.")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "pdf",
            description = "Output formats, comma-separated: pdf, epub (default: ${DEFAULT-VALUE}, the quickest to rebuild).")
    List<String> formats;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "PDF engine: pdfbox or openpdf (quicker drafts; see imprint build --help). Default: the brand's.")
    String engine;

    @Option(names = "--preview", description = "Also rewrite the PNG previews (OUT/<slug>-preview/) after each build.")
    boolean preview;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = Files.isRegularFile(report) ? report.toAbsolutePath().getParent() : report;
        if (!Files.isRegularFile(folder.resolve(ArticleLoader.ARTICLE_FILE))) {
            throw new CommandLine.ParameterException(spec.commandLine(), report + ": not a report folder (no "
                    + ArticleLoader.ARTICLE_FILE + " in it); create one with: imprint new " + report);
        }
        Path home = Main.home();
        Imprint imprint = new Imprint(home);
        BuildRequest request = BuildRequest.of(folder).out(out).formats(Choices.formats(spec, imprint, formats, preview))
                .engine(Choices.engine(spec, imprint, engine)).build();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportWatcher watcher = new ReportWatcher(request, home.resolve("templates"), home.resolve("fonts"),
                ReportWatcher.DEFAULT_QUIET, new Printer(stdout, err));
        stdout.printf("watching %s, templates/ and fonts/ for changes; press Ctrl-C to stop%n", DisplayPath.of(folder));
        stdout.flush();

        // Ctrl-C runs the shutdown hooks: stop the loop and let a build in progress finish, so
        // that it moves its file into place instead of leaving a temporary one behind.
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            watcher.close();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "imprint-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            watcher.run();
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    /** Prints each build as it happens, with the time, so a long session reads as a log. */
    private final class Printer implements ReportWatcher.Listener {

        private final PrintWriter out;
        private final PrintWriter err;

        Printer(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void building(Set<Path> changed) {
            if (!changed.isEmpty()) {
                out.printf("%s changed: %s%n", now(), changed.stream().map(DisplayPath::of).collect(Collectors.joining(", ")));
                out.flush();
            }
        }

        @Override
        public void built(List<Path> files, Duration took) {
            for (Path file : files) {
                out.printf("%s built %s (%d ms)%n", now(), DisplayPath.of(file), took.toMillis());
            }
            out.flush();
            if (preview) {
                try {
                    PreviewCommand.writeFor(files, out);
                } catch (IOException e) {
                    failed("cannot preview: " + e.getMessage(), e);
                }
            }
        }

        @Override
        public void failed(String message, Exception cause) {
            err.printf("%s error: %s%n", now(), message);
            if (debug) {
                cause.printStackTrace(err);
            }
            err.flush();
        }

        @Override
        public void warning(Problem problem) {
            err.println(problem);
            err.flush();
        }

        private String now() {
            return LocalTime.now().format(CLOCK);
        }
    }
}
