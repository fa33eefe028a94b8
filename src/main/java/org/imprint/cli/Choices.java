package org.imprint.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.imprint.Imprint;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks the names given to {@code --format} and {@code --engine} against what Imprint registers. */
final class Choices {

    private Choices() {
    }

    /**
     * The formats asked for, each registered, at least one.
     *
     * @param preview whether PNG previews were asked for, which need the PDF
     */
    static Set<String> formats(CommandSpec spec, Imprint imprint, List<String> given, boolean preview) {
        Set<String> formats = new LinkedHashSet<>();
        for (String name : given) {
            String format = name.strip().toLowerCase(Locale.ROOT);
            if (!format.isEmpty() && !imprint.formats().contains(format)) {
                throw usage(spec, "unknown format \"" + name.strip() + "\" (use " + String.join(" or ", imprint.formats()) + ")");
            }
            if (!format.isEmpty()) {
                formats.add(format);
            }
        }
        if (formats.isEmpty()) {
            throw usage(spec, "--format names no format (use " + String.join(" or ", imprint.formats()) + ", comma-separated)");
        }
        if (preview && !formats.contains("pdf")) {
            throw usage(spec, "--preview renders the PDF: add pdf to --format");
        }
        return formats;
    }

    /** The engine asked for, registered, or {@code null} when none was. */
    static String engine(CommandSpec spec, Imprint imprint, String given) {
        if (given == null) {
            return null;
        }
        String engine = given.strip().toLowerCase(Locale.ROOT);
        if (!imprint.engines().contains(engine)) {
            throw usage(spec, "unknown engine \"" + given.strip() + "\" (use " + String.join(" or ", imprint.engines()) + ")");
        }
        return engine;
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
