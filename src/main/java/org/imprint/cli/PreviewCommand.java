package org.imprint.cli;

import org.imprint.DisplayPath;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.imprint.preview.PagePreviews;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imprint preview}: PNG thumbnails and a contact sheet of a built PDF. */
@Command(name = "preview",
        mixinStandardHelpOptions = true,
        description = {
            "Renders each page of a PDF as a PNG thumbnail (page-01.png, page-02.png, ...) and all pages as one contact sheet (contact-sheet.png), for review and as CI artefacts.",
            "Thumbnails of pages the PDF no longer has are removed. `imprint build --preview` does the same for every PDF it builds."},
        footer = {"", "Examples:",
            "  imprint preview out/2026-04-us-iran-pakistan.pdf     (writes out/2026-04-us-iran-pakistan-preview/)",
            "  imprint preview out/2026-04-us-iran-pakistan.pdf --out review/ --dpi 100",
            "", "Exit status: 0 when the previews were written, 1 when the PDF cannot be read or a file cannot be written, 2 for wrong usage."})
final class PreviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.pdf", description = "The PDF to preview.")
    Path pdf;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the PNG files (default: FILE-preview/ beside the PDF). Created when missing.")
    Path out;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "60",
            description = "Resolution of the page thumbnails (default: ${DEFAULT-VALUE}; an A4 page is then 496 × 701 pixels).")
    float dpi;

    @CommandLine.Mixin
    NoServerOption noServer;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(pdf)) {
            throw new CommandLine.ParameterException(spec.commandLine(), pdf + ": no such file");
        }
        PagePreviews previews;
        try {
            previews = new PagePreviews(dpi);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dpi: " + e.getMessage());
        }
        try {
            write(previews, pdf, out != null ? out : PagePreviews.folderFor(pdf), spec.commandLine().getOut());
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + pdf + ": cannot preview: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    /**
     * Writes the previews of every PDF among a build's output files, beside each at the default
     * resolution: {@code build --preview} and {@code watch --preview}.
     */
    static void writeFor(List<Path> outputs, PrintWriter out) throws IOException {
        PagePreviews previews = new PagePreviews(PagePreviews.DEFAULT_DPI);
        for (Path file : outputs) {
            if (file.getFileName().toString().endsWith(".pdf")) {
                write(previews, file, PagePreviews.folderFor(file), out);
            }
        }
    }

    /** Writes the previews of one PDF and says where they are. */
    static void write(PagePreviews previews, Path pdf, Path folder, PrintWriter out) throws IOException {
        long start = System.nanoTime();
        PagePreviews.Previews written = previews.write(pdf, folder);
        out.printf("previewed %s: %d pages in %s (%d ms)%n", DisplayPath.of(pdf), written.pages().size(),
                DisplayPath.of(written.contactSheet().getParent()), (System.nanoTime() - start) / 1_000_000);
        out.flush();
    }
}
