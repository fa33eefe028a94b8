package org.imprint;

import java.nio.file.Path;

/**
 * One thing wrong (or doubtful) with a report's input, worded for the person who wrote it.
 *
 * @param severity whether the build fails because of it
 * @param file     the file at fault
 * @param line     1-based line in {@code file}, or 0 when unknown
 * @param column   1-based column in that line, or 0 when unknown or not worth naming
 * @param message  what is wrong and how to fix it
 */
public record Problem(Severity severity, Path file, int line, int column, String message) {

    /** A problem on a line, at no column in particular. */
    public Problem(Severity severity, Path file, int line, String message) {
        this(severity, file, line, 0, message);
    }

    /** How serious a problem is. */
    public enum Severity { ERROR, WARNING }

    public static Problem error(Path file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    /** An error at a line and column, as a syntax error in a data file is. */
    public static Problem error(Path file, int line, int column, String message) {
        return new Problem(Severity.ERROR, file, line, column, message);
    }

    /**
     * {@code file:line: message} ({@code file:line:column: message} when the column is known),
     * with the file relative to the working directory where possible.
     */
    @Override
    public String toString() {
        String where = file == null ? "<input>" : DisplayPath.of(file);
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        if (line > 0) {
            where += ":" + line + (column > 0 ? ":" + column : "");
        }
        return where + ": " + prefix + message;
    }

}
