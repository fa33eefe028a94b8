package org.imprint.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.imprint.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code imprint} launcher with an {@code imprint serve} of the same user running: it hands
 * {@code build} to the server (no JVM of its own) and prints what a build in its own process
 * prints, with the same exit status and the same files. Runs after {@code package}: the
 * launcher needs the jar.
 */
class LauncherDelegationIT {

    @TempDir
    static Path state;
    private static Process server;
    private static Path serverLog;

    @BeforeAll
    static void startServer() throws Exception {
        Path file = state.resolve("run/server.json");
        serverLog = state.resolve("server.log");
        server = launcher(List.of("serve", "--port", "0", "--jobs", "1")).redirectErrorStream(true)
                .redirectOutput(serverLog.toFile()).start();
        for (int i = 0; i < 1200 && !Files.exists(file); i++) {
            assertTrue(server.isAlive(), () -> "the server stopped: " + read(serverLog));
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), () -> "no server file after 120 s: " + read(serverLog));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    private static ProcessBuilder launcher(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Reports.HOME.resolve("imprint").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(Reports.HOME.toFile());
        pb.environment().put("IMPRINT_SERVER_FILE", state.resolve("run/server.json").toString());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        return pb;
    }

    private record Run(int exit, String stdout, String stderr) {
        /** The output with the times, which differ from run to run, blanked. */
        String stdoutWithoutTimes() {
            return stdout.replaceAll("\\(\\d+ ms\\)", "(N ms)").replaceAll("in \\d+\\.\\d s", "in N s");
        }
    }

