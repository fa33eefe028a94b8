package org.imprint.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.imprint.Imprint;
import org.imprint.IoMessage;
import org.imprint.PdfProfile;
import org.imprint.article.RemoteAccess;

/**
 * {@code imprint serve}: builds uploaded reports over HTTP, and the command lines of the
 * {@code imprint} launcher of the same user, with one shared {@link Imprint} (brands, layouts
 * and fonts read once, the JIT warm).
 *
 * <ul>
 * <li>{@code POST /v1/builds?format=pdf|epub|…&profile=screen|print&engine=…&slug=…} with a zip
 *     of one report folder: 200 with the file, 422 {@code application/problem+json} with the
 *     command line's messages when the report is wrong.</li>
 * <li>{@code POST /v1/local-builds}: a launcher's command line (see {@link LocalBuild}), only with
 *     the per-user token of the server file and only from this machine.</li>
 * <li>{@code GET /v1/health}, {@code GET /metrics} (Prometheus text).</li>
 * </ul>
 *
 * Built on the JDK's {@code com.sun.net.httpserver}: no dependency, and a build costs seconds of
 * CPU, so the server's own speed does not matter while its bounds do, and those are ours (see
 * {@link BuildGate}).
 */
public final class BuildServer implements AutoCloseable {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int RETRY_AFTER_MAX = 60;

