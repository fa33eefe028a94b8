package org.imprint.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;

/**
 * One citeproc-java processor for a style and a locale, reused for every report that uses them
 * (its state is reset per report). Formats one report at a time.
 */
final class Processor {

    private final CSL csl;
    private final Items items;

    private Processor(CSL csl, Items items) {
        this.csl = csl;
        this.items = items;
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
        Items items = new Items();
        try {
            return new Processor(new CSL(items, xml, language), items);
        } catch (IllegalArgumentException e) {
            // no CSL locale for the language: the style's default
            try {
                return new Processor(new CSL(items, xml), items);
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
     */
    synchronized Formatted format(Map<String, CSLItemData> cited, List<CSLCitation> citations) {
        items.use(cited);
        csl.reset();
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
        // registering every source first keeps citeproc-java from re-rendering earlier citations
        // as it meets new ones, which loses track of their positions (first, subsequent, ibid)
        csl.registerCitationItems(cited.keySet());
        List<String> texts = new ArrayList<>();
        for (CSLCitation citation : citations) {
            List<Citation> made = csl.makeCitation(citation);
            texts.add(made.get(made.size() - 1).getText());
        }
        List<String> order = new ArrayList<>();
        Bibliography bibliography = csl.makeBibliography(item -> order.add(item.getId()));
        List<String> entries = List.of(bibliography.getEntries());
        return new Formatted(texts, entries.size() == order.size() ? order : List.of(), entries);
    }

    /**
     * @param citations each citation's HTML
     * @param keys      the key of each entry, in the list's order (empty when unknown)
     * @param entries   the reference list's entries, HTML
     */
    record Formatted(List<String> citations, List<String> keys, List<String> entries) {
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
