package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * Makes a parsed BibTeX file ready for citeproc-java's converter: each entry with a
 * {@code crossref} inherits the fields it lacks from the entry it names (BibLaTeX's default
 * rules: the parent's title is the child's booktitle), and each field's LaTeX becomes CSL rich
 * text ({@link LatexText}), names as names. Addresses, identifiers, pages and dates stay as
 * written: the converter reads them itself.
 */
final class BibTeXFields {

    /** Fields that are addresses, identifiers or read by the converter's own parsers. */
    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "file", "pdf", "isbn", "issn", "pages",
            "year", "month", "date", "urldate", "crossref", "xref", "ids", "keywords", "key", "eventdate", "origdate");
    private static final Set<String> NAMES = Set.of("author", "editor", "translator", "bookauthor", "holder",
            "commentator", "annotator", "introduction", "foreword", "afterword", "editora", "editorb", "editorc");
    /** What a child never takes from its parent (BibLaTeX's defaults), besides the title. */
    private static final Set<String> NOT_INHERITED = Set.of("crossref", "xref", "ids", "entryset", "entrysubtype", "label",
            "shorthand", "shorthandintro", "sortkey", "presort", "options", "related", "execute", "title", "subtitle",
            "titleaddon", "shorttitle", "sorttitle", "indextitle", "doi", "url", "pages", "eprint", "file");

    private BibTeXFields() {
    }

    static void prepare(BibTeXDatabase db) {
        for (BibTeXEntry entry : db.getEntries().values()) {
            BibTeXEntry parent = entry.getCrossReference();
            if (parent != null) {
                inherit(entry, parent);
            }
        }
        for (BibTeXEntry entry : db.getEntries().values()) {
            Map<Key, Value> converted = new LinkedHashMap<>();
            for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
                String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
                if (VERBATIM.contains(name)) {
                    continue;
                }
                String latex = field.getValue().toUserString();
                String text = NAMES.contains(name) ? LatexText.names(latex) : LatexText.text(latex);
                converted.put(field.getKey(), new StringValue(text, StringValue.Style.BRACED));
            }
            converted.forEach(entry::addField);
        }
    }

    private static void inherit(BibTeXEntry child, BibTeXEntry parent) {
        Map<String, Key> has = new LinkedHashMap<>();
        child.getFields().keySet().forEach(k -> has.put(k.getValue().toLowerCase(Locale.ROOT), k));
        for (Map.Entry<Key, Value> field : parent.getFields().entrySet()) {
            String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
            String as = switch (name) {
                case "title" -> "booktitle";
                case "subtitle" -> "booksubtitle";
                case "titleaddon" -> "booktitleaddon";
                default -> NOT_INHERITED.contains(name) ? null : name;
            };
            if (as != null && !has.containsKey(as)) {
                child.addField(new Key(as), field.getValue());
                has.put(as, new Key(as));
            }
        }
    }
}
