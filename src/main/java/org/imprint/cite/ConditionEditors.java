package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * An edited work's editor, seen also as its collection editor by a style that reads the
 * collection editor only in conditions and in substitutes after the editor (APA).
 * citeproc-java treats a variable a substitute printed as absent in every later condition: APA
 * names a proceedings paper's editors as the substitute of its container's author, then asks
 * "collection-editor compiler editor ..." to tell a published proceedings, and so printed the
 * paper without its pages and publisher ("In B. Berg &amp; D. Dahl (Editors), Proceedings of the Water Conference."). Such a
 * style never prints the copy (its substitutes stop at the editor), and its conditions answer as
 * CSL means them. Every other style gets the sources as they are: a collection editor is the
 * series' editor only ({@link BibTeXFields} never passes on the converter's copy of the editor).
 */
final class ConditionEditors {

    /** A names element listing the collection editor. */
    private static final Pattern NAMES = Pattern.compile(
            "<names\\b[^>]*\\bvariable=\"(?:[^\"]*\\s)?collection-editor[\\s\"]");
    /** A condition testing the collection editor. */
    private static final Pattern CONDITION = Pattern.compile(
            "<(?:if|else-if)\\b[^>]*\\bvariable=\"(?:[^\"]*\\s)?collection-editor[\\s\"]");
    /** A substitute and its content (substitutes do not nest). */
    private static final Pattern SUBSTITUTE = Pattern.compile("(?s)<substitute\\b[^>]*>.*?</substitute>");
    /** A names element listing the editor. */
    private static final Pattern EDITOR = Pattern.compile("<names\\b[^>]*\\bvariable=\"(?:[^\"]*\\s)?editor[\\s\"]");

    private ConditionEditors() {
    }

    /** The sources, an edited one with its editor as collection editor where the style only tests for one. */
    static Map<String, CSLItemData> forConditions(Map<String, CSLItemData> sources, String style) {
        if (style == null || !readsOnlyInConditions(style)) {
            return sources;
        }
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> out.put(id, item.getEditor() != null && item.getCollectionEditor() == null
                ? new CSLItemDataBuilder(item).collectionEditor(item.getEditor()).build() : item));
        return out;
    }

    /** Whether a style tests the collection editor and names it only in substitutes, after the editor. */
    private static boolean readsOnlyInConditions(String style) {
        if (!CONDITION.matcher(style).find()) {
            return false;
        }
        Matcher substitute = SUBSTITUTE.matcher(style);
        while (substitute.find()) {
            String text = substitute.group();
            Matcher names = NAMES.matcher(text);
            if (names.find()) {
                Matcher editor = EDITOR.matcher(text);
                if (!editor.find() || editor.start() > names.start()) {
                    return false;
                }
            }
        }
        return !NAMES.matcher(SUBSTITUTE.matcher(style).replaceAll("")).find();
    }
}
