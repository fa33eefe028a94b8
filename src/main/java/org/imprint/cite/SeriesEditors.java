package org.imprint.cite;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * A source whose collection editor is its editor, cited with a style that names both in one list.
 * citeproc-java's BibTeX converter copies a BibTeX editor into CSL's collection-editor (the editor
 * of a series) as well, which APA reads to tell published proceedings; but a style that names
 * {@code <names variable="editor collection-editor">} (bibliotheque-universitaire-de-medecine-
 * vancouver) printed the editor twice, run together: "Carr C, editorCarr C, editor."; a style that
 * names the collection editor in a list of its own outside a substitute (chicago-notes-bibliography,
 * after a book's volume) printed it twice apart: "Series Book, ed. C. Carr, vol. 4, ed. C. Carr".
 * For such a style the copy is dropped; a style that reads it only in its conditions or as a
 * substitute after the editor (APA's published proceedings) keeps it.
 */
final class SeriesEditors {

    /** A names element listing both the editor and the collection editor, in either order. */
    private static final Pattern BOTH = Pattern.compile(
            "<names\\b[^>]*\\bvariable=\"(?=(?:[^\"]*\\s)?editor[\\s\"])(?=[^\"]*\\bcollection-editor\\b)[^\"]*\"");

    /** A names element listing the collection editor. */
    private static final Pattern COLLECTION_EDITOR = Pattern.compile(
            "<names\\b[^>]*\\bvariable=\"(?:[^\"]*\\s)?collection-editor[\\s\"]");
    /** A substitute and its content (substitutes do not nest). */
    private static final Pattern SUBSTITUTE = Pattern.compile("(?s)<substitute\\b[^>]*>.*?</substitute>");

    private SeriesEditors() {
    }

    /** The sources, each named once as editor where the style would name its copy too. */
    static Map<String, CSLItemData> once(Map<String, CSLItemData> sources, String style) {
        if (style == null || !(BOTH.matcher(style).find()
                || COLLECTION_EDITOR.matcher(SUBSTITUTE.matcher(style).replaceAll("")).find())) {
            return sources;
        }
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> out.put(id, copied(item)
                ? new CSLItemDataBuilder(item).collectionEditor((CSLName[]) null).build() : item));
        return out;
    }

    private static boolean copied(CSLItemData item) {
        return item.getEditor() != null && item.getCollectionEditor() != null
                && Arrays.equals(item.getEditor(), item.getCollectionEditor());
    }
}
