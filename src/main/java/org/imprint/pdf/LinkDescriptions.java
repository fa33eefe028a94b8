package org.imprint.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gives every link an alternate description, as PDF/UA-1 requires (ISO 14289-1, 7.18.5).
 *
 * <p>openhtmltopdf 1.1 takes a link's {@code title} as the {@code /Alt} of its Link structure
 * element, but writes no {@code /Contents} on the link annotations. So links get a title before
 * layout (their text, whole, even when a line break splits the link in two annotations), and
 * each annotation gets its structure element's description after it; an annotation outside the
 * structure tree falls back to the text it covers on the page, then to its address.
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    /** Before layout: every {@code <a href>} without a title gets its text (or address) as title. */
    static void titleLinks(org.w3c.dom.Document dom) {
        NodeList links = dom.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            if (a.hasAttribute("href") && a.getAttribute("title").isBlank()) {
                String text = a.getTextContent().strip().replaceAll("\\s+", " ");
                a.setAttribute("title", text.isEmpty() ? a.getAttribute("href") : text);
            }
        }
    }

    /** After layout: {@code /Contents} on every link annotation that has none. */
    static void describe(PDDocument document) throws IOException {
        PDStructureTreeRoot structure = document.getDocumentCatalog().getStructureTreeRoot();
        PDNumberTreeNode tree = structure == null ? null : structure.getParentTree();
        // the parent tree read once: PDFBox reads a flat tree whole at each lookup, once per link
        java.util.Map<Integer, Object> parents = tree == null ? null : flatten(tree);
        for (PDPage page : document.getPages()) {
            List<PDAnnotationLink> unnamed = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && blank(link.getContents())) {
                    String alt = structureAlt(parents, link);
                    if (alt != null) {
                        link.setContents(alt);
                    } else {
                        unnamed.add(link);
                    }
                }
            }
            if (!unnamed.isEmpty()) {
                describeByArea(page, unnamed);
            }
        }
    }

    /** The Alt of the Link structure element that holds the annotation, if any. */
    private static String structureAlt(java.util.Map<Integer, Object> parents, PDAnnotationLink link) {
        int key = link.getStructParent();
        if (parents == null || key < 0) {
            return null;
        }
        Object value = parents.get(key);
        COSBase element = value instanceof COSObjectable o ? o.getCOSObject() : null;
        if (element instanceof COSObject indirect) {
            element = indirect.getObject();
        }
        if (element instanceof COSDictionary dict) {
            String alt = dict.getString(COSName.ALT);
            return blank(alt) ? null : alt.strip();
        }
        return null;
    }

    /** A number tree's values by number, its kids' too (the first value of a number kept). */
    private static java.util.Map<Integer, Object> flatten(PDNumberTreeNode node) throws IOException {
        java.util.Map<Integer, Object> values = new java.util.HashMap<>();
        java.util.Map<Integer, ? extends COSObjectable> numbers = node.getNumbers();
        if (numbers != null) {
            values.putAll(numbers);
        }
        List<PDNumberTreeNode> kids = node.getKids();
        if (kids != null) {
            for (PDNumberTreeNode kid : kids) {
                flatten(kid).forEach(values::putIfAbsent);
            }
        }
        return values;
    }

    private static void describeByArea(PDPage page, List<PDAnnotationLink> links) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        PDRectangle media = page.getMediaBox();
        for (int i = 0; i < links.size(); i++) {
            PDRectangle r = links.get(i).getRectangle();
            // the stripper measures from the top of the page, the annotation from the bottom
            stripper.addRegion(Integer.toString(i), new Rectangle2D.Float(
                    r.getLowerLeftX() - media.getLowerLeftX(), media.getUpperRightY() - r.getUpperRightY(),
                    r.getWidth(), r.getHeight()));
        }
        stripper.extractRegions(page);
        for (int i = 0; i < links.size(); i++) {
            PDAnnotationLink link = links.get(i);
            String text = stripper.getTextForRegion(Integer.toString(i)).strip().replaceAll("\\s+", " ");
            if (text.isEmpty() && link.getAction() instanceof PDActionURI uri) {
                text = uri.getURI();
            }
            // a link with neither text nor address stays undescribed, and veraPDF says so
            if (!text.isEmpty()) {
                link.setContents(text);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
