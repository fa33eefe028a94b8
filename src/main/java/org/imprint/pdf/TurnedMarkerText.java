package org.imprint.pdf;

import com.openhtmltopdf.render.MarkerData;

/**
 * Turns a list item's number to its item's direction, where the item's differs from its list's.
 * openhtmltopdf 1.1.31 writes a number in visual order for the list's direction ({@code "1. "}
 * in a left-to-right list, {@code "  .1"} in a right-to-left one), so an English item of an Urdu
 * list, whose number {@link LeftToRightListMarkers} draws at its left, read ".1" there, and an Urdu
 * item of an English list "1." at its right. The full stop and the space move to the other side;
 * the width the layout gave the number is kept.
 */
final class TurnedMarkerText {

    private TurnedMarkerText() {
    }

    /** Turns the marker's text, laid out for the other direction, to the one of its item. */
    static void turn(MarkerData.TextMarker marker) {
        String text = marker.getText();
        String core = text.strip();
        if (core.isEmpty()) {
            return;
        }
        int start = text.indexOf(core);
        String before = text.substring(0, start);
        String after = text.substring(start + core.length());
        if (core.startsWith(".")) {
            core = core.substring(1) + ".";
        } else if (core.endsWith(".")) {
            core = "." + core.substring(0, core.length() - 1);
        }
        marker.setText(after + core + before);
    }
}
