package org.imprint.cite;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * A collection editor that is only the editor again. CSL's collection editor edits a series; a
 * source without a series ({@code collection-title}) whose collection editor is its editor, name
 * for name, has the volume's editor given twice (as citeproc-java's BibTeX converter wrote it and
 * some exports do), and a style naming both printed the person twice:
 * bibliotheque-universitaire-de-medecine-vancouver's "Carr C, editorCarr C, editor." for a CSL
 * JSON source. Such a copy is left out; an editor who also edits the source's series stays in
 * both roles.
 */
final class SeriesCopies {

    private SeriesCopies() {
    }

    /** The sources, each collection editor that repeats the editor of a source with no series left out. */
    static Map<String, CSLItemData> without(Map<String, CSLItemData> sources) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> out.put(id, copy(item) ? new CSLItemDataBuilder(item).collectionEditor((CSLName[]) null).build() : item));
        return out;
    }

    private static boolean copy(CSLItemData item) {
        return item.getCollectionEditor() != null && item.getEditor() != null
                && (item.getCollectionTitle() == null || item.getCollectionTitle().isBlank())
                && Arrays.equals(item.getCollectionEditor(), item.getEditor());
    }
}
