package org.imprint.cli;

import java.io.PrintWriter;

import org.imprint.batch.BatchListener;
import org.imprint.batch.ReportResult;

/**
 * Shows a batch's progress: a bar redrawn in place on a terminal, one plain line per report
 * otherwise (CI logs). Messages (errors, warnings) always go to the error stream, one per line.
 */
final class ProgressPrinter implements BatchListener {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final boolean debug;
    private int failed;

    /**
     * @param terminal draw a bar rather than lines
     * @param quiet    print only messages (machine-readable output follows on {@code out})
     * @param debug    print the stack trace behind each failure
     */
    ProgressPrinter(PrintWriter out, PrintWriter err, boolean terminal, boolean quiet, boolean debug) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.debug = debug;
    }

    @Override
    public synchronized void finished(ReportResult result, int done, int total) {
        if (result.status() == ReportResult.Status.FAILED) {
            failed++;
        }
        if (terminal && !quiet) {
            out.print("\r\033[K");
        }
        // a failed report's last message is its error; the ones before are warnings, and say so
        int error = result.status() == ReportResult.Status.FAILED ? result.messages().size() - 1 : -1;
        for (int i = 0; i < result.messages().size(); i++) {
            err.println((i == error ? "error: " : "") + result.messages().get(i));
        }
        if (debug && result.cause() != null) {
            result.cause().printStackTrace(err);
        }
        err.flush();
        if (quiet) {
            return;
        }
        if (terminal) {
            int filled = total == 0 ? WIDTH : WIDTH * done / total;
            out.printf("[%s%s] %d/%d%s  %s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                    failed > 0 ? "  " + failed + " failed" : "", result.slug());
            if (done == total) {
                out.print("\r\033[K");
            }
        } else {
            out.printf("[%d/%d] %s %s (%d ms)%n", done, total, result.status().name().toLowerCase(), result.slug(), result.millis());
        }
        out.flush();
    }
}
