package org.imprint.verify;

import java.util.List;

/**
 * What {@link PdfVerifier} found in a PDF.
 *
 * @param pages       number of pages
 * @param fonts       every font used, by name
 * @param conformance veraPDF's verdicts: the PDF/A part the file claims, and PDF/UA-1 when it
 *                    claims that (or claims nothing)
 */
public record PdfCheck(int pages, List<PdfFont> fonts, List<Conformance> conformance) {

    public PdfCheck {
        fonts = List.copyOf(fonts);
        conformance = List.copyOf(conformance);
    }

    /** A file passes when every standard checked passes and every font is embedded. */
    public boolean passes() {
        return conformance.stream().allMatch(Conformance::compliant) && fonts.stream().allMatch(PdfFont::embedded);
    }
}
