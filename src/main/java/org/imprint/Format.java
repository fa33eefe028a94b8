package org.imprint;

import java.util.Locale;

/** The output formats Imprint writes. */
public enum Format {
    PDF("pdf"),
    EPUB("epub");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Parses "pdf" or "epub", in any case. */
    public static Format parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
