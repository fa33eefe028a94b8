package org.imprint.verify;

/**
 * One finding of a validator.
 *
 * @param severity "FATAL", "ERROR", "WARNING", "INFO" or "USAGE"
 * @param id       the validator's rule id, e.g. RSC-005
 * @param location where in the file, e.g. {@code OEBPS/article.xhtml:12:4}, or empty
 * @param message  the validator's text
 */
public record CheckMessage(String severity, String id, String location, String message) {

    /** Fatal errors, errors and warnings fail a check; infos and usage notes do not. */
    public boolean fails() {
        return severity.equals("FATAL") || severity.equals("ERROR") || severity.equals("WARNING");
    }

    /** The message without the validator's list of every attribute or element it would have accepted. */
    public String shortMessage() {
        int expected = message.indexOf("; expected ");
        return expected < 0 ? message : message.substring(0, expected);
    }

    @Override
    public String toString() {
        return severity + "(" + id + ") " + (location.isEmpty() ? "" : location + ": ") + shortMessage();
    }
}
