package org.imprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.imprint.DisplayPath;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.Conformance;
import org.imprint.verify.EpubVerifier;
import org.imprint.verify.PdfCheck;
import org.imprint.verify.PdfFont;
import org.imprint.verify.PdfVerifier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code imprint check}: runs the validators on built files. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Validates built files and prints every finding.",
            "An .epub is checked with EPUBCheck.",
            "A .pdf: its pages and fonts (embedded, subset), and veraPDF's verdicts on the PDF/A part it claims",
            "(PDF/A-2u when it claims none) and on PDF/UA-1 when it claims that or nothing, with the rules that fail."},
        footer = {"", "Exit status: 0 when every file is clean, 1 when any has an error or a warning (EPUB),",
            "a failed rule or a font not embedded (PDF), 2 for wrong usage."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check (.epub, .pdf).")
    List<Path> files;

    @CommandLine.Mixin
    NoServerOption noServer;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean clean = true;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": no such file");
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".epub")) {
                clean &= checkEpub(file, out);
            } else if (name.endsWith(".pdf")) {
                clean &= checkPdf(file, out);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": can check .epub and .pdf files");
            }
        }
        out.flush();
        return clean ? 0 : 1;
    }

    private static boolean checkEpub(Path file, PrintWriter out) {
        List<CheckMessage> messages = new EpubVerifier().check(file);
        messages.forEach(m -> out.println(DisplayPath.of(file) + ": " + m));
        long failing = messages.stream().filter(CheckMessage::fails).count();
        out.printf("%s: EPUBCheck %s: %s%n", DisplayPath.of(file), EpubVerifier.version(),
                failing == 0 ? "no errors or warnings" : failing + " errors or warnings");
        return failing == 0;
    }

    private static boolean checkPdf(Path file, PrintWriter out) {
        PdfCheck check;
        try {
            check = new PdfVerifier().check(file);
        } catch (IOException e) {
            out.println(DisplayPath.of(file) + ": error: " + e.getMessage());
            return false;
        }
        out.printf("%s: %d pages%n", DisplayPath.of(file), check.pages());
        for (PdfFont font : check.fonts()) {
            out.printf("%s: font %s (%s): %s, %s%n", DisplayPath.of(file), font.name(), font.type(),
                    font.embedded() ? "embedded" : "NOT EMBEDDED", font.subset() ? "subset" : "not subset");
        }
        for (Conformance verdict : check.conformance()) {
            out.printf("%s: veraPDF %s %s%s: %s%n", DisplayPath.of(file), PdfVerifier.version(), verdict.standard(),
                    verdict.claimed() ? " (claimed)" : " (not claimed)",
                    verdict.compliant() ? "passes" : "fails " + verdict.failures().size() + " rules");
            verdict.failures().forEach(rule -> out.printf("%s:   %s%n", DisplayPath.of(file), rule));
        }
        if (check.conformance().stream().noneMatch(c -> c.standard().startsWith("PDF/UA"))) {
            out.printf("%s: PDF/UA not claimed (an untagged print PDF): not checked%n", DisplayPath.of(file));
        }
        return check.passes();
    }
}
