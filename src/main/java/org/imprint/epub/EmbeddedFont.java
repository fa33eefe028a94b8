package org.imprint.epub;

/**
 * A font file inside the e-book.
 *
 * @param family CSS family name
 * @param weight CSS weight
 * @param italic whether the face is italic
 * @param href   path inside the package, e.g. {@code fonts/NotoSerif-Regular.ttf}
 * @param data   the font (usually a subset)
 */
public record EmbeddedFont(String family, int weight, boolean italic, String href, byte[] data) {
}
