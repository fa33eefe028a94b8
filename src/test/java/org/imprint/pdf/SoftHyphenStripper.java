package org.imprint.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, which writes the hyphen drawn at a soft hyphen's line break as U+00AD.
 * PDFBox reads that hyphen's {@code /ActualText} (U+00AD, see {@link DrawnHyphens}) as no text at
 * all, so a broken word reads as two words on two lines; here its glyph, a text position with
 * no text, is given back as the soft hyphen it stands for.
 */
class SoftHyphenStripper extends PDFTextStripper {

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        StringBuilder marked = new StringBuilder(text);
        if (!positions.isEmpty() && drawnHyphen(positions.get(positions.size() - 1))) {
            marked.append('\u00AD');
        }
        super.writeString(marked.toString(), positions);
    }

    /**
     * Whether the position is a hyphen's glyph whose text was given as U+00AD: other glyphs have
     * no text of their own too (those of a shaped Thai or Hindi word after the first, which carries
     * the word's {@code /ActualText}).
     */
    private static boolean drawnHyphen(TextPosition position) throws IOException {
        if (!position.getUnicode().isEmpty() || position.getCharacterCodes().length != 1) {
            return false;
        }
        String glyph = position.getFont().toUnicode(position.getCharacterCodes()[0]);
        return "-".equals(glyph) || "\u2010".equals(glyph);
    }
}
