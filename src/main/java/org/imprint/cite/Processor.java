package org.imprint.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;

/**
 * One citeproc-java processor for a style and a locale, reused for every report that uses them
 * (its state is reset per report). Formats one report at a time.
 */
final class Processor {

    /** Marks the id of a copy of a source made to cite it without its author; never in the list. */
    static final String SYNTHETIC = "\u0001";
    private static final String BREAK = SYNTHETIC + "note";
    private static final Pattern LAYOUT = Pattern.compile("(?s)<citation\\b.*?<layout\\b([^>]*)>");

    private final CSL csl;
    private final Items items;
    private final String delimiter;
    private final String suffix;
    private final boolean yearSuffixes;

    private Processor(CSL csl, Items items, String xml, String suffix) {
        this.csl = csl;
        this.items = items;
        Matcher layout = LAYOUT.matcher(xml);
        String attributes = layout.find() ? layout.group(1) : "";
        this.delimiter = attribute(attributes, "delimiter", "; ");
        this.suffix = suffix;
        this.yearSuffixes = Pattern.compile("<citation\\b[^>]*disambiguate-add-year-suffix=\"true\"").matcher(xml).find();
    }

    /**
     * A note style's citation layout without its suffix (the note's closing full stop), which
     * {@link #format} adds after the last source instead: made by citeproc-java, it merges with the
     * full stop of an "Ibid." that then could not be told from it, and the "Ibid" before the
     * next source of the note lost its full stop.
     */
    private static String withoutLayoutSuffix(String xml) {
        Matcher layout = LAYOUT.matcher(xml);
        if (!layout.find()) {
            return xml;
        }
        String attributes = layout.group(1).replaceFirst("\\s*\\bsuffix=\"[^\"]*\"", "");
        return xml.substring(0, layout.start(1)) + attributes + xml.substring(layout.end(1));
    }

    private static String attribute(String attributes, String name, String otherwise) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : otherwise;
    }

    /**
     * Parses a style and its locale. citeproc-java 3.5 evaluates CSL's "first" and "ibid"
     * positions but not "subsequent" or "ibid-with-locator", so a note style would repeat full
     * references and drop the page of an "Ibid."; the style is given the equivalent conditions
     * it does evaluate ("not first", "ibid with a locator").
     */
    static Processor of(StyleSource style, String language) {
        String xml = style.xml()
                .replace("position=\"subsequent\"", "position=\"first\" match=\"none\"")
                .replace("position=\"ibid-with-locator\"", "position=\"ibid\" variable=\"locator\"");
        if (style.notes()) {
            xml = withoutLayoutSuffix(xml);
        }
        Matcher layout = LAYOUT.matcher(style.xml());
        String suffix = style.notes() ? attribute(layout.find() ? layout.group(1) : "", "suffix", "") : "";
        Items items = new Items();
        try {
            return new Processor(new CSL(items, xml, language), items, xml, suffix);
        } catch (IllegalArgumentException e) {
            // no CSL locale for the language: the style's default
            try {
                return new Processor(new CSL(items, xml), items, xml, suffix);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Formats a report's citations, in reading order, and its reference list.
     *
     * @param cited     the sources the report cites, by key
     * @param citations its citations in reading order
     * @param notes     whether the style sets them as notes
     * @param breaks    the citations before which one of the article's own notes stands
     */
    synchronized Formatted format(Map<String, CSLItemData> cited, List<CSLCitation> citations, boolean notes,
                                  Set<Integer> breaks) {
        Map<String, CSLItemData> all = new LinkedHashMap<>(yearSuffixes ? YearSuffixes.add(cited) : cited);
        all.put(BREAK, new CSLItemDataBuilder().id(BREAK).type(CSLType.ARTICLE).title("-").build());
        items.use(all);
        csl.reset();
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
        // registering every source first keeps citeproc-java from re-rendering earlier citations
        // as it meets new ones, which loses track of their positions (first, subsequent, ibid)
        csl.registerCitationItems(all.keySet());
        List<List<String>> texts = new ArrayList<>();
        CSLCitationItem previous = null;
        for (int c = 0; c < citations.size(); c++) {
            CSLCitation citation = citations.get(c);
            if (breaks.contains(c)) {
                make(new CSLCitation(new CSLCitationItem(BREAK)));   // stands for a note of the article's own
                previous = null;
            }
            CSLCitationItem[] parts = citation.getCitationItems();
            if (!notes || parts.length == 1) {
                if (notes) {
                    noIbidWithoutLocator(previous, parts[0]);
                }
                texts.add(List.of(ended(make(citation))));
                previous = parts.length == 1 ? parts[0] : null;
                continue;
            }
            // citeproc-java takes only a citation's first source for a first reference (a
            // citation of several sources made as one gives the second a short note the first
            // time it is cited), so a note citing several is made source by source, joined as the
            // style's layout joins them
            List<String> made = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                noIbidWithoutLocator(previous, parts[i]);
                String text = make(new CSLCitation(parts[i]));
                previous = parts[i];
                made.add(i == parts.length - 1 ? ended(text) : text);
            }
            texts.add(made);
            // made source by source, the note's last source would be "Ibid." to the next note;
            // after a note citing several sources no note is "Ibid." (CSL 1.0.2, "ibid")
            make(new CSLCitation(new CSLCitationItem(BREAK)));
            previous = null;
        }
        List<String> order = new ArrayList<>();
        Bibliography bibliography = csl.makeBibliography(item -> !item.getId().contains(SYNTHETIC) && order.add(item.getId()));
        List<String> entries = List.of(bibliography.getEntries());
        return new Formatted(texts, delimiter, entries.size() == order.size() ? order : List.of(), entries);
    }

    /**
     * A source cited without a locator right after a citation of it with one ("p. 33") is no
     * "Ibid." (which would stand for that page) but a short reference (CSL 1.0.2, "ibid");
     * citeproc-java makes it "Ibid.", so it is told a break stands between them.
     */
    private void noIbidWithoutLocator(CSLCitationItem previous, CSLCitationItem current) {
        if (previous != null && previous.getId().equals(current.getId()) && previous.getLocator() != null
                && current.getLocator() == null) {
            make(new CSLCitation(new CSLCitationItem(BREAK)));
        }
    }

    /** A citation with the layout's suffix, unless it ends with that punctuation already ("Ibid."). */
    private String ended(String html) {
        String plain = html.replaceAll("<[^>]*>", "").stripTrailing();
        if (suffix.isEmpty() || plain.endsWith(suffix) || (suffix.equals(".") && (plain.endsWith("?") || plain.endsWith("!")))) {
            return html;
        }
        return html + suffix;
    }

    private String make(CSLCitation citation) {
        List<Citation> made = csl.makeCitation(citation);
        return made.get(made.size() - 1).getText();
    }

    /**
     * @param citations each citation's HTML: one part, or in a note citing several sources one
     *                  part per source in the order written, to be joined with {@code delimiter}
     * @param delimiter what the style puts between the sources of a citation
     * @param keys      the key of each entry, in the list's order (empty when unknown)
     * @param entries   the reference list's entries, HTML
     */
    record Formatted(List<List<String>> citations, String delimiter, List<String> keys, List<String> entries) {
    }

    /** The sources of the report being formatted. */
    private static final class Items implements ItemDataProvider {
        private Map<String, CSLItemData> items = Map.of();

        void use(Map<String, CSLItemData> items) {
            this.items = items;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return items.get(id);
        }

        @Override
        public java.util.Collection<String> getIds() {
            return items.keySet();
        }
    }
}
