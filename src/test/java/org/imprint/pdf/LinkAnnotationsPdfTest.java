package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every link annotation in a real PDF covers something, is described and is tagged: a report
 * whose note calls (citations in a note style) fall at every place of a line, so that some wrap
 * to the start of one. openhtmltopdf then left a zero-width annotation without /Contents at the
 * end of the line before, and veraPDF failed PDF/UA-1 (7.18.1-2, 7.18.5-2).
 */
class LinkAnnotationsPdfTest {

    @TempDir
    static Path dir;

    static Path pdf;

    @BeforeAll
    static void build() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("wrapped-calls"));
        StringBuilder body = new StringBuilder();
        // one more letter in each paragraph moves the call along the line until it wraps
        for (int i = 0; i < 24; i++) {
            body.append("Sorting tests for the calls at the end of a line, filler words here and there ")
                    .append("x".repeat(i + 1)).append(" Three [@kant, ").append(i + 1).append("].\n\n");
        }
        Files.writeString(folder.resolve("article.md"), """
                ---
                title: "Wrapped calls"
                date: 2026-03-02
                language: en
                brand: rcas
                bibliography: references.bib
                authors:
                  - name: Jane Doe
                ---

                %s
                """.formatted(body));
        Files.writeString(folder.resolve("references.bib"),
                "@book{kant, author={Kant, Immanuel}, title={Perpetual Peace}, publisher={P}, address={Berlin}, year={1795}}\n");
        List<Path> out = new Imprint(Reports.HOME).build(
                BuildRequest.of(folder).out(dir.resolve("out")).formats("pdf").build());
        pdf = out.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }

    @Test
    void someCallWrapsToTheStartOfALine() throws Exception {
        // the case this test is about must happen: a note call at the left edge of the text
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            float left = Float.MAX_VALUE;
            List<Float> callStarts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    String contents = annotation.getContents();
                    if (contents != null && contents.startsWith("Note ")) {
                        callStarts.add(annotation.getRectangle().getLowerLeftX());
                    }
                }
            }
            for (float x : callStarts) {
                left = Math.min(left, x);
            }
            assertEquals(24, callStarts.size(), callStarts::toString);
            // the brand's text block starts 65 pt from the page's left edge
            assertTrue(left < 80, "no call at the start of a line: " + callStarts);
        }
    }

    @Test
    void everyLinkAnnotationCoversTextIsDescribedAndTagged() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDNumberTreeNode parents = document.getDocumentCatalog().getStructureTreeRoot().getParentTree();
            int pageNumber = 0;
            int links = 0;
            for (PDPage page : document.getPages()) {
                pageNumber++;
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink)) {
                        continue;
                    }
                    links++;
                    PDRectangle r = annotation.getRectangle();
                    String where = "page " + pageNumber + " " + r + " " + annotation.getContents();
                    assertTrue(r.getWidth() > 0.5 && r.getHeight() > 0.5, "empty rectangle: " + where);
                    assertFalse(annotation.getContents() == null || annotation.getContents().isBlank(), "no /Contents: " + where);
                    assertTrue(annotation.getStructParent() >= 0, "not in the structure tree: " + where);
                    Object value = parents.getValue(annotation.getStructParent());
                    COSBase element = value instanceof COSObjectable o ? o.getCOSObject() : null;
                    if (element instanceof COSObject indirect) {
                        element = indirect.getObject();
                    }
                    assertTrue(element instanceof COSDictionary d && "Link".equals(d.getNameAsString(COSName.S)),
                            "not in a Link element: " + where);
                }
            }
            assertTrue(links >= 24, "links: " + links);
        }
    }

    @Test
    void veraPdfFindsPdfAAndPdfUa() throws Exception {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }
}
