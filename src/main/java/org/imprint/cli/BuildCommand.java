package org.imprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.imprint.Format;
import org.imprint.Imprint;
import org.imprint.Problem;
import org.imprint.ReportException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imprint build}: compiles reports into files. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Builds each report into OUT/<slug>.pdf and OUT/<slug>.epub, where the slug is the report folder's name.",
            "A PATH may be a report folder (holding article.md), an article.md file, or a folder of reports:",
            "then every report below it is built."},
        footer = {"", "Examples:",
            "  imprint build reports/2026-04-us-iran-pakistan",
            "  imprint build reports/ --out public/",
            "  imprint build reports/2026-04-us-iran-pakistan --format epub",
            "", "Exit status: 0 when every report built, 1 when any failed (the others are still built), 2 for wrong usage."})
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report folders, article.md files, or folders of reports.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}). Created when missing.")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "pdf,epub",
            converter = FormatConverter.class,
            description = "Output formats, comma-separated: pdf, epub (default: ${DEFAULT-VALUE}).")
    List<Format> formats;

    @Option(names = "--preview", description = "Also write PNG thumbnails of each PDF's pages and a contact sheet into OUT/<slug>-preview/ (see imprint preview).")
    boolean preview;

    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> reports;
        try {
            reports = ReportFinder.find(paths);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Imprint imprint = new Imprint(Main.home());
        Set<Format> wanted = EnumSet.copyOf(formats);
        if (preview && !wanted.contains(Format.PDF)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--preview renders the PDF: add pdf to --format");
        }
        List<String> failures = new ArrayList<>();
        int built = 0;
        long start = System.nanoTime();
        for (Path report : reports) {
            long t0 = System.nanoTime();
            try {
                List<Path> files = imprint.build(report, out, wanted, p -> err.println(p));
                built++;
                for (Path file : files) {
                    stdout.printf("built %s (%d ms)%n", relative(file), (System.nanoTime() - t0) / 1_000_000);
                }
                if (preview) {
                    PreviewCommand.writeFor(files, stdout);
                }
            } catch (ReportException e) {
                failures.add(e.problem().toString());
                err.println("error: " + e.problem());
                if (debug) {
                    e.printStackTrace(err);
                }
            } catch (IOException | RuntimeException e) {
                String message = relative(report) + ": " + e;
                failures.add(message);
                err.println("error: " + message);
                if (debug) {
                    e.printStackTrace(err);
                }
            }
        }
        if (reports.size() > 1 || !failures.isEmpty()) {
            stdout.printf("%d built, %d failed, %.1f s%n", built, failures.size(), (System.nanoTime() - start) / 1e9);
            failures.forEach(f -> stdout.println("  failed: " + f));
        }
        stdout.flush();
        err.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private static String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown format \"" + value + "\" (use pdf or epub)");
            }
        }
    }
}
