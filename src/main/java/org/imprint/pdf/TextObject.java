package org.imprint.pdf;

import java.util.List;

/**
 * The runs of one text object (BT … ET) placed by one Tm, in drawing order; {@code bt} and
 * {@code tm} are the indexes of its BT and Tm among the page's tokens, {@code string} the number
 * of the string openhtmltopdf drew it in, where {@link ShapedMeasure} marked it (else 0).
 */
record TextObject(int bt, int tm, float x, float y, int string, List<ShapedRun> runs) {
}
