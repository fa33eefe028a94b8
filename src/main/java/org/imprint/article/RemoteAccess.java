package org.imprint.article;

import java.time.Duration;

/**
 * Whether a build may download images named by {@code http:} or {@code https:} URLs, and within
 * which bounds. By default it may not: a report builds from its own folder alone.
 *
 * @param allowed  whether remote images are downloaded at all
 * @param timeout  how long connecting to the server and then the whole transfer may each take
 * @param maxBytes the largest image accepted, in bytes
 * @param budget   how long all the remote images of one report may take together: a few slow
 *                 images, each within {@code timeout}, must not hold a build for minutes
 */
public record RemoteAccess(boolean allowed, Duration timeout, long maxBytes, Duration budget) {

    /** The default timeout for a remote image: 10 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The default size limit for a remote image: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The default time all remote images of one report may take together: 20 seconds. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);
    /** No network access: a remote image is an error. */
    public static final RemoteAccess DENIED = new RemoteAccess(false, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);

    public RemoteAccess {
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0 || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the timeouts and the size limit must be positive");
        }
    }

    /** Limits per image, and the default budget per report (at least one image's timeout). */
    public RemoteAccess(boolean allowed, Duration timeout, long maxBytes) {
        this(allowed, timeout, maxBytes, timeout.compareTo(DEFAULT_BUDGET) > 0 ? timeout : DEFAULT_BUDGET);
    }

    /** Remote images allowed, with the default timeout, size limit and budget. */
    public static RemoteAccess allowedWithDefaults() {
        return new RemoteAccess(true, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_BUDGET);
    }
}
