package org.imprint.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code imprint serve} runs and what it bounds.
 *
 * @param home          the folder holding templates/ and fonts/
 * @param host          the address to listen on
 * @param port          the port, 0 for any free one
 * @param token         the bearer token every request must carry, or {@code null} (loopback only)
 * @param jobs          builds run at once
 * @param queue         builds that may wait for a free job; beyond it, 503 with Retry-After
 * @param maxUpload     the largest upload accepted, in bytes (413 beyond)
 * @param maxUnpacked   the most bytes an upload may unpack to (413 beyond)
 * @param maxEntries    the most files and folders an upload may hold (413 beyond)
 * @param buildTimeout  how long one build of an upload may take
 * @param allowRemote   whether uploaded reports may name remote images (as {@code --allow-remote})
 * @param serverFile    where to record port, per-user token and version for the {@code imprint}
 *                      launcher, or {@code null} for no command-line builds
 * @param version       what the launcher must match to hand its command lines to this server
 */
public record ServerConfig(Path home, String host, int port, String token, int jobs, int queue, long maxUpload,
                           long maxUnpacked, int maxEntries, Duration buildTimeout, boolean allowRemote,
                           Path serverFile, String version) {

    public static final long DEFAULT_MAX_UPLOAD = 20L << 20;
    public static final long DEFAULT_MAX_UNPACKED = 100L << 20;
    public static final int DEFAULT_MAX_ENTRIES = 1000;
    public static final Duration DEFAULT_BUILD_TIMEOUT = Duration.ofSeconds(60);

    public ServerConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(buildTimeout, "buildTimeout");
        Objects.requireNonNull(version, "version");
        if (jobs < 1 || queue < 0 || port < 0 || port > 65535 || maxUpload < 1 || maxUnpacked < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, queue at least 0, the port 0-65535 and the limits positive");
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
    }

    /** The defaults for a server of {@code home} on 127.0.0.1:{@code port} without a token. */
    public static ServerConfig local(Path home, int port, int jobs, int queue) {
        return new ServerConfig(home, "127.0.0.1", port, null, jobs, queue, DEFAULT_MAX_UPLOAD, DEFAULT_MAX_UNPACKED,
                DEFAULT_MAX_ENTRIES, DEFAULT_BUILD_TIMEOUT, false, null, "development");
    }

    public ServerConfig withToken(String bearer) {
        return new ServerConfig(home, host, port, bearer, jobs, queue, maxUpload, maxUnpacked, maxEntries, buildTimeout,
                allowRemote, serverFile, version);
    }

    public ServerConfig withLimits(long upload, long unpacked, int entries, Duration timeout) {
        return new ServerConfig(home, host, port, token, jobs, queue, upload, unpacked, entries, timeout,
                allowRemote, serverFile, version);
    }

    public ServerConfig withServerFile(Path file, String launcherVersion) {
        return new ServerConfig(home, host, port, token, jobs, queue, maxUpload, maxUnpacked, maxEntries, buildTimeout,
                allowRemote, file, launcherVersion);
    }

    /** Whether the host is a loopback address, which only this machine can reach. */
    public boolean loopback() {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
