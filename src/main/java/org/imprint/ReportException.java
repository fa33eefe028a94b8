package org.imprint;

import java.nio.file.Path;

/**
 * A report could not be built because of its input (or its brand's templates). The message is
 * meant for the report's author; no stack trace is needed to act on it.
 */
public class ReportException extends Exception {

    private final transient Problem problem;

    public ReportException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ReportException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public ReportException(Path file, int line, String message) {
        this(Problem.error(file, line, message));
    }

    public ReportException(Path file, int line, String message, Throwable cause) {
        this(Problem.error(file, line, message), cause);
    }

    /** The problem, with file and line. */
    public Problem problem() {
        return problem;
    }
}
