package org.imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.imprint.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Ctrl-C (SIGINT) sent to a real {@code imprint build} process while it writes its outputs or
 * downloads remote images leaves neither {@code .part} files nor a downloads folder behind.
 */
class InterruptTest {

    @TempDir
    Path dir;

    private Process imprint(Path tmp, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + tmp, "-Dimprint.home=" + Reports.HOME,
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    /** Waits until {@code folder} holds a file that {@code wanted} accepts; false when the process ended first. */
    private static boolean await(Process process, Path folder, Predicate<Path> wanted) throws Exception {
        for (int i = 0; i < 60_000 && process.isAlive(); i++) {
            if (!list(folder, wanted).isEmpty()) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static List<Path> list(Path folder, Predicate<Path> wanted) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(wanted).toList();
        }
    }

    /** Ctrl-C: SIGINT where a kill command exists; else SIGTERM, which runs the same shutdown hooks. */
    private static void interrupt(Process process) throws Exception {
        Path kill = Stream.of("/bin/kill", "/usr/bin/kill").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (kill != null) {
            new ProcessBuilder(kill.toString(), "-INT", Long.toString(process.pid())).start().waitFor();
        } else {
            process.destroy();
        }
        process.waitFor();
    }

    @Test
    void ctrlCWhileWritingLeavesNoPartFiles() throws Exception {
        Path out = dir.resolve("out");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Predicate<Path> part = p -> p.getFileName().toString().endsWith(".part");
        Process build = imprint(tmp, "build", "-o", out.toString(), Reports.EVERY_FEATURE.toString(), Reports.EXAMPLE.toString());
        boolean caught = await(build, out, part);
        interrupt(build);
        assertTrue(caught, "the build ended before a .part file was seen: " + Files.readString(dir.resolve("log.txt")));
        assertEquals(List.of(), list(out, part), "left behind");
    }

    @Test
    void ctrlCDuringDownloadsLeavesNoDownloadsFolder() throws Exception {
        byte[] png = Files.readAllBytes(Reports.HOME.resolve("src/test/resources/reports/real-world-images/figures/palette.png"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newCachedThreadPool();
        server.createContext("/", exchange -> {
            try (exchange; OutputStream body = exchange.getResponseBody()) {
                if (exchange.getRequestURI().getPath().equals("/stall.png")) {
                    Thread.sleep(8_000);
                }
                exchange.sendResponseHeaders(200, png.length);
                body.write(png);
            } catch (IOException | InterruptedException e) {
                // the client went away
            }
        });
        server.setExecutor(threads);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path report = Files.createDirectories(dir.resolve("remote"));
            Files.writeString(report.resolve("article.md"), "---\ntitle: Remote\ndate: 2026-03-04\nauthors:\n  - name: Jane Doe\n---\n\n"
                    + "![First.](" + base + "/figure.png)\n\n![Second.](" + base + "/stall.png)\n");
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            Predicate<Path> downloads = p -> p.getFileName().toString().startsWith("imprint-remote-");
            Process build = imprint(tmp, "build", "--allow-remote", "-o", dir.resolve("out").toString(), report.toString());
            boolean caught = await(build, tmp, downloads);
            interrupt(build);
            assertTrue(caught, "no downloads folder was seen: " + Files.readString(dir.resolve("log.txt")));
            assertEquals(List.of(), list(tmp, downloads), "left behind");
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
