package org.imprint.serve;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.imprint.DisplayPath;
import org.imprint.Imprint;
import org.imprint.article.RemoteAccess;
import org.imprint.cli.Main;
import org.imprint.cli.Session;

/**
 * A command line of the {@code imprint} launcher run in the server: the same command, on the
 * same files (this user's), from the launcher's folder, printing what the command prints and
 * ending with its exit status. The launcher sends NUL-separated fields: its version, its working
 * folder, {@code =SOURCE_DATE_EPOCH} (or nothing when unset), 1 when its standard input and
 * output are a terminal, then the arguments.
 */
final class LocalBuild {

    /** The commands handed to a server. */
    static final Set<String> COMMANDS = Set.of("build", "check", "preview");

    /** A command line parsed from a launcher's request. */
    record Command(String version, Path workingDirectory, String sourceDateEpoch, boolean terminal, List<String> args) {

        static Command parse(byte[] body) throws Refusal {
            String[] fields = new String(body, StandardCharsets.UTF_8).split("\0", -1);
            // printf '%s\0' ends every field with a NUL: the last split is empty
            if (fields.length < 5 || !fields[fields.length - 1].isEmpty()) {
                throw new Refusal(400, "bad-command", "Not a command line", "expected NUL-terminated fields: version, folder, =SOURCE_DATE_EPOCH, terminal, arguments");
            }
            Path cwd = Path.of(fields[1]);
            if (!cwd.isAbsolute()) {
                throw new Refusal(400, "bad-command", "Not a command line", "the working folder must be absolute");
            }
            String epoch = fields[2].startsWith("=") ? fields[2].substring(1) : null;
            return new Command(fields[0], cwd, epoch, fields[3].equals("1"),
                    List.of(Arrays.copyOfRange(fields, 4, fields.length - 1)));
        }
    }

    /** What the command printed and its exit status; {@code fallback} when the launcher must run it itself. */
    record Outcome(int exit, byte[] stdout, byte[] stderr, String fallback) {
    }

    private final String version;
    private final Function<RemoteAccess, Imprint> imprints;

    LocalBuild(String version, Function<RemoteAccess, Imprint> imprints) {
        this.version = version;
        this.imprints = imprints;
    }

    /** Why this server cannot run the command as the launcher's own JVM would, or {@code null}. */
    String mismatch(Command command) {
        if (!version.equals(command.version())) {
            return "this server runs another version of Imprint (" + version + ")";
        }
        if (!Objects.equals(System.getenv("SOURCE_DATE_EPOCH"), command.sourceDateEpoch())) {
            return "SOURCE_DATE_EPOCH differs between the server and the command line";
        }
        if (command.args().isEmpty() || !COMMANDS.contains(command.args().get(0))) {
            return "the server runs only " + String.join(", ", COMMANDS);
        }
        return null;
    }

    Outcome run(Command command) {
        String why = mismatch(command);
        if (why != null) {
            return new Outcome(0, new byte[0], new byte[0], why);
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit;
        try (DisplayPath.Scope scope = DisplayPath.from(command.workingDirectory());
             PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
             PrintWriter err = new PrintWriter(stderr, true, StandardCharsets.UTF_8)) {
            Session session = new Session(command.workingDirectory(), command.terminal(), imprints);
            exit = Main.commandLine(session).setOut(out).setErr(err).execute(command.args().toArray(String[]::new));
        }
        if (exit == 2) {
            // wrong usage: the launcher's own JVM words it (paths as the user typed them)
            return new Outcome(exit, new byte[0], new byte[0], "wrong usage");
        }
        return new Outcome(exit, stdout.toByteArray(), stderr.toByteArray(), null);
    }

}
