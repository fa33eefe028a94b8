package org.imprint;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to build: a report, the formats, the PDF profile and engine, where to put the files and
 * who hears the warnings. Made with {@link #of(Path)}:
 *
 * <pre>{@code
 * BuildRequest request = BuildRequest.of(Path.of("reports/my-report"))
 *         .out(Path.of("out")).formats("pdf").profile(PdfProfile.PRINT).build();
 * }</pre>
 *
 * @param report   a report folder or its {@code article.md}
 * @param out      the output folder
 * @param formats  the formats' names, in the order they are written
 * @param profile  what the PDF is made for
 * @param engine   the PDF engine's name, or {@code null} for the brand's
 * @param warnings hears the problems that do not stop the build
 */
public record BuildRequest(Path report, Path out, Set<String> formats, PdfProfile profile, String engine,
                           Consumer<Problem> warnings) {

    /** The formats a request has unless it names others. */
    public static final List<String> DEFAULT_FORMATS = List.of("pdf", "epub");

    public BuildRequest {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(warnings, "warnings");
        formats = Collections.unmodifiableSet(new LinkedHashSet<>(formats));
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a build needs at least one format");
        }
    }

    /** A request for a report: PDF and EPUB, screen profile, the brand's engine, into {@code out}. */
    public static Builder of(Path report) {
        return new Builder(report);
    }

    /** The same request for another report. */
    public BuildRequest forReport(Path other) {
        return new BuildRequest(other, out, formats, profile, engine, warnings);
    }

    /** Builds a {@link BuildRequest}. */
    public static final class Builder {

        private final Path report;
        private Path out = Path.of("out");
        private Collection<String> formats = DEFAULT_FORMATS;
        private PdfProfile profile = PdfProfile.SCREEN;
        private String engine;
        private Consumer<Problem> warnings = problem -> { };

        private Builder(Path report) {
            this.report = report;
        }

        /** The output folder (default {@code out}). */
        public Builder out(Path folder) {
            this.out = folder;
            return this;
        }

        /** The formats, by name (default pdf and epub). */
        public Builder formats(String... names) {
            return formats(List.of(names));
        }

        /** The formats, by name (default pdf and epub). */
        public Builder formats(Collection<String> names) {
            this.formats = List.copyOf(names);
            return this;
        }

        /** What the PDF is made for (default screen). */
        public Builder profile(PdfProfile pdfProfile) {
            this.profile = pdfProfile;
            return this;
        }

        /** The PDF engine by name; {@code null} (the default) for the brand's. */
        public Builder engine(String name) {
            this.engine = name;
            return this;
        }

        /** Who hears the warnings (default: nobody). */
        public Builder warnings(Consumer<Problem> consumer) {
            this.warnings = consumer;
            return this;
        }

        public BuildRequest build() {
            return new BuildRequest(report, out, new LinkedHashSet<>(formats), profile, engine, warnings);
        }
    }
}
