package org.imprint.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Removes link annotations that cover nothing. When a line break falls just before a link (a
 * note call wrapped to the start of a line), openhtmltopdf still writes an annotation for the
 * empty piece of the link left at the end of the line before: zero width, no text under it,
 * and its own {@code Link} structure element with an empty description. Such an annotation
 * cannot be clicked and cannot be described (PDF/UA-1 7.18.1, 7.18.5), so it goes, with its
 * object reference in the structure tree, its parent-tree entry and, if nothing else is left in
 * it, its structure element.
 */
final class EmptyLinkAnnotations {

    /** Narrower or lower than this (in points), a link annotation covers nothing. */
    private static final float EMPTY = 0.01f;

    private EmptyLinkAnnotations() {
    }

    /** @return how many annotations were removed */
    static int remove(PDDocument document) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        COSDictionary parentTree = root == null ? null
                : root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary d ? d : null;
        int removed = 0;
        for (PDPage page : document.getPages()) {
            List<PDAnnotation> annotations = page.getAnnotations();
            List<PDAnnotation> kept = new ArrayList<>(annotations.size());
            for (PDAnnotation annotation : annotations) {
                if (annotation instanceof PDAnnotationLink && empty(annotation.getRectangle())) {
                    forget(parentTree, annotation);
                    removed++;
                } else {
                    kept.add(annotation);
                }
            }
            if (kept.size() != annotations.size()) {
                page.setAnnotations(kept);
            }
        }
        return removed;
    }

    private static boolean empty(PDRectangle r) {
        return r == null || r.getWidth() < EMPTY || r.getHeight() < EMPTY;
    }

    /** Takes the annotation out of the structure tree. */
    private static void forget(COSDictionary parentTree, PDAnnotation annotation) {
        int key = annotation.getStructParent();
        if (parentTree == null || key < 0) {
            return;
        }
        COSBase value = removeEntry(parentTree, key);
        if (value instanceof COSDictionary element) {
            removeReference(element, annotation.getCOSObject());
        }
    }

    /** Removes key's entry from a number tree (flat or with kids); returns its value. */
    private static COSBase removeEntry(COSDictionary node, int key) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber n && n.intValue() == key) {
                    COSBase value = nums.getObject(i + 1);
                    nums.remove(i + 1);
                    nums.remove(i);
                    return value;
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    COSBase value = removeEntry(kid, key);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** Drops the element's object reference to the annotation, and the element if it is left empty. */
    private static void removeReference(COSDictionary element, COSDictionary annotation) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (refersTo(k, annotation)) {
            element.removeItem(COSName.K);
        } else if (k instanceof COSArray kids) {
            for (int i = kids.size() - 1; i >= 0; i--) {
                if (refersTo(kids.getObject(i), annotation)) {
                    kids.remove(i);
                }
            }
            if (kids.size() > 0) {
                return;
            }
            element.removeItem(COSName.K);
        } else {
            return;
        }
        if (element.getDictionaryObject(COSName.P) instanceof COSDictionary parent) {
            removeKid(parent, element);
        }
    }

    private static boolean refersTo(COSBase kid, COSDictionary annotation) {
        return kid instanceof COSDictionary objr && COSName.OBJR.equals(objr.getCOSName(COSName.TYPE))
                && objr.getDictionaryObject(COSName.OBJ) == annotation;
    }

    private static void removeKid(COSDictionary parent, COSDictionary element) {
        COSBase k = parent.getDictionaryObject(COSName.K);
        if (k == element) {
            parent.removeItem(COSName.K);
        } else if (k instanceof COSArray kids) {
            for (int i = kids.size() - 1; i >= 0; i--) {
                COSBase kid = kids.get(i);
                if (kid == element || kid instanceof COSObject o && o.getObject() == element) {
                    kids.remove(i);
                }
            }
        }
    }
}
