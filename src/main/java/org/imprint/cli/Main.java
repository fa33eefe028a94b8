package org.imprint.cli;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code imprint} command. */
@Command(name = "imprint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Compiles structured articles (Markdown with YAML front matter) into branded, print-ready PDF reports and EPUB 3 e-books.",
        subcommands = {NewCommand.class, BuildCommand.class, WatchCommand.class, PreviewCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 when everything built, 1 when any report failed, 2 for wrong usage."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Where templates/ and fonts/ are: the launcher sets imprint.home; otherwise the working directory. */
    static Path home() {
        return Path.of(System.getProperty("imprint.home", "")).toAbsolutePath();
    }

    /** PDFBox and openhtmltopdf log through java.util.logging; a user wants Imprint's own messages only. */
    private static void quietLibraryLogging() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"imprint " + (v == null ? "(development build)" : v)};
        }
    }
}
