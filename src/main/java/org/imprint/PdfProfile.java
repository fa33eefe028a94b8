package org.imprint;

import java.util.Locale;

/**
 * What a PDF is made for. Both are PDF/A-2u; they differ in what the reader needs.
 */
public enum PdfProfile {
    /**
     * Reading on screen and archiving (the default): PDF/A-2u and PDF/UA-1, tagged, with the
     * notes at the page foot, each a {@code Note} in the structure tree right after its call.
     */
    SCREEN(""),
    /**
     * The print shop: the trim size from the brand plus bleed, crop marks, TrimBox and BleedBox,
     * notes at the page foot. PDF/A-2u, not tagged: paper needs no structure tree.
     */
    PRINT("-print");

    private final String fileSuffix;

    PdfProfile(String fileSuffix) {
        this.fileSuffix = fileSuffix;
    }

    /** Added to the slug in the output file name: the print PDF sits beside the screen PDF. */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** Whether the PDF carries a structure tree and claims PDF/UA-1. */
    public boolean tagged() {
        return this == SCREEN;
    }

    /** Parses "screen" or "print", in any case. */
    public static PdfProfile parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
