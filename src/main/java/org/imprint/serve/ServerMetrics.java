package org.imprint.serve;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntSupplier;

/**
 * The server's counters in the Prometheus text format (0.0.4). A dozen numbers do not need a
 * metrics library: the format is lines of {@code name{labels} value}.
 */
final class ServerMetrics {

    /** Upper bounds of the duration histogram, in seconds. */
    private static final double[] BUCKETS = {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    /** Builds by kind (upload, local) and outcome (ok, bad_input, timeout, error). */
    private final Map<String, AtomicLong> builds = new ConcurrentHashMap<>();
    /** Requests refused before a build, by reason (busy, too_large, unauthorized, ...). */
    private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
    private final AtomicLongArray bucketCounts = new AtomicLongArray(BUCKETS.length);
    private final AtomicLong durationCount = new AtomicLong();
    private final AtomicLong durationMicros = new AtomicLong();
    private final IntSupplier queued;
    private final IntSupplier running;

    /**
     * @param queued  how many builds wait for a job now
     * @param running how many builds run now
     */
    ServerMetrics(IntSupplier queued, IntSupplier running) {
        this.queued = queued;
        this.running = running;
    }

    void built(String kind, String outcome, long nanos) {
        builds.computeIfAbsent(kind + "\0" + outcome, k -> new AtomicLong()).incrementAndGet();
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                bucketCounts.incrementAndGet(i);
            }
        }
        durationCount.incrementAndGet();
        durationMicros.addAndGet(nanos / 1000);
    }

    void refused(String reason) {
        refused.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
    }

    long builds(String kind, String outcome) {
        AtomicLong n = builds.get(kind + "\0" + outcome);
        return n == null ? 0 : n.get();
    }

    /** The text {@code GET /metrics} answers. */
    String text() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP imprint_builds_total Builds finished, by kind (upload, local) and outcome (ok, bad_input, timeout, error).\n");
        out.append("# TYPE imprint_builds_total counter\n");
        builds.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] key = e.getKey().split("\0");
            out.append("imprint_builds_total{kind=\"").append(key[0]).append("\",outcome=\"").append(key[1]).append("\"} ")
                    .append(e.getValue().get()).append('\n');
        });
        out.append("# HELP imprint_build_failures_total Builds that did not answer with a file (bad input, timeout, error).\n");
        out.append("# TYPE imprint_build_failures_total counter\n");
        long failures = builds.entrySet().stream().filter(e -> !e.getKey().endsWith("\0ok")).mapToLong(e -> e.getValue().get()).sum();
        out.append("imprint_build_failures_total ").append(failures).append('\n');
        out.append("# HELP imprint_requests_refused_total Requests refused before any build, by reason.\n");
        out.append("# TYPE imprint_requests_refused_total counter\n");
        refused.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.append("imprint_requests_refused_total{reason=\"").append(e.getKey()).append("\"} ").append(e.getValue().get()).append('\n'));
        out.append("# HELP imprint_build_duration_seconds Time from a build's start to its answer.\n");
        out.append("# TYPE imprint_build_duration_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("imprint_build_duration_seconds_bucket{le=\"").append(format(BUCKETS[i])).append("\"} ")
                    .append(bucketCounts.get(i)).append('\n');
        }
        out.append("imprint_build_duration_seconds_bucket{le=\"+Inf\"} ").append(durationCount.get()).append('\n');
        out.append("imprint_build_duration_seconds_sum ").append(format(durationMicros.get() / 1e6)).append('\n');
        out.append("imprint_build_duration_seconds_count ").append(durationCount.get()).append('\n');
        out.append("# HELP imprint_build_queue_length Builds waiting for a free job.\n");
        out.append("# TYPE imprint_build_queue_length gauge\n");
        out.append("imprint_build_queue_length ").append(queued.getAsInt()).append('\n');
        out.append("# HELP imprint_builds_running Builds running now.\n");
        out.append("# TYPE imprint_builds_running gauge\n");
        out.append("imprint_builds_running ").append(running.getAsInt()).append('\n');
        return out.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
