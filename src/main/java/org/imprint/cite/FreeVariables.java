package org.imprint.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * The text variables a style never names, which a rewrite may give the sources as marks its
 * conditions test ({@link SourceConditions}, {@link EditorTranslators}): the style never prints
 * them, so their values in the sources never show.
 */
final class FreeVariables {

    /** The variables a mark can be, the rarest in sources and styles first, each with how a source is given it. */
    private static final Map<String, BiConsumer<CSLItemDataBuilder, String>> SETTERS = setters();
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("\"([^\"]*)\"");

    private FreeVariables() {
    }

    /** The variables the style names nowhere (no attribute of it has the word), in the order they are best taken. */
    static List<String> of(String style) {
        Set<String> named = new HashSet<>();
        Matcher value = ATTRIBUTE_VALUE.matcher(style);
        while (value.find()) {
            named.addAll(Arrays.asList(value.group(1).trim().split("\\s+")));
        }
        List<String> free = new ArrayList<>(SETTERS.keySet());
        free.removeAll(named);
        return free;
    }

    /** Gives a source a value of one of these variables ({@code null}: none). */
    static void set(CSLItemDataBuilder source, String variable, String value) {
        SETTERS.get(variable).accept(source, value);
    }

    private static Map<String, BiConsumer<CSLItemDataBuilder, String>> setters() {
        Map<String, BiConsumer<CSLItemDataBuilder, String>> s = new LinkedHashMap<>();
        s.put("keyword", CSLItemDataBuilder::keyword);
        s.put("annote", CSLItemDataBuilder::annote);
        s.put("abstract", CSLItemDataBuilder::abstrct);
        s.put("references", CSLItemDataBuilder::references);
        s.put("PMCID", CSLItemDataBuilder::PMCID);
        s.put("PMID", CSLItemDataBuilder::PMID);
        s.put("call-number", CSLItemDataBuilder::callNumber);
        s.put("scale", CSLItemDataBuilder::scale);
        s.put("dimensions", CSLItemDataBuilder::dimensions);
        s.put("jurisdiction", CSLItemDataBuilder::jurisdiction);
        s.put("authority", CSLItemDataBuilder::authority);
        s.put("archive-place", CSLItemDataBuilder::archivePlace);
        s.put("archive_location", CSLItemDataBuilder::archiveLocation);
        s.put("archive", CSLItemDataBuilder::archive);
        s.put("original-publisher-place", CSLItemDataBuilder::originalPublisherPlace);
        s.put("original-publisher", CSLItemDataBuilder::originalPublisher);
        s.put("original-title", CSLItemDataBuilder::originalTitle);
        s.put("reviewed-title", CSLItemDataBuilder::reviewedTitle);
        s.put("number-of-pages", CSLItemDataBuilder::numberOfPages);
        s.put("chapter-number", CSLItemDataBuilder::chapterNumber);
        s.put("collection-number", CSLItemDataBuilder::collectionNumber);
        s.put("section", CSLItemDataBuilder::section);
        s.put("version", CSLItemDataBuilder::version);
        s.put("source", CSLItemDataBuilder::source);
        s.put("ISSN", CSLItemDataBuilder::ISSN);
        s.put("ISBN", CSLItemDataBuilder::ISBN);
        s.put("event-place", CSLItemDataBuilder::eventPlace);
        s.put("event", CSLItemDataBuilder::event);
        s.put("medium", CSLItemDataBuilder::medium);
        return s;
    }
}
