package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accessible (screen) PDF sets notes at the foot of the page that calls them, each a
 * {@code Note} with an ID, right after its described call. veraPDF's verdict on the same
 * output is {@code PdfConformanceTest}'s.
 */
class PageFootNotesTest {

    @TempDir
    static Path out;
    static PDDocument pdf;

    @BeforeAll
    static void build() throws Exception {
        Path file = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.EVERY_FEATURE).out(out).formats("pdf").build()).get(0);
        pdf = Loader.loadPDF(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    found.add(e);
                }
                collect(e, type, found);
            }
        }
    }

    @Test
    void everyNoteIsOnThePageThatCallsItRightAfterItsCall() throws IOException {
        List<PDStructureElement> notes = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Note", notes);
        assertEquals(2, notes.size(), "the every-feature report has two notes");
        for (PDStructureElement note : notes) {
            PDStructureNode parent = note.getParent();
            List<Object> kids = parent.getKids();
            int at = -1;
            for (int i = 0; i < kids.size(); i++) {
                if (kids.get(i) instanceof PDStructureElement e && e.getCOSObject() == note.getCOSObject()) {
                    at = i;
                }
            }
            assertTrue(at > 0 && kids.get(at - 1) instanceof PDStructureElement link && "Link".equals(link.getStructureType()),
                    "a note follows its call");
            PDStructureElement call = (PDStructureElement) kids.get(at - 1);
            assertNotNull(note.getPage());
            assertEquals(pdf.getPages().indexOf(call.getPage()), pdf.getPages().indexOf(note.getPage()),
                    note.getElementIdentifier() + " is not on the page of its call");
            String number = note.getElementIdentifier().replace("note-", "");
            assertEquals("Note " + number, call.getAlternateDescription());
            assertEquals("Lbl", ((PDStructureElement) note.getKids().get(0)).getStructureType());
            assertEquals(note.getCOSObject(),
                    pdf.getDocumentCatalog().getStructureTreeRoot().getIDTree().getValue(note.getElementIdentifier()).getCOSObject());
        }
        // and the notes' text is printed on those pages
        String page = PdfText.pages(pdf, pdf.getPages().indexOf(notes.get(0).getPage()) + 1,
                pdf.getPages().indexOf(notes.get(0).getPage()) + 1);
        assertTrue(page.contains("Proposals for a single regional authority were discussed"), page);
        String page2 = PdfText.pages(pdf, pdf.getPages().indexOf(notes.get(1).getPage()) + 1,
                pdf.getPages().indexOf(notes.get(1).getPage()) + 1);
        assertTrue(page2.contains("The numbers in the table are invented for testing"), page2);
    }

    @Test
    void everyCallIsADescribedLink() throws IOException {
        List<String> described = new ArrayList<>();
        for (var page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() != null
                        && link.getContents().startsWith("Note ")) {
                    described.add(link.getContents());
                }
            }
        }
        assertEquals(List.of("Note 1", "Note 2"), described);
    }
}
