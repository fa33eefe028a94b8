package org.imprint.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Gives every link annotation an alternate description ({@code /Contents}), as PDF/UA-1
 * requires (ISO 14289-1, 7.18.5): the text the link covers on the page, else its address.
 * openhtmltopdf 1.1 writes link annotations without one.
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void describe(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && blank(link.getContents())) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                // the stripper measures from the top of the page, the annotation from the bottom
                stripper.addRegion(Integer.toString(i),
                        new Rectangle2D.Float(r.getLowerLeftX() - page.getMediaBox().getLowerLeftX() - 1,
                                height - (r.getUpperRightY() - page.getMediaBox().getLowerLeftY()) - 1,
                                r.getWidth() + 2, r.getHeight() + 2));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                PDAnnotationLink link = links.get(i);
                String text = stripper.getTextForRegion(Integer.toString(i)).strip().replaceAll("\\s+", " ");
                if (text.isEmpty() && link.getAction() instanceof PDActionURI uri) {
                    text = uri.getURI();
                }
                if (!text.isEmpty()) {
                    link.setContents(text);
                }
                // a link with neither text nor address is left undescribed, and veraPDF says so
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
