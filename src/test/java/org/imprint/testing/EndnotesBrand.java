package org.imprint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imprint.Imprint;
import org.imprint.Reports;

/**
 * The brand {@code rcas-endnotes} (rcas with {@code notes: endnotes}) in a templates folder of a
 * test's own, beside the real rcas brand, so that endnotes are tested without a brand in the
 * repository asking for them.
 */
public final class EndnotesBrand {

    /** The brand's name, for {@link TestReport#brand}. */
    public static final String NAME = "rcas-endnotes";

    private EndnotesBrand() {
    }

    /** An Imprint whose templates, made under {@code dir}, hold rcas and {@link #NAME}. */
    public static Imprint imprint(Path dir) throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve(NAME));
        Files.writeString(templates.resolve(NAME + "/brand.yaml"), "extends: rcas\nnotes: endnotes\n");
        Files.createSymbolicLink(templates.resolve("rcas"), Reports.HOME.resolve("templates/rcas").toAbsolutePath());
        return new Imprint(templates, Reports.HOME.resolve("fonts"));
    }
}
