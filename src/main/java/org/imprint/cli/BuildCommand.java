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
import org.imprint.article.RemoteAccess;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imprint build}: compiles reports into files. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Builds each report into OUT/<slug>.pdf, where the slug is the report folder's name.",
            "A PATH may be a report folder (holding article.md), an article.md file, or a folder of reports:",
            "then every report below it is built."},
        footer = {"", "Examples:",
            "  imprint build reports/2026-04-us-iran-pakistan",
            "  imprint build reports/ --out public/",
            "", "Exit status: 0 when every report built, 1 when any failed (the others are still built), 2 for wrong usage."})
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report folders, article.md files, or folders of reports.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}). Created when missing.")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "pdf",
            converter = FormatConverter.class,
            description = "Output formats, comma-separated: pdf (default: ${DEFAULT-VALUE}).")
    List<Format> formats;

    @Option(names = "--allow-remote",
            description = "Download images given by http(s) URLs (each within 10 s and 20 MB). Without it a remote image is an error.")
    boolean allowRemote;

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
        Imprint imprint = new Imprint(Main.home(), allowRemote ? RemoteAccess.allowedWithDefaults() : RemoteAccess.DENIED);
        Set<Format> wanted = EnumSet.copyOf(formats);
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
            } catch (ReportException e) {
                failures.add(e.problem().toString());
                err.println("error: " + e.problem());
                if (debug) {
                    e.printStackTrace(err);
                }
            } catch (IOException | RuntimeException e) {
                // Not a problem of the input as far as Imprint can tell: say so, and keep building the others.
                String message = relative(report) + ": " + (e instanceof IOException ? "" : "internal error, please report it: ") + e
                        + (debug ? "" : " (--debug shows details)");
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
                throw new CommandLine.TypeConversionException("unknown format \"" + value + "\" (use pdf)");
            }
        }
    }
}
