package org.imprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.font.FontMappers;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code imprint} command. */
@Command(name = "imprint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Compiles structured articles (Markdown with YAML front matter) into branded, print-ready PDF reports and EPUB 3 e-books.",
        subcommands = {NewCommand.class, BuildCommand.class, WatchCommand.class, PreviewCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 when everything built, 1 when any report failed, 2 for wrong usage."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Session session;

    Main(Session session) {
        this.session = session;
    }

    public Main() {
        this(Session.process());
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        // JVM-wide, so here and not in the library: see NoSystemFonts for why it is needed at all
        FontMappers.set(new NoSystemFonts());
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute: {@code execute} returns the exit status. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setParameterExceptionHandler(Main::usageError);
    }

    /**
     * The command line run for a client in another folder ({@code imprint serve}): relative paths
     * are that folder's, and so are the paths the commands print.
     */
    public static CommandLine commandLine(Session session) {
        CommandLine cmd = new CommandLine(new Main(session)).setParameterExceptionHandler(Main::usageError);
        if (session.workingDirectory() != null) {
            cmd.registerConverter(Path.class, value -> session.workingDirectory().resolve(value));
        }
        return cmd;
    }

    /** Where this command line runs. */
    Session session() {
        return session;
    }

    /** Wrong usage: the message and where to look, not the whole help text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("imprint: " + e.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
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
