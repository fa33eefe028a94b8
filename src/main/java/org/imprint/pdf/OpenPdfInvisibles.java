package org.imprint.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Takes the invisible format characters ({@link InvisibleFormatCharacters#invisible}: ZWJ, ZWNJ,
 * the word joiner, bidirectional marks, variation selectors) out of the text the openpdf engine
 * lays out. Flying Saucer draws each with its font's glyph: the Noto faces give ZWNJ a bar and ZWJ
 * a bar with an x, so "Auf‌lage" and "a‍b" printed junk over the letters (h19ab H4). It shapes no
 * script a joiner steers (the engine refuses those, {@link PdfOutput}), so the characters do
 * nothing there but show; the words read back whole without them. The soft hyphen stays.
 */
final class OpenPdfInvisibles {

    private OpenPdfInvisibles() {
    }

    /** Removes the invisible characters from every text node of {@code dom}. */
    static void strip(Document dom) {
        strip((Node) dom);
    }

    private static void strip(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue();
                if (text.codePoints().anyMatch(InvisibleFormatCharacters::invisible)) {
                    StringBuilder kept = new StringBuilder(text.length());
                    text.codePoints().filter(cp -> !InvisibleFormatCharacters.invisible(cp)).forEach(kept::appendCodePoint);
                    child.setNodeValue(kept.toString());
                }
            } else {
                strip(child);
            }
        }
    }
}
