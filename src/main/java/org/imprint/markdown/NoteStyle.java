package org.imprint.markdown;

/** How footnotes are set. */
public enum NoteStyle {
    /** Each note stands inline at its call, for CSS {@code float: footnote} at the page foot. */
    PAGE_FOOT,
    /** Calls link to a list of notes after the body, and back (EPUB 3 {@code noteref}/{@code endnote}). */
    ENDNOTES
}
