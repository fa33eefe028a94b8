package org.imprint.verify;

/**
 * One font a PDF uses, as {@code pdffonts} lists it.
 *
 * @param name     the font's PostScript name, subset tag included
 * @param type     its PDF font type, e.g. Type0 or TrueType
 * @param embedded whether its program is in the file
 * @param subset   whether only the glyphs used are (the name has a six-letter tag)
 */
public record PdfFont(String name, String type, boolean embedded, boolean subset) {
}
