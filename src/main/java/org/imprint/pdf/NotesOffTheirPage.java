package org.imprint.pdf;

import java.util.List;

/**
 * Thrown by the layout when page-foot notes would not stand at the foot of the page that calls
 * them ({@link PageFootNoteCheck}); nothing has been written yet, and {@link PdfOutput} sets the
 * document again with endnotes.
 */
final class NotesOffTheirPage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PageFootNoteCheck.Misplaced> notes;

    NotesOffTheirPage(List<PageFootNoteCheck.Misplaced> notes) {
        super(notes.toString(), null, false, false);
        this.notes = List.copyOf(notes);
    }

    /** The notes that do not fit, each with its reason. */
    List<PageFootNoteCheck.Misplaced> notes() {
        return notes;
    }
}
