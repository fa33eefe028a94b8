package org.imprint.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns image interpolation off everywhere in a finished document. The SVG drawer draws what it
 * cannot draw as vectors (filters such as {@code feGaussianBlur}, masks) as raster images marked
 * {@code /Interpolate true}, which PDF/A forbids (ISO 19005-2, 6.2.8): a reader then shows those
 * pixels as they are, which at print resolution is what the drawing program would have printed.
 */
final class NoInterpolation {

    private NoInterpolation() {
    }

    /**
     * Sets {@code /Interpolate false} on every image (and image mask) reachable from the
     * document's catalogue: page resources, forms, patterns, soft masks, appearances.
     *
     * @return how many images had it on
     */
    static int apply(PDDocument document) {
        int changed = 0;
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(document.getDocumentCatalog().getCOSObject());
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject indirect) {
                base = indirect.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dict) {
                if (dict.getBoolean(COSName.INTERPOLATE, false)) {
                    dict.setBoolean(COSName.INTERPOLATE, false);
                    changed++;
                }
                // the structure tree's parents lead back up: following them is harmless, the seen set stops it
                dict.getValues().stream().filter(v -> v != null).forEach(todo::push);
            } else if (base instanceof COSArray array) {
                array.forEach(v -> {
                    if (v != null) {
                        todo.push(v);
                    }
                });
            }
        }
        return changed;
    }
}
