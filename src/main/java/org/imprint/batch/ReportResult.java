package org.imprint.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one report of a batch.
 *
 * @param slug     the report's name
 * @param status   built, skipped (unchanged since its outputs were built) or failed
 * @param outputs  the files it has in the output folder
 * @param millis   wall time spent on it
 * @param messages errors and warnings, each naming file and line
 * @param cause    the exception behind a failure, for {@code --debug}, or {@code null}
 */
public record ReportResult(String slug, Status status, List<Path> outputs, long millis, List<String> messages, Throwable cause) {

    /** The outcome of one report. */
    public enum Status { BUILT, SKIPPED, FAILED }

    public ReportResult {
        outputs = List.copyOf(outputs);
        messages = List.copyOf(messages);
    }
}
