package org.imprint.brand;

import java.nio.file.Path;

/**
 * One font file of a brand.
 *
 * @param family CSS family name the layouts use
 * @param file   the font file
 * @param weight CSS weight, 400 for regular and 700 for bold
 * @param italic whether the face is italic
 */
public record FontFace(String family, Path file, int weight, boolean italic) {
}
