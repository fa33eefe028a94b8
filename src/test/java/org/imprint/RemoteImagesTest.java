package org.imprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.imprint.article.RemoteAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Remote images against a small HTTP server on 127.0.0.1 (never another address): refused
 * without permission, and with it downloaded within a timeout and a size limit into a temporary
 * folder that is gone after the build.
 */
class RemoteImagesTest {

    private static final RemoteAccess TIGHT = new RemoteAccess(true, Duration.ofSeconds(1), 4_000);

    static HttpServer server;
    static ExecutorService threads;
    static final AtomicInteger requests = new AtomicInteger();
    static byte[] png;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() throws IOException {
        png = Files.readAllBytes(Reports.HOME.resolve("src/test/resources/reports/real-world-images/figures/palette.png"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange; OutputStream body = exchange.getResponseBody()) {
                switch (exchange.getRequestURI().getPath()) {
                    case "/figure.png" -> {
                        exchange.sendResponseHeaders(200, png.length);
                        body.write(png);
                    }
                    case "/declared-large.png" -> exchange.sendResponseHeaders(200, 50_000);
                    case "/endless.png" -> {
                        exchange.sendResponseHeaders(200, 0); // chunked, no length given
                        byte[] chunk = new byte[1024];
                        for (int i = 0; i < 100; i++) {
                            body.write(chunk);
                            body.flush();
                        }
                    }
                    case "/slow.png" -> {
                        sleep(3_000);
                        exchange.sendResponseHeaders(200, png.length);
                        body.write(png);
                    }
                    case "/lagging.png" -> {
                        sleep(800);
                        exchange.sendResponseHeaders(200, png.length);
                        body.write(png);
                    }
                    case "/text.png" -> {
                        byte[] text = "not a picture".getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(200, text.length);
                        body.write(text);
                    }
                    default -> exchange.sendResponseHeaders(404, -1);
                }
            } catch (IOException e) {
                // the client gave up, as it should for the large and slow images
            }
        });
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A report whose only figure, on line 10, is the given URL. */
    private Path report(String url) throws IOException {
        Path folder = dir.resolve("remote-report");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("article.md"), "---\ntitle: Remote\ndate: 2026-03-04\nauthors:\n  - name: Jane Doe\n---\n\n"
                + "A figure from the network.\n\n![A remote figure.](" + url + ")\n");
        return folder;
    }

    private ReportException fails(RemoteAccess access, String path) throws IOException {
        Path report = report(url(path));
        Path out = dir.resolve("out");
        ReportException e = assertThrows(ReportException.class,
                () -> new Imprint(Reports.HOME, access).build(BuildRequest.of(report).out(out).formats("pdf").build()));
        assertTrue(e.getMessage().contains("remote-report/article.md:10: image \"" + url(path) + "\""), e.getMessage());
        assertFalse(Files.exists(out.resolve("remote-report.pdf")));
        return e;
    }

    @Test
    void withoutPermissionNothingIsFetched() throws IOException {
        int before = requests.get();
        ReportException e = fails(RemoteAccess.DENIED, "/figure.png");
        assertTrue(e.getMessage().contains("is on the network, and Imprint fetches nothing from the network unless --allow-remote is given"), e.getMessage());
        assertEquals(before, requests.get(), "a request reached the server");
    }

    @Test
    void withPermissionTheImageIsDownloadedAndTheDownloadDeletedAfterwards() throws Exception {
        Imprint imprint = new Imprint(Reports.HOME, TIGHT);
        Path downloads;
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        try (Report report = imprint.load(report(url("/figure.png")), p -> { })) {
            downloads = report.downloads();
            assertTrue(Files.isDirectory(downloads));
            var image = report.images().get(url("/figure.png"));
            assertEquals(120, image.width());
            // Documents name the downloaded copy, never the URL.
            assertEquals("remote-images/image-1.png", image.href());
            imprint.write(report, "pdf", pdf);
        }
        assertFalse(Files.exists(downloads), "the downloaded image was left behind");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertEquals(1, images, "the remote image is not in the PDF");
        }
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeDownloading() throws IOException {
        assertTrue(fails(TIGHT, "/declared-large.png").getMessage().contains("larger than the limit"));
    }

    @Test
    void aBodyOverTheLimitIsCutOff() throws IOException {
        assertTrue(fails(TIGHT, "/endless.png").getMessage().contains("larger than the limit"));
    }

    @Test
    void aSlowServerTimesOut() {
        // the guard only catches a hang (the server never answers): the message proves the 1 s limit worked
        ReportException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> fails(TIGHT, "/slow.png"));
        assertTrue(e.getMessage().contains("did not arrive within 1 s"), e.getMessage());
    }

    @Test
    void anErrorStatusIsReported() throws IOException {
        assertTrue(fails(TIGHT, "/missing.png").getMessage().contains("the server answered 404"));
    }

    @Test
    void aDownloadedFileIsCheckedLikeALocalOne() throws IOException {
        assertTrue(fails(TIGHT, "/text.png").getMessage().contains("is not a JPEG, PNG or GIF file"));
    }

    @Test
    void theCommandLineFlagAllowsIt() throws IOException {
        Path out = dir.resolve("cli-out");
        Path report = report(url("/figure.png"));
        List<String> args = List.of("build", "--allow-remote", "-o", out.toString(), report.toString());
        int status = org.imprint.cli.Main.commandLine().execute(args.toArray(String[]::new));
        assertEquals(0, status);
        assertTrue(Files.isRegularFile(out.resolve("remote-report.pdf")));
    }

    /** Images each within their own limit still may not hold a report for longer than its budget. */
    @Test
    void aReportsRemoteImagesShareABudget() throws IOException {
        // each image's own limit (5 s) is far above its lag (0.8 s), so only the shared 2 s budget can
        // stop the build, whichever image it stops at on a slow machine
        RemoteAccess access = new RemoteAccess(true, Duration.ofSeconds(5), 4_000, Duration.ofSeconds(2));
        Path folder = dir.resolve("lagging-report");
        Files.createDirectories(folder);
        StringBuilder article = new StringBuilder("---\ntitle: Remote\ndate: 2026-03-04\nauthors:\n  - name: Jane Doe\n---\n");
        for (int i = 1; i <= 5; i++) {
            article.append("\n![Figure ").append(i).append(".](").append(url("/lagging.png?n=" + i)).append(")\n");
        }
        Files.writeString(folder.resolve("article.md"), article);
        Path out = dir.resolve("out");
        ReportException e = assertThrows(ReportException.class,
                () -> new Imprint(Reports.HOME, access).build(BuildRequest.of(folder).out(out).formats("pdf").build()));
        assertTrue(e.getMessage().matches("(?s).*lagging-report/article\\.md:\\d+: image \"http://127.0.0.1:\\d+/lagging\\.png\\?n=[1-5]\" "
                + "could not be downloaded: the report's remote images took longer than the 2 s they may take together.*"), e.getMessage());
        assertFalse(Files.exists(out.resolve("lagging-report.pdf")));
    }
}
