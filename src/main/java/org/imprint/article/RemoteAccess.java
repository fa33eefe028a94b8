package org.imprint.article;

import java.time.Duration;

/**
 * Whether a build may download images named by {@code http:} or {@code https:} URLs, and within
 * which bounds. By default it may not: a report builds from its own folder alone.
 *
 * @param allowed  whether remote images are downloaded at all
 * @param timeout  how long connecting to the server and then the whole transfer may each take
 * @param maxBytes the largest image accepted, in bytes
 */
public record RemoteAccess(boolean allowed, Duration timeout, long maxBytes) {

    /** The default timeout for a remote image: 10 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The default size limit for a remote image: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** No network access: a remote image is an error. */
    public static final RemoteAccess DENIED = new RemoteAccess(false, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);

    public RemoteAccess {
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0) {
            throw new IllegalArgumentException("the timeout and the size limit must be positive");
        }
    }

    /** Remote images allowed, with the default timeout and size limit. */
    public static RemoteAccess allowedWithDefaults() {
        return new RemoteAccess(true, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }
}