    private static Run imprint(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(state, "out", ".txt");
        Path err = Files.createTempFile(state, "err", ".txt");
        Process p = launcher(List.of(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        return new Run(p.exitValue(), read(out), read(err));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static long handedOver() {
        return read(serverLog).lines().filter(l -> l.contains("POST /v1/local-builds 200")).count();
    }

    @Test
    void buildThroughTheServerMakesTheSameFilesAndOutputAsInTheProcess() throws Exception {
        // relative to the project: the server must resolve it, and print it, as the launcher's process would
        Path outDir = Files.createTempDirectory(Files.createDirectories(Reports.HOME.resolve("target")), "launcher-it-").resolve("example-out");
        String out = Reports.HOME.relativize(outDir).toString();
        long before = handedOver();
        Run served = imprint("build", "reports/2026-04-us-iran-pakistan", "--out", out, "--force");
        assertEquals(before + 1, handedOver(), "the launcher handed the build to the server: " + read(serverLog));
        byte[] pdf = Files.readAllBytes(outDir.resolve("2026-04-us-iran-pakistan.pdf"));
        byte[] epub = Files.readAllBytes(outDir.resolve("2026-04-us-iran-pakistan.epub"));

        Run local = imprint("build", "reports/2026-04-us-iran-pakistan", "--out", out, "--force", "--no-server");
        assertEquals(before + 1, handedOver(), "--no-server builds in the process");

        assertEquals(0, served.exit(), served.stderr());
        assertEquals(local.exit(), served.exit());
        assertEquals(local.stdoutWithoutTimes(), served.stdoutWithoutTimes());
        assertTrue(served.stdout().contains("built " + out + "/2026-04-us-iran-pakistan.pdf"), served.stdout());
        assertEquals(local.stderr(), served.stderr());
        assertArrayEquals(Files.readAllBytes(outDir.resolve("2026-04-us-iran-pakistan.pdf")), pdf, "same PDF bytes");
        assertArrayEquals(Files.readAllBytes(outDir.resolve("2026-04-us-iran-pakistan.epub")), epub, "same EPUB bytes");
    }

    @Test
    void checkAndPreviewThroughTheServerPrintWhatTheProcessPrints() throws Exception {
        Path outDir = Files.createTempDirectory(Files.createDirectories(Reports.HOME.resolve("target")), "launcher-it-").resolve("check-out");
        String out = Reports.HOME.relativize(outDir).toString();
        assertEquals(0, imprint("build", "reports/2026-04-us-iran-pakistan", "--out", out, "--no-server").exit());
        String pdf = out + "/2026-04-us-iran-pakistan.pdf";
        for (List<String> args : List.of(List.of("check", pdf, out + "/2026-04-us-iran-pakistan.epub"), List.of("preview", pdf))) {
            long before = handedOver();
            Run served = imprint(args.toArray(String[]::new));
            assertEquals(before + 1, handedOver(), args + " was handed to the server: " + read(serverLog));
            List<String> local = new java.util.ArrayList<>(args);
            local.add("--no-server");
            Run own = imprint(local.toArray(String[]::new));
            assertEquals(0, served.exit(), served.stdout() + served.stderr());
            assertEquals(own.exit(), served.exit());
            assertEquals(own.stdoutWithoutTimes(), served.stdoutWithoutTimes());
            assertEquals(own.stderr(), served.stderr());
        }
    }

    @Test
    void aBadReportFailsAlikeThroughTheServer() throws Exception {
        String out = Reports.HOME.relativize(state).resolve("bad-out").toString();
        String report = Reports.HOME.relativize(Reports.BAD.resolve("missing-title")).toString();
        long before = handedOver();
        Run served = imprint("build", report, "--out", out);
        assertEquals(before + 1, handedOver());
        Run local = imprint("build", report, "--out", out, "--no-server");

        assertEquals(1, served.exit());
        assertEquals(local.exit(), served.exit());
        assertEquals("error: " + report + "/article.md:2: missing required key \"title\" (add e.g. title: \"The Title of the Report\")\n",
                served.stderr());
        assertEquals(local.stderr(), served.stderr());
        assertEquals(local.stdoutWithoutTimes(), served.stdoutWithoutTimes());
    }

    @Test
    void wrongUsageIsWordedByTheLaunchersOwnProcess() throws Exception {
        Run served = imprint("build", "no/such/report");
        Run local = imprint("build", "no/such/report", "--no-server");

        assertEquals(2, served.exit());
        assertEquals(local.stderr(), served.stderr());
        assertTrue(served.stderr().contains("no/such/report: no such file or folder"), served.stderr());
    }

    @Test
    void sigtermLetsTheBuildInFlightFinishAndStopsWithinTenSeconds() throws Exception {
        // a server of its own: the others' tests keep theirs
        Path file = state.resolve("other/server.json");
        ProcessBuilder pb = launcher(List.of("serve", "--port", "0", "--jobs", "1")).redirectErrorStream(true)
                .redirectOutput(state.resolve("other.log").toFile());
        pb.environment().put("IMPRINT_SERVER_FILE", file.toString());
        Process other = pb.start();
        for (int i = 0; i < 1200 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), () -> read(state.resolve("other.log")));
        String port = Files.readString(file).replaceAll("(?s).*\"port\":(\\d+).*", "$1");

        // a first build warms the server; then a build is caught in flight (a warm build of the
        // minimal report is short: try again if it ended before the poll saw it)
        ProcessBuilder warm = launcher(List.of("build", Reports.MINIMAL.toString(), "--out", state.resolve("warm-out").toString(), "--format", "pdf"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true);
        warm.environment().put("IMPRINT_SERVER_FILE", file.toString());
        assertEquals(0, warm.start().waitFor());
        Path out = Files.createTempFile(state, "inflight", ".txt");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        Process client = null;
        String metrics = "";
        for (int attempt = 0; attempt < 5 && !metrics.contains("imprint_builds_running 1"); attempt++) {
            ProcessBuilder build = launcher(List.of("build", Reports.MINIMAL.toString(), "--out", state.resolve("inflight-out").toString(),
                    "--format", "pdf", "--force")).redirectOutput(out.toFile()).redirectErrorStream(true);
            build.environment().put("IMPRINT_SERVER_FILE", file.toString());
            client = build.start();
            while (!metrics.contains("imprint_builds_running 1") && client.isAlive()) {
                metrics = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            }
        }
        assertTrue(metrics.contains("imprint_builds_running 1"), "the build was handed to the server: " + metrics);
        long answeredBefore = read(state.resolve("other.log")).lines().filter(l -> l.contains("POST /v1/local-builds 200")).count();

        other.destroy();   // SIGTERM, with the build in flight
        assertTrue(other.waitFor(10, TimeUnit.SECONDS), "stopped within 10 s of SIGTERM");
        assertTrue(client.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, client.exitValue(), read(out));
        assertEquals(answeredBefore + 1, read(state.resolve("other.log")).lines().filter(l -> l.contains("POST /v1/local-builds 200")).count(),
                () -> "the server finished and answered the build in flight: " + read(state.resolve("other.log")));
        assertTrue(Files.size(state.resolve("inflight-out/minimal.pdf")) > 0);
        assertFalse(Files.exists(file), "the server file is removed, so launchers stop sending work");
    }
}
