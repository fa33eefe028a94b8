package org.imprint;

import java.util.Locale;

/**
 * The PDF engine that lays out a report. Both read the same layouts, stylesheet and fonts; the
 * stylesheet sees the choice as {@code engine} where a feature differs.
 */
public enum Engine {
    /**
     * openhtmltopdf on PDFBox (the default): PDF/A-2u, PDF/UA-1 when tagged, notes at the page
     * foot in the print profile, reproducible bytes. TrueType fonts only.
     */
    PDFBOX,
    /**
     * Flying Saucer on OpenPDF: drafts several times faster, and OpenType fonts with CFF outlines.
     * Neither PDF/A nor PDF/UA; notes are always endnotes (it has no {@code float: footnote}).
     */
    OPENPDF;

    /** The name layouts, brand profiles and the command line use: "pdfbox" or "openpdf". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "pdfbox" or "openpdf", in any case. */
    public static Engine parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
