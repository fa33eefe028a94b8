package org.imprint.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imprint.Reports;
import org.imprint.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.jr.ob.JSON;

/** {@code imprint serve} over real HTTP: a server in this JVM on a free port, with a token. */
class BuildServerTest {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static BuildServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        // two jobs, two queue places: the load test below must meet a full queue
        ServerConfig config = ServerConfig.local(Reports.HOME, 0, 2, 2).withToken(TOKEN)
                .withLimits(5L << 20, 10L << 20, 100, Duration.ofSeconds(300));
        server = BuildServer.start(config, new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(8));
    }

    private static HttpResponse<byte[]> post(String query, byte[] zip, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + "/v1/builds" + query))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(HttpResponse<byte[]> response) throws IOException {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        Map<String, Object> json = JSON.std.mapFrom(response.body());
        assertEquals(response.statusCode(), ((Number) json.get("status")).intValue());
        assertTrue(json.get("type").toString().startsWith("urn:imprint:problem:"), json.toString());
        return json;
    }

    @Test
    void theExampleZippedGivesTheSamePdfAsTheCommandLine() throws Exception {
        HttpResponse<byte[]> response = post("?format=pdf", Zips.ofFolder(Reports.EXAMPLE), TOKEN);

        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"2026-04-us-iran-pakistan.pdf\"", response.headers().firstValue("Content-Disposition").orElse(""));
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("build", Reports.EXAMPLE.toString(), "--out", dir.toString(), "--format", "pdf");
        assertEquals(0, exit, err.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("2026-04-us-iran-pakistan.pdf")), response.body(),
                "the server's PDF is the command line's, byte for byte");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertTrue(pdf.getNumberOfPages() > 1);
        }
    }

    @Test
    void theEbookComesAsEpub() throws Exception {
        HttpResponse<byte[]> response = post("?format=epub", Zips.ofFolder(Reports.MINIMAL), TOKEN);

        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/epub+zip", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("mimetypeapplication/epub+zip", new String(response.body(), 30, 28, StandardCharsets.US_ASCII));
    }

    @Test
    void everyRequestNeedsTheToken() throws Exception {
        byte[] zip = Zips.ofFolder(Reports.MINIMAL);

        HttpResponse<byte[]> none = post("", zip, null);
        assertEquals(401, none.statusCode());
        problem(none);
        assertEquals("Bearer realm=\"imprint\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, post("", zip, TOKEN + "x").statusCode());
        assertEquals(401, post("", zip, "").statusCode());
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, health.statusCode(), "health and metrics need the token too");
        assertEquals(200, get("/v1/health").statusCode());
    }

    @Test
    void aReportWithoutTitleGives422WithTheCommandLinesMessage() throws Exception {
        HttpResponse<byte[]> response = post("", Zips.ofFolder(Reports.BAD.resolve("missing-title")), TOKEN);

        assertEquals(422, response.statusCode());
        Map<String, Object> json = problem(response);
        String expected = "article.md:2: missing required key \"title\" (add e.g. title: \"The Title of the Report\")";
        assertEquals(expected, json.get("detail"));
        assertEquals(List.of("error: " + expected), json.get("messages"));
    }

    @Test
    void entriesThatClimbOutOrAreAbsoluteOrLinksAreRefusedAndWriteNothingOutside() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String marker = "imprint-escape-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        String article = "---\ntitle: T\nauthors: [A]\ndate: 2026-01-01\n---\nText.\n";
        List<byte[]> hostile = List.of(
                Zips.of(List.of("article.md", article, "../" + marker, "x")),
                Zips.of(List.of("article.md", article, "figures/../../../" + marker, "x")),
                Zips.of(List.of("article.md", article, tmp.resolve(marker).toString(), "x")),
                Zips.of(List.of("article.md", article, "C:\\" + marker, "x")),
                Zips.withLink(article, "figures/passwd.png", "/etc/passwd"));
        long before = buildFolders(tmp);
        for (byte[] zip : hostile) {
            HttpResponse<byte[]> response = post("", zip, TOKEN);
            assertEquals(422, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
            String detail = problem(response).get("detail").toString();
            assertTrue(detail.matches(".*(climbs out|absolute path|symbolic link|backslash).*"), detail);
        }
        // where each entry would land from a build folder in tmp (a walk of tmp's parent raced with
        // files other processes remove from tmp meanwhile)
        List<Path> landings = List.of(tmp.resolve(marker), tmp.getParent().resolve(marker), Path.of(marker).toAbsolutePath(),
                Path.of("C:\\" + marker).toAbsolutePath());
        assertEquals(List.of(), landings.stream().filter(Files::exists).toList());
        assertEquals(before, buildFolders(tmp), "every build's temporary folder is removed");
    }

    @Test
    void remoteImagesAreRefusedAsTheCommandLineRefusesThem() throws Exception {
        HttpResponse<byte[]> response = post("", Zips.ofFolder(Reports.BAD.resolve("image-remote")), TOKEN);

        assertEquals(422, response.statusCode());
        String detail = problem(response).get("detail").toString();
        assertTrue(detail.startsWith("article.md:") && detail.contains("--allow-remote"), detail);
    }

    @Test
    void anAddressOtherThanLoopbackNeedsAToken() {
        ServerConfig open = new ServerConfig(Reports.HOME, "0.0.0.0", 0, null, 1, 1, 1 << 20, 1 << 20, 10,
                Duration.ofSeconds(10), false, null, "test");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BuildServer.start(open, new PrintStream(new ByteArrayOutputStream())));
        assertTrue(e.getMessage().contains("without a token"), e.getMessage());
    }

    @Test
    void zipBombsAreRefused() throws Exception {
        // 50 MB of zeros deflate to about 50 KB; the server unpacks at most 10 MB
        HttpResponse<byte[]> big = post("", Zips.bomb(50L << 20), TOKEN);
        assertEquals(413, big.statusCode());
        assertTrue(problem(big).get("detail").toString().contains("unpacks to more than 10485760 bytes"));

        List<String> many = new ArrayList<>(List.of("article.md", "---\ntitle: T\n---\n"));
        for (int i = 0; i < 200; i++) {
            many.add("f/" + i + ".txt");
            many.add("");
        }
        HttpResponse<byte[]> files = post("", Zips.of(many), TOKEN);
        assertEquals(413, files.statusCode());
        assertTrue(problem(files).get("detail").toString().contains("more than 100 files"));

        // an upload over --max-upload is answered before it is read (a client still sending
        // meets a closed connection, so this one sends its headers only)
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("POST /v1/builds HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/zip\r\nContent-Length: " + ((5 << 20) + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
        }
    }

    @Test
    void anUploadThatDoesNotArriveInTimeIsClosedAndItsPlaceGivenBack() throws Exception {
        // a slow (or hostile) client: headers, two bytes of 1,187, then nothing
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("POST /v1/builds HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/zip\r\nContent-Length: 1187\r\n\r\nPK").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout((BuildServer.UPLOAD_SECONDS + 20) * 1000);
            long start = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "the connection is closed");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds >= BuildServer.UPLOAD_SECONDS - 2, "closed after " + seconds + " s");
        }
        String metrics = get("/metrics").body();
        assertTrue(metrics.contains("imprint_builds_running 0") && metrics.contains("imprint_build_queue_length 0"), metrics);
    }

    @Test
    void notAZipAndBadParametersAreRefused() throws Exception {
        HttpResponse<byte[]> text = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/builds"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Zips.ofFolder(Reports.MINIMAL))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(415, text.statusCode(), "a zip must say it is one");
        HttpResponse<byte[]> notZip = post("", "not a zip".getBytes(StandardCharsets.UTF_8), TOKEN);
        assertEquals(422, notZip.statusCode());
        assertEquals("not a readable zip file (empty, cut short or not a zip); send a zip of one report folder",
                problem(notZip).get("detail").toString());
        assertEquals(422, post("", Zips.of(List.of("a/article.md", "x", "b/x.txt", "y")), TOKEN).statusCode());
        HttpResponse<byte[]> format = post("?format=docx", Zips.ofFolder(Reports.MINIMAL), TOKEN);
        assertEquals(400, format.statusCode());
        assertEquals("unknown format \"docx\" (use pdf or epub)", problem(format).get("detail").toString().replace(" or html", ""));
        HttpResponse<byte[]> slug = post("?slug=..%2Fetc", Zips.ofFolder(Reports.MINIMAL), TOKEN);
        assertEquals(400, slug.statusCode(), "a bad slug is a bad parameter, refused before the upload is read");
        assertTrue(problem(slug).get("detail").toString().startsWith("slug \"../etc\" must be letters"));
    }

    @Test
    void twentyFourRequestsEightAtATimeAreAnsweredOrAskedToRetry() throws Exception {
        byte[] zip = Zips.ofFolder(Reports.MINIMAL);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            responses.add(clients.submit(() -> post("?format=pdf", zip, TOKEN)));
        }
        int ok = 0;
        int busy = 0;
        for (Future<HttpResponse<byte[]>> future : responses) {
            HttpResponse<byte[]> response = future.get();
            if (response.statusCode() == 200) {
                ok++;
                assertEquals("%PDF-", new String(response.body(), 0, 5, StandardCharsets.US_ASCII));
            } else {
                assertEquals(503, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
                assertTrue(Integer.parseInt(response.headers().firstValue("Retry-After").orElse("0")) >= 1);
                busy++;
            }
        }
        clients.shutdown();
        assertEquals(24, ok + busy);
        assertTrue(ok >= 4, "at least the first jobs and queue places were built: " + ok);
        String metrics = get("/metrics").body();
        assertTrue(metrics.contains("imprint_build_queue_length 0"), metrics);
        assertTrue(metrics.contains("imprint_builds_running 0"), metrics);
        assertTrue(metrics.contains("imprint_build_duration_seconds_count "), metrics);
        if (busy > 0) {
            assertTrue(metrics.matches("(?s).*imprint_requests_refused_total\\{reason=\"busy\"} \\d+.*"), metrics);
        }
    }

    @Test
    void stoppingLetsTheBuildInFlightFinish(@TempDir Path other) throws Exception {
        BuildServer stopping = BuildServer.start(ServerConfig.local(Reports.HOME, 0, 1, 1), new PrintStream(new ByteArrayOutputStream()));
        byte[] zip = Zips.ofFolder(Reports.EXAMPLE);
        Future<HttpResponse<byte[]>> inFlight;
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            inFlight = client.submit(() -> CLIENT.send(HttpRequest.newBuilder(URI.create(stopping.url() + "/v1/builds"))
                    .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofByteArray()));
            String metrics = "";
            for (int i = 0; i < 600 && !metrics.contains("imprint_builds_running 1"); i++) {
                Thread.sleep(50);
                metrics = CLIENT.send(HttpRequest.newBuilder(URI.create(stopping.url() + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            assertTrue(metrics.contains("imprint_builds_running 1"), metrics);
            stopping.stop(Duration.ofSeconds(60));
            HttpResponse<byte[]> response = inFlight.get();
            assertEquals(200, response.statusCode(), "the build in flight finished and was answered");
            assertEquals("%PDF-", new String(response.body(), 0, 5, StandardCharsets.US_ASCII));
        } finally {
            client.shutdownNow();
        }
        assertFalse(isOpen(stopping.port()), "the port is closed after the stop");
    }

    private static boolean isOpen(int port) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long buildFolders(Path tmp) throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith("imprint-serve-")).count();
        }
    }
}
