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
 * vancouver) printed the editor twice, run together: "Carr C, editorCarr C, editor." For such a
 * style the copy is dropped.
 */
final class SeriesEditors {

    /** A names element listing both the editor and the collection editor, in either order. */
    private static final Pattern BOTH = Pattern.compile(
            "<names\\b[^>]*\\bvariable=\"(?=(?:[^\"]*\\s)?editor[\\s\"])(?=[^\"]*\\bcollection-editor\\b)[^\"]*\"");

    private SeriesEditors() {
    }

    /** The sources, each named once as editor where the style would name its copy too. */
    static Map<String, CSLItemData> once(Map<String, CSLItemData> sources, String style) {
        if (style == null || !BOTH.matcher(style).find()) {
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
