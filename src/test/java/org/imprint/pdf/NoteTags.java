package org.imprint.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** The page-foot notes of a tagged PDF as {@link FootnoteTags} leaves them, for tests to compare. */
public final class NoteTags {

    /**
     * A {@code Note} and the element before it.
     *
     * @param id        the note's ID
     * @param page      the note's page (0-based)
     * @param label     the type of the note's first kid ({@code Lbl})
     * @param call      the type of the element before the note ({@code Link})
     * @param callAlt   that element's description ("Note 1")
     * @param callPage  that element's page (0-based)
     */
    public record Note(String id, int page, String label, String call, String callAlt, int callPage) {
    }

    private NoteTags() {
    }

    /** Every {@code Note} of the structure tree, in reading order. */
    public static List<Note> of(PDDocument pdf) {
        List<Note> found = new ArrayList<>();
        collect(pdf, pdf.getDocumentCatalog().getStructureTreeRoot(), found);
        return found;
    }

    private static void collect(PDDocument pdf, PDStructureNode node, List<Note> found) {
        List<Object> kids = node.getKids();
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.get(i) instanceof PDStructureElement e)) {
                continue;
            }
            if ("Note".equals(e.getStructureType())) {
                PDStructureElement before = i > 0 && kids.get(i - 1) instanceof PDStructureElement b ? b : null;
                String label = !e.getKids().isEmpty() && e.getKids().get(0) instanceof PDStructureElement l ? l.getStructureType() : null;
                found.add(new Note(e.getElementIdentifier(), pdf.getPages().indexOf(e.getPage()), label,
                        before == null ? null : before.getStructureType(), before == null ? null : before.getAlternateDescription(),
                        before == null ? -1 : pdf.getPages().indexOf(before.getPage())));
            }
            collect(pdf, e, found);
        }
    }
}
