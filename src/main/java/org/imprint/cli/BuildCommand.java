package org.imprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.imprint.DisplayPath;
import org.imprint.Imprint;
import org.imprint.IoMessage;
import org.imprint.batch.BatchBuilder;
import org.imprint.batch.BatchOptions;
import org.imprint.batch.BatchSummary;
import org.imprint.batch.ReportResult;
import org.imprint.batch.Shard;

import com.fasterxml.jackson.jr.ob.JSON;
import org.imprint.PdfProfile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imprint build}: compiles reports into files. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Builds each report into OUT/<slug>.pdf and OUT/<slug>.epub (and with --format html a web edition in OUT/<slug>/),",
            "where the slug is the report folder's name; then OUT/index.html and OUT/opds.xml list every report in OUT.",
            "A PATH may be a report folder (holding article.md), an article.md file, or a folder of reports:",
            "then every report below it is built, in parallel. A report whose inputs (article, images, brands,",
            "fonts, Imprint itself, options) have not changed since its outputs were built is skipped."},
        footer = {"", "Examples:",
            "  imprint build reports/2026-04-us-iran-pakistan",
            "  imprint build reports/ --out public/ --jobs 4",
            "  imprint build reports/2026-04-us-iran-pakistan --format epub",
            "  imprint build reports/ --format pdf,epub,html --base-url https://example.org/reports/",
            "  imprint build reports/ --shard 2/8 --json     # one machine of eight",
            "  imprint build reports/2026-04-us-iran-pakistan --format pdf --profile print",
            "", "Exit status: 0 when every report built, 1 when any failed (the others are still built), 2 for wrong usage."})
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report folders, article.md files, or folders of reports.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}). Created when missing.")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "pdf,epub",
            description = "Output formats, comma-separated: pdf, epub, html (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Reports built at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--force", description = "Rebuild every report, changed or not.")
    boolean force;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
            description = "Build only shard K of N (1-based): a stable share of the reports by slug, for spreading a tree over N machines.")
    Shard shard = Shard.ALL;

    @Option(names = "--json", description = "Print a machine-readable summary (JSON) on standard output instead of progress and text.")
    boolean json;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "screen", converter = ProfileConverter.class,
            description = {"screen: PDF/A-2u and PDF/UA-1, notes as endnotes (default).",
                "print: OUT/print/<slug>.pdf, the brand's trim size plus bleed, crop marks, TrimBox and BleedBox, notes at the page foot."})
    PdfProfile profile;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = {"PDF engine: pdfbox (PDF/A-2u, PDF/UA-1, TrueType fonts) or openpdf (fast drafts, OpenType/CFF fonts,",
                "notes as endnotes, neither PDF/A nor PDF/UA). Default: the brand's engine: setting, else pdfbox. The file is OUT/<slug>.pdf either way."})
    String engine;

    @Option(names = "--preview", description = "Also write PNG thumbnails of each PDF's pages and a contact sheet into OUT/<slug>-preview/ (see imprint preview).")
    boolean preview;

    @Option(names = "--allow-remote",
            description = "Download images given by http(s) URLs (each within 10 s and 20 MB, all of a report's within 20 s together). Without it a remote image is an error.")
    boolean allowRemote;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the output folder is published, e.g. https://example.org/reports/: the catalogue's OPDS feed (OUT/opds.xml) then links absolutely.")
    String baseUrl;

    @Option(names = "--debug", description = "Show stack traces of unexpected failures.")
    boolean debug;

    @CommandLine.Mixin
    NoServerOption noServer;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> reports;
        try {
            reports = ReportFinder.find(paths);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        Imprint imprint = main.session().imprint(allowRemote);
        Set<String> wanted = Choices.formats(spec, imprint, formats, preview);
        BatchOptions options = new BatchOptions(out, wanted, profile, workers, force, shard, Choices.engine(spec, imprint, engine), baseUrl);
        boolean terminal = main.session().terminal() && !json;
        BatchSummary summary;
        try {
            summary = new BatchBuilder(imprint).build(reports, options, new ProgressPrinter(stdout, err, terminal, json, debug));
        } catch (IOException e) {
            // the output folder (or its build record) cannot be written: one line, not a trace
            err.println("error: " + IoMessage.of(e));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        }
        if (preview) {
            for (ReportResult r : summary.results()) {
                if (r.status() != ReportResult.Status.FAILED) {
                    PreviewCommand.writeFor(r.outputs(), json ? err : stdout);
                }
            }
        }
        if (json) {
            stdout.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(toJson(summary)));
        } else {
            printSummary(stdout, summary);
        }
        stdout.flush();
        return summary.succeeded() ? 0 : 1;
    }

    private static void printSummary(PrintWriter out, BatchSummary summary) {
        for (ReportResult r : summary.results()) {
            if (r.status() == ReportResult.Status.BUILT) {
                r.outputs().forEach(file -> out.println("built " + DisplayPath.of(file)));
            }
        }
        out.printf("%d built, %d skipped, %d failed in %.1f s%n", summary.count(ReportResult.Status.BUILT),
                summary.count(ReportResult.Status.SKIPPED), summary.count(ReportResult.Status.FAILED), summary.millis() / 1000.0);
        for (ReportResult r : summary.results()) {
            if (r.status() == ReportResult.Status.FAILED) {
                // the last message is the error; it names the file (and line) at fault
                out.println("  failed: " + (r.messages().isEmpty() ? r.slug() : r.messages().get(r.messages().size() - 1)));
            }
        }
    }

    private static Map<String, Object> toJson(BatchSummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("built", summary.count(ReportResult.Status.BUILT));
        root.put("skipped", summary.count(ReportResult.Status.SKIPPED));
        root.put("failed", summary.count(ReportResult.Status.FAILED));
        root.put("millis", summary.millis());
        root.put("reports", summary.results().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slug", r.slug());
            m.put("status", r.status().name().toLowerCase());
            m.put("outputs", r.outputs().stream().map(DisplayPath::of).toList());
            m.put("millis", r.millis());
            m.put("messages", r.messages());
            return m;
        }).toList());
        return root;
    }


    static final class ProfileConverter implements CommandLine.ITypeConverter<PdfProfile> {
        @Override
        public PdfProfile convert(String value) {
            try {
                return PdfProfile.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown profile \"" + value + "\" (use screen or print)");
            }
        }
    }

    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
