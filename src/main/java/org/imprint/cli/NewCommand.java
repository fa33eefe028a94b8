package org.imprint.cli;

import org.imprint.DisplayPath;
import org.imprint.IoMessage;
import org.imprint.article.PlainText;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.imprint.ReportException;
import org.imprint.brand.BrandLoader;
import org.imprint.scaffold.Scaffolder;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imprint new}: starts a report from its brand's scaffold. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Creates a report folder holding an article.md, with every front-matter key listed and explained, a sample paragraph and a sample figure, ready to build.",
            "The folder's name is the report's slug: its output files are named after it. An existing folder is never overwritten."},
        footer = {"", "Examples:",
            "  imprint new reports/2026-05-port-cities",
            "  imprint new reports/2026-05-port-cities --brand fieldstone --title \"Port Cities and the New Trade Routes\"",
            "", "Exit status: 0 when the report was created, 1 when the brand's scaffold is broken, 2 for wrong usage (the folder exists, an unknown brand)."})
final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", description = "The new report folder, e.g. reports/2026-05-port-cities.")
    Path folder;

    @Option(names = {"-b", "--brand"}, paramLabel = "BRAND", defaultValue = "rcas",
            description = "The brand: a folder under templates/ (default: ${DEFAULT-VALUE}).")
    String brand;

    @Option(names = {"-t", "--title"}, paramLabel = "TEXT",
            description = "The report's title (default: made from the folder's name).")
    String title;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String slug = folder.toAbsolutePath().normalize().getFileName().toString();
        if (!slug.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "\"" + slug
                    + "\" cannot be a report's slug: use letters, digits, -, _ and ., e.g. reports/2026-05-port-cities");
        }
        if (title != null && (title.isBlank() || title.chars().anyMatch(Character::isISOControl))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--title must be a line of text, e.g. --title \"Port Cities\""
                    + " (leave it out to have one made from the folder's name)");
        }
        Optional<PlainText.Markup> markup = title == null ? Optional.empty() : PlainText.markup(title);
        if (markup.isPresent()) {
            // the title is written into the front matter, where the build would refuse it
            throw new CommandLine.ParameterException(spec.commandLine(), markup.get().message("--title"));
        }
        Path templates = Main.home().resolve("templates");
        if (!brand.matches("[a-z0-9][a-z0-9_-]*") || !Files.isRegularFile(templates.resolve(brand).resolve(BrandLoader.PROFILE))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown brand \"" + brand
                    + "\": there is no " + DisplayPath.of(templates.resolve(brand).resolve(BrandLoader.PROFILE))
                    + " (brands here: " + String.join(", ", brands(templates)) + ")");
        }
        String blocked = blockedBy(folder.toAbsolutePath().normalize().getParent());
        if (blocked != null) {
            spec.commandLine().getErr().println("error: cannot create " + DisplayPath.of(folder) + ": " + blocked);
            spec.commandLine().getErr().flush();
            return 1;
        }
        try {
            var files = new Scaffolder(templates, Main.home().resolve("fonts")).create(folder, brand, title, LocalDate.now());
            out.printf("created %s:%n", DisplayPath.of(folder));
            files.forEach(f -> out.println("  " + DisplayPath.of(f)));
            out.printf("next: edit %s, then run%n  imprint watch %s     (rebuilds the PDF on every save)%n",
                    DisplayPath.of(folder.resolve("article.md")), DisplayPath.of(folder));
            out.flush();
            return 0;
        } catch (FileAlreadyExistsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), DisplayPath.of(folder)
                    + " already exists; choose a new folder name (nothing was changed)");
        } catch (ReportException e) {
            spec.commandLine().getErr().println("error: " + e.problem());
            spec.commandLine().getErr().flush();
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot create " + DisplayPath.of(folder) + ": " + IoMessage.of(e));
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    /**
     * Why the folders up to {@code parent} cannot be made, or {@code null}: the nearest existing
     * ancestor must be a folder we may write in (missing ones in between are created).
     */
    private static String blockedBy(Path parent) {
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        if (!Files.isDirectory(existing)) {
            return DisplayPath.of(existing) + " is a file, not a folder";
        }
        if (!Files.isWritable(existing)) {
            return "the folder " + DisplayPath.of(existing) + " is read-only";
        }
        return null;
    }

    private static List<String> brands(Path templates) {
        try (Stream<Path> folders = Files.list(templates)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(BrandLoader.PROFILE)))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
