package org.imprint.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.imprint.ReportException;
import org.imprint.TempCleanup;

/**
 * Downloads the remote images of one build into a temporary folder of its own, when
 * {@link RemoteAccess} allows it, within its timeout and size limit. Without that permission
 * every remote image is an error that says so.
 *
 * <p>Not thread-safe: one fetcher serves one report.
 */
public final class ImageFetcher {

    private final RemoteAccess access;
    /** Ctrl-C during a download must not leave the folder in the system's temporary folder. */
    private final TempCleanup cleanup = new TempCleanup();
    private HttpClient client;
    private Path folder;
    private int fetched;
    /** When the report's budget for remote images runs out; set at its first download. */
    private long deadline;

    public ImageFetcher(RemoteAccess access) {
        this.access = access;
    }

    /** The folder holding what was downloaded or derived, or {@code null} when nothing was. */
    public Path folder() {
        return folder;
    }

    private Path ownFolder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("imprint-remote-");
            cleanup.register(folder);
        }
        return folder;
    }

    /**
     * Downloads one image.
     *
     * @param url    an http or https URL
     * @param source the article, for error messages
     * @param line   the line of the article that names the image
     * @return the downloaded file
     */
    Path fetch(String url, Path source, int line) throws ReportException {
        if (!access.allowed()) {
            throw new ReportException(source, line, "image \"" + url + "\" is on the network, and Imprint fetches "
                    + "nothing from the network unless --allow-remote is given; download it into the report folder "
                    + "and refer to it by a relative path");
        }
        if (deadline == 0) {
            deadline = System.nanoTime() + access.budget().toNanos();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw overBudget(source, line, url);
        }
        // this image's wait: its own limit, or what is left of the report's budget
        boolean budgetBound = left < access.timeout().toNanos();
        Duration wait = budgetBound ? Duration.ofNanos(left) : access.timeout();
        URI uri;
        HttpRequest request;
        try {
            uri = URI.create(url.strip());
            request = HttpRequest.newBuilder(uri).timeout(wait).header("User-Agent", "Imprint").GET().build();
        } catch (IllegalArgumentException e) {
            throw new ReportException(source, line, "image URL \"" + url + "\" is not a valid URL");
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request,
                info -> new LimitedBody(access.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw budgetBound ? overBudget(source, line, url)
                    : failure(source, line, url, "it did not arrive within " + access.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(source, line, url, "the build was interrupted");
        } catch (ExecutionException e) {
            if (budgetBound && e.getCause() instanceof HttpTimeoutException
                    && !(e.getCause() instanceof HttpConnectTimeoutException)) {
                throw overBudget(source, line, url);
            }
            throw failure(source, line, url, reason(e.getCause()));
        }
        if (response.statusCode() != 200) {
            throw failure(source, line, url, "the server answered " + response.statusCode());
        }
        try {
            Path file = ownFolder().resolve("image-" + (++fetched));
            Files.write(file, response.body());
            return file;
        } catch (IOException e) {
            throw failure(source, line, url, "it could not be stored: " + e.getMessage());
        }
    }

    /**
     * A new file in this report's temporary folder, for an image derived from a checked one
     * (an upright copy); it goes when the downloads go.
     */
    public Path scratchFile(String name) throws IOException {
        return ownFolder().resolve(name);
    }

    /** Deletes what this fetcher downloaded. */
    public void discard() {
        deleteDownloads(folder);
        folder = null;
        cleanup.release();
    }

    /** Deletes a folder of downloads and everything in it; {@code null} is ignored. */
    private static void deleteDownloads(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpClient client() {
        if (client == null) {
            // NORMAL follows redirects but never from https to http.
            client = HttpClient.newBuilder().connectTimeout(access.timeout())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    private ReportException overBudget(Path source, int line, String url) {
        return failure(source, line, url, "the report's remote images took longer than the "
                + access.budget().toSeconds() + " s they may take together");
    }

    private ReportException failure(Path source, int line, String url, String reason) {
        return new ReportException(source, line, "image \"" + url + "\" could not be downloaded: " + reason
                + "; download it into the report folder and refer to it by a relative path");
    }

    private String reason(Throwable t) {
        if (t instanceof TooLarge) {
            return "it is larger than the limit of " + access.maxBytes() / (1024 * 1024) + " MB for remote images";
        }
        if (t instanceof HttpConnectTimeoutException) {
            return "the server did not answer within " + access.timeout().toSeconds() + " s";
        }
        if (t instanceof HttpTimeoutException) {
            // the request's own timeout can fire before the overall wait does: the same limit, the same words
            return "it did not arrive within " + access.timeout().toSeconds() + " s";
        }
        if (t instanceof ConnectException) {
            return "cannot connect to the server";
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** The image is over the size limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /**
     * Collects a response body in memory up to a limit and gives up, cancelling the transfer, as
     * soon as the body declares or reaches more.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long max;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(long max, long declared) {
            this.max = max;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (bytes.size() + (long) item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
