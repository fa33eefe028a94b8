package org.imprint.batch;

/** Hears about a batch as it runs, e.g. to draw progress. Called from worker threads. */
public interface BatchListener {

    /** The batch starts with this many reports (after sharding). */
    default void started(int total) {
    }

    /** One report is done; {@code done} of {@code total} are done now. */
    default void finished(ReportResult result, int done, int total) {
    }
}
