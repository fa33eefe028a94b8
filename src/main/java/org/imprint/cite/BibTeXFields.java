package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.undercouch.citeproc.bibtex.DateParser;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
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

    /** Whether a BibTeX field holds names. */
    static boolean isNames(String field) {
        return NAMES.contains(field);
    }

    /** BibLaTeX's book-like types, whose {@code number} is the number in a series (pandoc's list). */
    private static final Set<String> IN_SERIES = Set.of("book", "collection", "proceedings", "reference", "mvbook",
            "mvcollection", "mvproceedings", "mvreference", "bookinbook", "inbook", "incollection", "inproceedings",
            "inreference", "suppbook", "suppcollection");
    private static final Set<String> PERIODICAL = Set.of("article", "periodical", "suppperiodical", "review");
    private static final java.util.regex.Pattern URL_ONLY =
            java.util.regex.Pattern.compile("^\\s*(?:\\\\url\\s*\\{([^{}]+)\\}|(https?://\\S+))\\s*$");

    static void prepare(BibTeXDatabase db) {
        for (BibTeXEntry entry : db.getEntries().values()) {
            BibTeXEntry parent = entry.getCrossReference();
            if (parent != null) {
                inherit(entry, parent);
            }
        }
        for (BibTeXEntry entry : db.getEntries().values()) {
            asPandocReadsIt(entry);
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

    /**
     * The fields citeproc-java's converter reads otherwise than pandoc (whose reading authors'
     * files are made for): an article's {@code number} is its issue, not a number CSL styles
     * print nowhere for an article; a thesis without a {@code type} is a "PhD thesis" or a
     * "Master's thesis" (the genre the styles print); {@code howpublished}, which the converter
     * drops, is the address when it is one (LaTeX's url command alone), else the publisher.
     */
    private static void asPandocReadsIt(BibTeXEntry entry) {
        String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
        Map<String, Key> has = new LinkedHashMap<>();
        entry.getFields().keySet().forEach(k -> has.put(k.getValue().toLowerCase(Locale.ROOT), k));
        if (PERIODICAL.contains(type) && has.containsKey("number")) {
            String number = entry.getField(has.get("number")).toUserString();
            Key issue = has.get("issue");
            String both = issue == null ? number : number + ", " + entry.getField(issue).toUserString();
            entry.removeField(has.get("number"));
            if (issue != null) {
                entry.removeField(issue);
            }
            entry.addField(new Key("issue"), new StringValue(both, StringValue.Style.BRACED));
        }
        if ((type.equals("phdthesis") || type.equals("mastersthesis")) && !has.containsKey("type")) {
            entry.addField(new Key("type"), new StringValue(type.equals("phdthesis") ? "PhD thesis" : "Master\u2019s thesis",
                    StringValue.Style.BRACED));
        }
        Key howpublished = has.get("howpublished");
        if (howpublished != null) {
            String raw = entry.getField(howpublished).toUserString();
            java.util.regex.Matcher url = URL_ONLY.matcher(raw);
            if (url.matches()) {
                if (!has.containsKey("url")) {
                    entry.addField(new Key("url"), new StringValue((url.group(1) != null ? url.group(1) : url.group(2)).strip(),
                            StringValue.Style.BRACED));
                }
            } else if (!has.containsKey("publisher")) {
                entry.addField(new Key("publisher"), entry.getField(howpublished));
            }
            entry.removeField(howpublished);
        }
    }

    /**
     * A source's publication status (CSL's status): BibLaTeX's {@code pubstate}, else a
     * {@code year} that holds words and no digit ("in press", "forthcoming"), as {@link DateWords}
     * reads them; null for none, and for a year that says the work is undated ("n.d."). BibTeX's
     * braces only keep the letters' case ({@code year = {{in press}}}): they are never printed.
     */
    private static String status(Map<String, String> fields) {
        String pubstate = fields.get("pubstate");
        if (pubstate != null && !pubstate.isBlank()) {
            return DateWords.known(pubstate);
        }
        return fields.get("year") == null ? null : DateWords.status(fields.get("year"));
    }

    /** A year the converter reads: digits, or two years with a slash or dash between ("1999/2000", "2019--2020"). */
    private static final java.util.regex.Pattern PLAIN_YEAR = java.util.regex.Pattern.compile(
            "\\s*\\{*\\d+\\}*\\s*(?:(?:/|-{1,2}|\u2013)\\s*\\{*\\d+\\}*\\s*)?");

    /**
     * Whether a year is printed as written, a literal date: words ("Antiquity", "Spring 2020",
     * "ca. 1850"), or a year with marks the converter cannot read and made "n.d." of, a catalogue's
     * inferred "[1850]", an uncertain "1850?" (citeproc-js prints such a literal as written).
     */
    static boolean literalYear(String year) {
        return !year.isBlank() && (year.matches("(?s).*\\p{L}.*") || !PLAIN_YEAR.matcher(year).matches());
    }

    /**
     * The words of each entry's {@code year} that is its status ({@code year = {in press}}, no
     * {@code pubstate}), by key: a date as citeproc-js reads such data, which stays one where the
     * style cannot print the status ({@link LiteralStatuses}).
     */
    static Map<String, String> datedStatuses(BibTeXDatabase db) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.getValue().getFields().forEach((k, v) -> fields.put(k.getValue().toLowerCase(Locale.ROOT), v.toUserString()));
            String pubstate = fields.get("pubstate");
            if ((pubstate == null || pubstate.isBlank()) && !fields.containsKey("date") && status(fields) != null
                    && !fields.getOrDefault("year", "").matches("(?s).*\\d.*")) {
                out.put(e.getKey().getValue(), DateWords.plain(fields.get("year")));
            }
        }
        return out;
    }

    /**
     * After the converter, the fields it reads otherwise than pandoc: a book's {@code number}
     * is its number in the series (CSL's collection-number); the converter copies every
     * {@code address} and {@code year} into event-place and event-date, which Chicago prints as
     * invented event details ("1941, New York"): pandoc takes those only from {@code venue} and
     * {@code eventdate}; a {@code @collection} or {@code @proceedings} (no such CSL type, the
     * converter's fallback is an article) is a book; {@code translator}, {@code origdate},
     * {@code origlocation} and {@code origpublisher}, which the converter drops, are CSL's
     * translator and original-* variables.
     */
    static Map<String, CSLItemData> afterConversion(BibTeXDatabase db, Map<String, CSLItemData> items) {
        Map<String, CSLItemData> out = new LinkedHashMap<>(items);
        for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
            CSLItemData item = out.get(e.getKey().getValue());
            if (item == null) {
                continue;
            }
            BibTeXEntry entry = e.getValue();
            String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
            Map<String, String> fields = new LinkedHashMap<>();
            entry.getFields().forEach((k, v) -> fields.put(k.getValue().toLowerCase(Locale.ROOT), v.toUserString()));
            CSLItemDataBuilder b = new CSLItemDataBuilder(item);
            if (item.getNumber() != null && IN_SERIES.contains(type)) {
                b.collectionNumber(item.getNumber()).number(null);
            }
            if (fields.containsKey("shorttitle") && item.getTitleShort() == null) {
                // BibLaTeX's short title, which the converter drops: CSL's title-short, the title
                // a style cites in short form (MLA's "(Đặng, Mangroves 5)" for two works by one author)
                b.titleShort(fields.get("shorttitle"));
            }
            // BibLaTeX names the entry's language in langid (or the older hyphenation), as babel
            // does: "vietnamese"; its language field may also be such a name ("english")
            String langid = firstOf(fields, "langid", "hyphenation");
            if (langid != null && !langid.isBlank()) {
                b.language(LangIds.code(langid));
            } else if (fields.containsKey("language") && LangIds.isName(fields.get("language"))) {
                b.language(LangIds.code(fields.get("language")));
            }
            String status = status(fields);
            if (status == null && DateWords.undated(fields.get("year")) && !fields.containsKey("date")) {
                // "year = {n.d.}" is no date
                b.issued((CSLDate) null);
            } else if (status == null && !fields.containsKey("date") && literalYear(fields.getOrDefault("year", ""))) {
                // a year in other words ("Antiquity", "Spring 2020", "im Druck") is a date printed as
                // written, as in CSL JSON: the converter made none of it ("n.d.") or a made-up "ca. 2020"
                b.issued(new CSLDateBuilder().literal(DateWords.plain(fields.get("year"))).build());
            }
            if (status != null) {
                // "year = {in press}" is no date: the converter made it none, which printed "n.d."
                b.status(status);
                if (!fields.getOrDefault("year", "").matches("(?s).*\\d.*") && !fields.containsKey("date")) {
                    b.issued((CSLDate) null);
                }
            }
            b.eventPlace(fields.get("venue"));
            b.eventDate(fields.containsKey("eventdate") ? DateParser.toDate(fields.get("eventdate")) : (CSLDate) null);
            if (fields.containsKey("eventtitle")) {
                b.event(fields.get("eventtitle"));
            }
            CSLType as = AS_BOOK.contains(type) ? CSLType.BOOK : BIBLATEX_TYPES.get(type);
            if (as != null) {
                b.type(as);
            }
            if (as == CSLType.REPORT || as == CSLType.THESIS) {
                // BibLaTeX's @report and @thesis (Better BibLaTeX's export), which the converter
                // reads as articles: the kind is the genre, the institution the publisher (as pandoc)
                String genre = fields.get("type");
                b.genre(genre == null ? item.getGenre() : GENRES.getOrDefault(genre.strip().toLowerCase(Locale.ROOT), genre));
                String publisher = firstOf(fields, "institution", "school", "organization", "publisher");
                if (publisher != null) {
                    b.publisher(publisher);
                }
                String place = firstOf(fields, "location", "address");
                if (place != null) {
                    b.publisherPlace(place);
                }
                if (fields.containsKey("number")) {
                    b.number(fields.get("number"));
                }
                // the converter put the institution in the place of a journal
                b.containerTitle(null);
            }
            // names by BibTeX's rules: citeproc-java's parser drops digits and braced groups (BibTeXNameList)
            if (fields.containsKey("author")) {
                b.author(names(fields.get("author")));
            }
            if (fields.containsKey("editor") && item.getEditor() != null) {
                b.editor(SERIES.equals(editorType(fields, "editor")) ? null : names(fields.get("editor")));
            }
            // the converter copies every editor into collection-editor (the series' editor) too,
            // which styles printed as the series' editor ("Carr, C., Ed.; Carr, C., Series Ed."):
            // the series' editor is only the one BibLaTeX says is one
            b.collectionEditor(seriesEditors(fields));
            if (fields.containsKey("translator")) {
                b.translator(names(fields.get("translator")));
            }
            if (fields.containsKey("origdate") && item.getOriginalDate() == null) {
                b.originalDate(DateParser.toDate(fields.get("origdate")));
            }
            if (fields.containsKey("origlocation")) {
                b.originalPublisherPlace(fields.get("origlocation"));
            }
            if (fields.containsKey("origpublisher")) {
                b.originalPublisher(fields.get("origpublisher"));
            }
            out.put(item.getId(), b.build());
        }
        return out;
    }

    /** BibLaTeX's editor type of a series' editor. */
    private static final String SERIES = "series";

    /**
     * The editors BibLaTeX says edit the series ({@code editora = {Reed, Rita}, editoratype =
     * {series}}, or {@code editortype = {series}}), in the order of their fields; null for none.
     */
    private static de.undercouch.citeproc.csl.CSLName[] seriesEditors(Map<String, String> fields) {
        java.util.List<de.undercouch.citeproc.csl.CSLName> editors = new java.util.ArrayList<>();
        for (String field : java.util.List.of("editor", "editora", "editorb", "editorc")) {
            if (fields.containsKey(field) && SERIES.equals(editorType(fields, field))) {
                editors.addAll(BibTeXNameList.parse(fields.get(field)));
            }
        }
        return editors.isEmpty() ? null : editors.toArray(new de.undercouch.citeproc.csl.CSLName[0]);
    }

    /** The role BibLaTeX's {@code editortype} (or editoratype, ...) gives an editor field, in lower case, or "". */
    private static String editorType(Map<String, String> fields, String field) {
        String type = fields.get(field + "type");
        return type == null ? "" : type.replace("{", "").replace("}", "").strip().toLowerCase(Locale.ROOT);
    }

    private static de.undercouch.citeproc.csl.CSLName[] names(String field) {
        java.util.List<de.undercouch.citeproc.csl.CSLName> names = BibTeXNameList.parse(field);
        return names.isEmpty() ? null : names.toArray(new de.undercouch.citeproc.csl.CSLName[0]);
    }

    /** BibLaTeX types the converter does not know (it makes them articles), by the CSL type pandoc gives them. */
    private static final Map<String, CSLType> BIBLATEX_TYPES = Map.of("report", CSLType.REPORT, "thesis", CSLType.THESIS,
            "online", CSLType.WEBPAGE, "software", CSLType.SOFTWARE, "dataset", CSLType.DATASET);
    /** BibLaTeX's keys for a report's or thesis's kind, by the words the styles print (as pandoc's English). */
    private static final Map<String, String> GENRES = Map.of("phdthesis", "PhD thesis", "mathesis", "Master\u2019s thesis",
            "mastersthesis", "Master\u2019s thesis", "techreport", "Technical report", "resreport", "Research report",
            "candthesis", "Candidate thesis");

    private static String firstOf(Map<String, String> fields, String... names) {
        for (String name : names) {
            if (fields.get(name) != null && !fields.get(name).isBlank()) {
                return fields.get(name);
            }
        }
        return null;
    }

    /** BibLaTeX types with no CSL type of their own that pandoc reads as a book. */
    private static final Set<String> AS_BOOK = Set.of("collection", "mvcollection", "proceedings", "mvproceedings",
            "mvbook", "reference", "mvreference");

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
