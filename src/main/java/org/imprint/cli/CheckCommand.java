package org.imprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code imprint check}: runs the validators on built files. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Validates built files and prints every finding.",
            "An .epub is checked with EPUBCheck."},
        footer = {"", "Exit status: 0 when every file is clean, 1 when any has an error or a warning, 2 for wrong usage."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check (.epub).")
    List<Path> files;

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
            if (!name.endsWith(".epub")) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": can check .epub files");
            }
            List<CheckMessage> messages = new EpubVerifier().check(file);
            messages.forEach(m -> out.println(file + ": " + m));
            long failing = messages.stream().filter(CheckMessage::fails).count();
            out.printf("%s: EPUBCheck %s: %s%n", file, EpubVerifier.version(),
                    failing == 0 ? "no errors or warnings" : failing + " errors or warnings");
            clean &= failing == 0;
        }
        out.flush();
        return clean ? 0 : 1;
    }
}
