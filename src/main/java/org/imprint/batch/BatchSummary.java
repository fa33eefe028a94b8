package org.imprint.batch;

import java.util.List;

/**
 * The outcome of a batch, in the order the reports were named.
 *
 * @param results one per report
 * @param millis  wall time of the whole batch
 */
public record BatchSummary(List<ReportResult> results, long millis) {

    public BatchSummary {
        results = List.copyOf(results);
    }

    public long count(ReportResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** True when no report failed. */
    public boolean succeeded() {
        return count(ReportResult.Status.FAILED) == 0;
    }
}