    private final ServerConfig config;
    /** Builds uploads: remote images as --allow-remote says. */
    private final Imprint imprint;
    private final Imprint denied;
    /** Made when a command line first asks for --allow-remote. */
    private Imprint allowed;
    private final BearerToken token;
    private final BearerToken localToken = BearerToken.random();
    private final BuildGate gate;
    private final ServerMetrics metrics;
    private final UploadBuild uploads;
    private final LocalBuild locals;
    private final HttpServer http;
    private final ExecutorService handlers;
    /** Closes the connections of uploads that do not arrive in time (a slow client holds a place). */
    private final java.util.concurrent.ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "imprint-serve-deadlines");
        t.setDaemon(true);
        return t;
    });
    private final PrintStream log;
    /** Written once the server listens; read by handler threads. */
    private volatile ServerFile serverFile;
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();

    private BuildServer(ServerConfig config, PrintStream log) throws IOException {
        this.config = config;
        this.log = log;
        this.token = config.token() == null ? null : new BearerToken(config.token());
        this.denied = new Imprint(config.home(), RemoteAccess.DENIED);
        this.imprint = config.allowRemote() ? imprint(RemoteAccess.allowedWithDefaults()) : denied;
        this.gate = new BuildGate(config.jobs(), config.queue());
        this.metrics = new ServerMetrics(gate::queued, gate::running);
        this.uploads = new UploadBuild(imprint, new ReportUpload(config.maxUnpacked(), config.maxEntries()));
        this.locals = new LocalBuild(config.version(), this::imprint);
        this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        // handlers wait for builds, so there are more of them than places: the extra ones answer
        // health, metrics and 503s while every place is taken
        AtomicInteger n = new AtomicInteger();
        this.handlers = Executors.newFixedThreadPool(config.jobs() + config.queue() + 4, r -> {
            Thread t = new Thread(r, "imprint-serve-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(handlers);
        http.createContext("/", this::handle);
    }

    /** The shared Imprint that downloads remote images or not, as a command asks. */
    private synchronized Imprint imprint(RemoteAccess access) {
        if (!access.allowed()) {
            return denied;
        }
        if (allowed == null) {
            allowed = new Imprint(config.home(), access);
        }
        return allowed;
    }

    /**
     * Starts a server.
     *
     * @param log where the server says what it does (a line per request)
     * @throws IllegalArgumentException for a non-loopback address without a token
     */
    public static BuildServer start(ServerConfig config, PrintStream log) throws IOException {
        if (config.token() == null && !config.loopback()) {
            throw new IllegalArgumentException("refusing to listen on " + config.host()
                    + " without a token: anyone who can reach it could build; give --token-file FILE, or listen on 127.0.0.1");
        }
        BuildServer server = new BuildServer(config, log);
        server.http.start();
        if (config.serverFile() != null) {
            server.serverFile = ServerFile.write(config.serverFile(), server.port(), server.localToken.value(), config.version());
        }
        return server;
    }

    /** The port listened on (the one chosen when the configuration said 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address to reach the server at. */
    public String url() {
        return "http://" + config.host() + ":" + port();
    }

    /**
     * Stops: refuses new builds (503), lets those in flight finish within {@code grace}, then
     * closes the listener and removes the server file.
     */
    public void stop(Duration grace) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (serverFile != null) {
            serverFile.delete();   // first, so that no launcher starts sending work here
        }
        try {
            boolean finished = gate.close(grace);
            if (!finished) {
                log.println("imprint serve: builds still running after " + grace.toSeconds() + " s were interrupted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // a second for the handlers to send the answers of the builds that just finished
        http.stop(1);
        handlers.shutdownNow();
        deadlines.shutdownNow();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(8));
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        int status;
        try {
            status = route(exchange);
        } catch (Refusal r) {
            status = problem(exchange, r);
        } catch (IOException | RuntimeException | Error e) {
            // an Error too (out of memory; a class missing when the jar was replaced): answered, logged, the place given back
            log.println("imprint serve: " + route + ": " + (e instanceof IOException io ? IoMessage.of(io) : e));
            status = problem(exchange, new Refusal(500, "internal", "Internal error", "the server failed unexpectedly; its log has more"));
        } finally {
            exchange.close();
        }
        log.printf(Locale.ROOT, "imprint serve: %s %d (%d ms)%n", route, status, (System.nanoTime() - start) / 1_000_000);
    }

    private int route(HttpExchange exchange) throws IOException, Refusal {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/v1/local-builds")) {
            requireLocal(exchange);
            requireMethod(method, "POST");
            return localBuild(exchange);
        }
        if (token != null && !token.matches(exchange.getRequestHeaders().getFirst("Authorization"))) {
            metrics.refused("unauthorized");
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"imprint\"");
            throw new Refusal(401, "unauthorized", "Unauthorized", "send Authorization: Bearer <the token of --token-file>");
        }
        switch (path) {
            case "/v1/health" -> {
                requireMethod(method, "GET");
                Map<String, Object> health = new LinkedHashMap<>();
                health.put("status", gate.closing() ? "stopping" : "ok");
                health.put("formats", List.copyOf(imprint.formats()));
                health.put("jobs", config.jobs());
                health.put("running", gate.running());
                health.put("queued", gate.queued());
                return send(exchange, gate.closing() ? 503 : 200, "application/json", (JSON.std.asString(health) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            case "/metrics" -> {
                requireMethod(method, "GET");
                return send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.text().getBytes(StandardCharsets.UTF_8));
            }
            case "/v1/builds" -> {
                requireMethod(method, "POST");
                return uploadBuild(exchange);
            }
            default -> throw new Refusal(404, "not-found", "Not found", path + ": no such endpoint (POST /v1/builds, GET /v1/health, GET /metrics)");
        }
    }

    private int uploadBuild(HttpExchange exchange) throws IOException, Refusal {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.split(";", 2)[0].strip().equalsIgnoreCase("application/zip")) {
            throw new Refusal(415, "unsupported-media-type", "Not a zip",
                    "send the report folder as a zip with Content-Type: application/zip (this request says " + type + ")");
        }
        UploadBuild.Order order = order(query(exchange));
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxUpload()) {
            metrics.refused("too_large");
            throw Refusal.tooLarge("the upload is " + length + " bytes; this server takes at most " + config.maxUpload());
        }
        BuildGate.Place place = enter(exchange);
        byte[] zip;
        try {
            zip = readBody(exchange, config.maxUpload());
        } catch (Refusal | IOException | RuntimeException | Error e) {
            place.leaveUnused();
            if (e instanceof Refusal) {
                metrics.refused("too_large");
            }
            throw e;
        }
        long start = System.nanoTime();
        Future<UploadBuild.Built> build = run(exchange, place, () -> uploads.build(zip, order));
        try {
            UploadBuild.Built built = build.get(config.buildTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            metrics.built("upload", "ok", System.nanoTime() - start);
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + built.fileName() + "\"");
            return send(exchange, 200, contentType(order.format()), built.bytes());
        } catch (TimeoutException e) {
            build.cancel(true);
            metrics.built("upload", "timeout", System.nanoTime() - start);
            throw new Refusal(503, "build-timeout", "Build took too long",
                    "the build took longer than this server's limit of " + config.buildTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refusal r) {
                metrics.built("upload", r.status() == 500 ? "error" : "bad_input", System.nanoTime() - start);
                throw r;
            }
            metrics.built("upload", "error", System.nanoTime() - start);
            log.println("imprint serve: internal error, please report it:");
            e.getCause().printStackTrace(log);
            throw new Refusal(500, "internal", "Internal error", "internal error, please report it: " + e.getCause());
        } catch (InterruptedException | CancellationException e) {
            build.cancel(true);
            throw new Refusal(503, "stopping", "Server stopping", "the server is stopping");
        }
    }

    private int localBuild(HttpExchange exchange) throws IOException, Refusal {
        BuildGate.Place place = enter(exchange);
        byte[] body;
        try {
            body = readBody(exchange, 1 << 20);
        } catch (Refusal | IOException | RuntimeException e) {
            place.leaveUnused();
            throw e;
        }
        LocalBuild.Command command;
        try {
            command = LocalBuild.Command.parse(body);
        } catch (Refusal r) {
            place.leaveUnused();
            throw r;
        }
        long start = System.nanoTime();
        Future<LocalBuild.Outcome> run = run(exchange, place, () -> locals.run(command));
        LocalBuild.Outcome outcome;
        try {
            outcome = run.get();   // no time limit: the user's own command, as in a terminal
        } catch (ExecutionException e) {
            metrics.built("local", "error", System.nanoTime() - start);
            throw new Refusal(409, "fallback", "Run it yourself", "the server failed: " + e.getCause());
        } catch (InterruptedException | CancellationException e) {
            throw new Refusal(409, "fallback", "Run it yourself", "the server is stopping");
        }
        if (outcome.fallback() != null) {
            throw new Refusal(409, "fallback", "Run it yourself", outcome.fallback());
        }
        metrics.built("local", outcome.exit() == 0 ? "ok" : "bad_input", System.nanoTime() - start);
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.write(outcome.stdout());
        both.write(outcome.stderr());
        exchange.getResponseHeaders().set("Imprint-Exit", Integer.toString(outcome.exit()));
        exchange.getResponseHeaders().set("Imprint-Stdout-Bytes", Integer.toString(outcome.stdout().length));
        return send(exchange, 200, "application/octet-stream", both.toByteArray());
    }

    private BuildGate.Place enter(HttpExchange exchange) throws Refusal {
        BuildGate.Place place = gate.enter();
        if (place == null) {
            metrics.refused(gate.closing() ? "stopping" : "busy");
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfter()));
            throw new Refusal(503, "busy", "Server busy", gate.closing() ? "the server is stopping"
                    : "all " + config.jobs() + " jobs and " + config.queue() + " queue places are taken; try again after the Retry-After seconds");
        }
        return place;
    }

    private <T> Future<T> run(HttpExchange exchange, BuildGate.Place place, java.util.concurrent.Callable<T> work) throws Refusal {
        try {
            return place.run(work);
        } catch (RejectedExecutionException e) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfter()));
            throw new Refusal(503, "stopping", "Server stopping", "the server is stopping");
        }
    }

    /** Seconds to wait before asking again: one per round of builds ahead, 1 to 60. */
    private int retryAfter() {
        return Math.max(1, Math.min(RETRY_AFTER_MAX, 1 + (gate.queued() + gate.running()) / config.jobs()));
    }

    /** The launcher's endpoint: its per-user token, from this machine only. */
    private void requireLocal(HttpExchange exchange) throws Refusal {
        boolean fromHere = exchange.getRemoteAddress().getAddress().isLoopbackAddress();
        if (serverFile == null || !fromHere || !localToken.matches(exchange.getRequestHeaders().getFirst("Authorization"))) {
            metrics.refused("unauthorized");
            throw new Refusal(401, "unauthorized", "Unauthorized", "command lines are taken only from this machine, with the token of the server file");
        }
    }

    private static void requireMethod(String method, String allowed) throws Refusal {
        if (!method.equals(allowed)) {
            throw new Refusal(405, "method", "Method not allowed", "use " + allowed);
        }
    }

    private UploadBuild.Order order(Map<String, String> query) throws Refusal {
        String format = query.getOrDefault("format", "pdf").strip().toLowerCase(Locale.ROOT);
        if (!imprint.formats().contains(format)) {
            throw badParameter("unknown format \"" + format + "\" (use " + String.join(" or ", imprint.formats()) + ")");
        }
        PdfProfile profile;
        try {
            profile = PdfProfile.parse(query.getOrDefault("profile", "screen"));
        } catch (IllegalArgumentException e) {
            throw badParameter("unknown profile \"" + query.get("profile") + "\" (use screen or print)");
        }
        String engine = query.get("engine");
        if (engine != null) {
            engine = engine.strip().toLowerCase(Locale.ROOT);
            if (!imprint.engines().contains(engine)) {
                throw badParameter("unknown engine \"" + query.get("engine") + "\" (use " + String.join(" or ", imprint.engines()) + ")");
            }
        }
        String slug = query.get("slug");
        if (slug != null && !ReportUpload.SLUG.matcher(slug).matches()) {
            throw badParameter("slug \"" + slug + "\" must be letters, digits, '.', '_' and '-' (it names the output)");
        }
        return new UploadBuild.Order(format, profile, engine, slug);
    }

    private static Refusal badParameter(String detail) {
        return new Refusal(400, "bad-parameter", "Bad parameter", detail);
    }

    private static String contentType(String format) {
        return switch (format) {
            case "pdf" -> "application/pdf";
            case "epub" -> "application/epub+zip";
            default -> "application/zip";   // html: a zip of the pages and their files
        };
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.putIfAbsent(key, value);
            }
        }
        return query;
    }

    /** The request body, refused (413) beyond {@code limit} bytes whatever Content-Length said. */
    /** Seconds an upload may take to arrive, whatever its size within the limit. */
    static final int UPLOAD_SECONDS = 30;

    private byte[] readBody(HttpExchange exchange, long limit) throws IOException, Refusal {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            late.set(true);
            exchange.close();
        }, UPLOAD_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (body.size() + (long) n > limit) {
                    throw Refusal.tooLarge("the upload is larger than this server's limit of " + limit + " bytes");
                }
                body.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (late.get()) {
                throw new Refusal(408, "upload-timeout", "Upload too slow", "the upload did not arrive within " + UPLOAD_SECONDS + " s");
            }
            throw new Refusal(400, "upload-broken", "Upload incomplete", "the upload ended before its Content-Length (" + IoMessage.of(e) + ")");
        } finally {
            deadline.cancel(false);
        }
        return body.toByteArray();
    }

    private static int send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return status;
    }

    /** An RFC 9457 problem: type, title, status, detail, and the command line's messages. */
    private int problem(HttpExchange exchange, Refusal refusal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "urn:imprint:problem:" + refusal.type());
        json.put("title", refusal.title());
        json.put("status", refusal.status());
        json.put("detail", refusal.getMessage());
        if (!refusal.messages().isEmpty()) {
            json.put("messages", refusal.messages());
        }
        try {
            return send(exchange, refusal.status(), PROBLEM_JSON, (JSON.std.asString(json) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return refusal.status();   // the client has gone
        }
    }
}
