package org.imprint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.imprint.IoMessage;
import org.imprint.serve.BuildServer;
import org.imprint.serve.ServerConfig;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code imprint serve}: a resident build server. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a build server: POST /v1/builds?format=pdf|epub&profile=screen|print&engine=NAME with a zip of one report folder",
            "answers with the file (422 application/problem+json with the build's messages when the report is wrong);",
            "GET /v1/health; GET /metrics (Prometheus). While it runs, `imprint build` of this user hands its work to it",
            "(the launcher finds it in $XDG_RUNTIME_DIR/imprint/server.json, else ~/.imprint/server.json; --no-server builds in the process).",
            "SIGTERM (or Ctrl-C) lets the builds in flight finish, then stops."},
        footer = {"", "Examples:",
            "  imprint serve",
            "  imprint serve --host 0.0.0.0 --port 8080 --token-file /run/secrets/imprint-token --jobs 2",
            "  curl --data-binary @report.zip -H 'Content-Type: application/zip' -o report.pdf 'http://127.0.0.1:8080/v1/builds?format=pdf'",
            "", "Exit status: 0 after a stop, 1 when the server cannot start, 2 for wrong usage."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than a loopback address needs --token-file.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the token every request must send as Authorization: Bearer TOKEN.")
    Path tokenFile;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Builds at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--queue", paramLabel = "N", description = "Builds that may wait for a job; more get 503 with Retry-After (default: 4 × jobs).")
    Integer queue;

    @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "20", description = "Largest upload, in MB (default: ${DEFAULT-VALUE}); 413 beyond.")
    int maxUploadMb;

    @Option(names = "--max-unpacked", paramLabel = "MB", defaultValue = "100", description = "Most an upload may unpack to, in MB (default: ${DEFAULT-VALUE}); 413 beyond.")
    int maxUnpackedMb;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "1000", description = "Most files and folders in an upload (default: ${DEFAULT-VALUE}).")
    int maxFiles;

    @Option(names = "--build-timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Longest an uploaded build may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--allow-remote", description = "Let uploaded reports name http(s) images, downloaded as `imprint build --allow-remote` does. Without it a remote image is an error.")
    boolean allowRemote;

    @Option(names = "--no-local", description = "Do not take the command lines of this user's `imprint` (no server file is written).")
    boolean noLocal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || (queue != null && queue < 0) || maxUploadMb < 1 || maxUnpackedMb < 1 || maxFiles < 1 || timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs, --max-upload, --max-unpacked, --max-files and --build-timeout must be at least 1, --queue at least 0");
        }
        String token = null;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--token-file: " + IoMessage.of(e));
            }
            if (token.length() < 16) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--token-file: " + tokenFile + " holds a token shorter than 16 characters; use e.g. openssl rand -hex 32");
            }
        }
        ServerConfig config = new ServerConfig(Main.home(), host, port, token, workers, queue != null ? queue : 4 * workers,
                (long) maxUploadMb << 20, (long) maxUnpackedMb << 20, maxFiles, Duration.ofSeconds(timeoutSeconds), allowRemote,
                noLocal ? null : serverFile(), version());
        BuildServer server;
        try {
            server = BuildServer.start(config, System.err);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot listen on " + host + ":" + port + ": " + IoMessage.of(e));
            spec.commandLine().getErr().flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                System.err.println("imprint serve: stopping; letting the builds in flight finish");
                server.stop(Duration.ofSeconds(7));   // + 1 s for the last answers, + the JVM's exit: within 10 s
            }
            stopped.countDown();
        };
        // SIGTERM and Ctrl-C stop the server before the JVM's shutdown begins: once the shutdown
        // hooks run, a build can no longer register its temporary files for removal and would
        // fail, while the builds in flight are to finish. The hook stays for every other way out.
        for (String signal : List.of("TERM", "INT")) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> new Thread(stop, "imprint-serve-stop").start());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "imprint-serve-stop-hook"));
        System.err.printf("imprint serve: listening on %s (%d jobs, %d queued at most)%s%n", server.url(), config.jobs(), config.queue(),
                token == null ? "" : ", token required");
        stopped.await();
        return 0;
    }

    /** Where the launcher looks for a server: IMPRINT_SERVER_FILE, else the per-user default. */
    static Path serverFile() {
        String given = System.getenv("IMPRINT_SERVER_FILE");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime, "imprint", "server.json") : Path.of(System.getProperty("user.home"), ".imprint", "server.json");
    }

    /** What a launcher must match to hand this server its work: the launcher says, else no launcher matches. */
    private static String version() {
        return System.getProperty("imprint.build", "not started by the launcher");
    }
}
