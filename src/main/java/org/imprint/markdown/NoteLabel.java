package org.imprint.markdown;

import java.util.Locale;

/**
 * The key under which a footnote label is matched. CommonMark matches labels as its reference
 * links do: case-insensitively (Unicode case fold), with runs of white space counting as one
 * space, so {@code [^Note]} calls the note defined as {@code [^note]:}. Every map of notes by
 * label must use this key, or a call and its definition miss each other.
 */
final class NoteLabel {

    private NoteLabel() {
    }

    /** The normalised form of {@code label}, as CommonMark compares labels. */
    static String key(String label) {
        // Lower then upper case: the simple case fold CommonMark implementations use (ß, ſ, ...)
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
    }
}
