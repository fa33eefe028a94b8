package org.imprint;

import java.nio.file.Path;

/** The reports the tests build. */
public final class Reports {

    public static final Path HOME = Path.of("").toAbsolutePath();
    public static final Path EXAMPLE = HOME.resolve("reports/2026-04-us-iran-pakistan");
    public static final Path EVERY_FEATURE = HOME.resolve("src/test/resources/reports/every-feature");
    public static final Path MINIMAL = HOME.resolve("src/test/resources/reports/minimal");
    /** One folder per way a report can be wrong; {@code expected-errors.txt} says what each must report. */
    public static final Path BAD = HOME.resolve("src/test/resources/bad-reports");

    private Reports() {
    }
}
