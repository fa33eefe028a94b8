package org.imprint.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * Conditions that test the source, as CSL and citeproc-js do, where a substitute printed the
 * variable they test. citeproc-java 3.5 suppresses every variable a {@code <substitute>} fetched
 * and tests conditions through the same suppressed lookup, so {@code <if variable="author">} is
 * false once the author was printed in place of the composer: MLA then took a book by an author
 * for one without and printed its volume ("Smith, John. The Big Book. Vols. 1-2, Pub, 2001.")
 * where citeproc-js prints "Smith, John. The Big Book. Pub, 2001.".
 *
 * <p>Each variable a substitute may print (its names, and the variables of the macros it calls)
 * and a condition tests is given a stand-in: a string variable the style never names, which the
 * sources carry whenever they carry the variable (a copy of its text, so {@code is-numeric}
 * reads the same), and which the style's conditions test instead. No substitute ever fetches the
 * stand-in, so it is never suppressed, and where the variable is not suppressed it answers as the
 * variable did: only a test of a suppressed variable changes, to what the source says. Printing
 * is untouched (a substituted variable is still printed once). A style that tests more such
 * variables than it leaves unnamed (Chicago's notes name nearly every variable) gets stand-ins for
 * the commonest (authors, editors, translators, title, container title, genre, ...); its other
 * tests stay as they were.
 */
final class SourceConditions {

    /** The variables a stand-in can answer for, with their value as citeproc-java reads them unsuppressed, commonest first. */
    private static final Map<String, Function<CSLItemData, Object>> VALUES = values();
    private static final Set<String> NAMES = Set.of("author", "chair", "collection-editor", "composer", "compiler",
            "container-author", "contributor", "curator", "director", "editor", "editorial-director", "executive-producer",
            "illustrator", "interviewer", "organizer", "original-author", "performer", "producer", "recipient",
            "reviewed-author", "translator");
    private static final Set<String> DATES = Set.of("accessed", "container", "event-date", "issued", "original-date", "submitted");

    private static final Pattern MACRO = Pattern.compile("(?s)<macro\\s+name=\"([^\"]+)\"[^>]*>(.*?)</macro>");
    private static final Pattern SUBSTITUTE = Pattern.compile("(?s)<substitute\\b[^>]*>(.*?)</substitute>");
    private static final Pattern PRINTED = Pattern.compile("<(?:names|text|number|date|label)\\b[^>]*?\\bvariable=\"([^\"]*)\"");
    private static final Pattern MACRO_CALL = Pattern.compile("<text\\b[^>]*?\\bmacro=\"([^\"]+)\"");
    private static final Pattern CONDITION = Pattern.compile("<(?:if|else-if)\\b[^>]*>");
    private static final Pattern TESTED = Pattern.compile("\\b(variable|is-numeric)=\"([^\"]*)\"");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    /** No stand-ins: the style as it is. */
    static final SourceConditions NONE = new SourceConditions(Map.of(), List.of());

    /** Each tested variable a substitute may print, with its stand-in. */
    private final Map<String, String> standIns;
    /** The tested variables a substitute may print that are left without a stand-in: the style names every free one. */
    private final List<String> without;

    private SourceConditions(Map<String, String> standIns, List<String> without) {
        this.standIns = standIns;
        this.without = without;
    }

    /** The stand-ins a style needs, for its tests of variables its substitutes may print. */
    static SourceConditions of(String style) {
        String xml = COMMENT.matcher(style).replaceAll("");
        if (!xml.contains("<substitute")) {
            return NONE;
        }
        Map<String, String> macros = new HashMap<>();
        Matcher macro = MACRO.matcher(xml);
        while (macro.find()) {
            macros.putIfAbsent(macro.group(1), macro.group(2));
        }
        // what substitutes print, and what the macros they call may
        Set<String> substituted = new HashSet<>();
        Matcher substitute = SUBSTITUTE.matcher(xml);
        while (substitute.find()) {
            substituted.addAll(printed(substitute.group(1)));
            calls(substitute.group(1), macros, new HashSet<>(), substituted);
        }
        Set<String> tested = new HashSet<>();
        Matcher condition = CONDITION.matcher(xml);
        while (condition.find()) {
            Matcher test = TESTED.matcher(condition.group());
            while (test.find()) {
                tested.addAll(tokens(test.group(2)));
            }
        }
        List<String> free = FreeVariables.of(xml);
        List<String> wanted = new ArrayList<>();
        for (String variable : VALUES.keySet()) {
            if (tested.contains(variable) && substituted.contains(variable)) {
                wanted.add(variable);   // the commonest first, where there are too few free variables
            }
        }
        Map<String, String> standIns = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size() && i < free.size(); i++) {
            standIns.put(wanted.get(i), free.get(i));
        }
        List<String> without = wanted.subList(standIns.size(), wanted.size());
        return standIns.isEmpty() && without.isEmpty() ? NONE : new SourceConditions(standIns, List.copyOf(without));
    }

    /** The variables of the macros a part of a style calls, and of those they call. */
    private static void calls(String xml, Map<String, String> macros, Set<String> seen, Set<String> into) {
        Matcher call = MACRO_CALL.matcher(xml);
        while (call.find()) {
            String body = macros.get(call.group(1));
            if (body != null && seen.add(call.group(1))) {
                into.addAll(printed(body));
                calls(body, macros, seen, into);
            }
        }
    }

    private static Set<String> printed(String xml) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PRINTED.matcher(xml);
        while (m.find()) {
            found.addAll(tokens(m.group(1)));
        }
        return found;
    }

    private static List<String> tokens(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /** The tested variables a substitute may print that have no stand-in (every free variable is taken). */
    List<String> without() {
        return without;
    }

    /** Whether the style needs no stand-ins. */
    boolean isEmpty() {
        return standIns.isEmpty();
    }

    /** The tested variables with a stand-in, each with it, in the order they were given one. */
    Map<String, String> standIns() {
        return standIns;
    }

    /**
     * The style with its conditions testing the stand-ins. An {@code is-numeric} test is moved to
     * the stand-in of a text variable only (it carries the text); of names or a date it stays.
     */
    String rewrite(String style) {
        if (standIns.isEmpty()) {
            return style;
        }
        return CONDITION.matcher(style).replaceAll(condition -> Matcher.quoteReplacement(
                TESTED.matcher(condition.group()).replaceAll(test -> {
                    boolean numeric = test.group(1).equals("is-numeric");
                    List<String> out = new ArrayList<>();
                    for (String variable : tokens(test.group(2))) {
                        String standIn = standIns.get(variable);
                        out.add(standIn != null && !(numeric && !isText(variable)) ? standIn : variable);
                    }
                    return Matcher.quoteReplacement(test.group(1) + "=\"" + String.join(" ", out) + "\"");
                })));
    }

    private static boolean isText(String variable) {
        return VALUES.get(variable) != null && !NAMES.contains(variable) && !DATES.contains(variable);
    }

    /** A source with the stand-ins of the variables it carries; the same source where it needs none. */
    CSLItemData withStandIns(CSLItemData item) {
        if (standIns.isEmpty() || item == null) {
            return item;
        }
        CSLItemDataBuilder builder = new CSLItemDataBuilder(item);
        standIns.forEach((variable, standIn) -> {
            Object value = VALUES.get(variable).apply(item);
            FreeVariables.set(builder, standIn, value == null ? null : value instanceof String text ? text : "x");
        });
        return builder.build();
    }

    private static Map<String, Function<CSLItemData, Object>> values() {
        Map<String, Function<CSLItemData, Object>> v = new LinkedHashMap<>();
        v.put("author", CSLItemData::getAuthor);
        v.put("editor", CSLItemData::getEditor);
        v.put("translator", CSLItemData::getTranslator);
        v.put("title", CSLItemData::getTitle);
        v.put("container-title", CSLItemData::getContainerTitle);
        v.put("genre", CSLItemData::getGenre);
        v.put("collection-editor", CSLItemData::getCollectionEditor);
        v.put("container-author", CSLItemData::getContainerAuthor);
        v.put("publisher", CSLItemData::getPublisher);
        v.put("issued", CSLItemData::getIssued);
        v.put("medium", CSLItemData::getMedium);
        v.put("number", CSLItemData::getNumber);
        v.put("volume", CSLItemData::getVolume);
        v.put("page", CSLItemData::getPage);
        v.put("edition", CSLItemData::getEdition);
        v.put("issue", CSLItemData::getIssue);
        v.put("recipient", CSLItemData::getRecipient);
        v.put("interviewer", CSLItemData::getInterviewer);
        v.put("reviewed-author", CSLItemData::getReviewedAuthor);
        v.put("composer", CSLItemData::getComposer);
        v.put("director", CSLItemData::getDirector);
        v.put("collection-title", CSLItemData::getCollectionTitle);
        v.put("publisher-place", CSLItemData::getPublisherPlace);
        v.put("status", CSLItemData::getStatus);
        v.put("event", CSLItemData::getEvent);
        v.put("event-place", CSLItemData::getEventPlace);
        v.put("event-date", CSLItemData::getEventDate);
        v.put("compiler", CSLItemData::getCompiler);
        v.put("editorial-director", CSLItemData::getEditorialDirector);
        v.put("illustrator", CSLItemData::getIllustrator);
        v.put("contributor", CSLItemData::getContributor);
        v.put("performer", CSLItemData::getPerformer);
        v.put("original-author", CSLItemData::getOriginalAuthor);
        v.put("reviewed-title", CSLItemData::getReviewedTitle);
        v.put("original-title", CSLItemData::getOriginalTitle);
        v.put("original-date", CSLItemData::getOriginalDate);
        v.put("original-publisher", CSLItemData::getOriginalPublisher);
        v.put("original-publisher-place", CSLItemData::getOriginalPublisherPlace);
        v.put("number-of-volumes", CSLItemData::getNumberOfVolumes);
        v.put("chapter-number", CSLItemData::getChapterNumber);
        v.put("section", CSLItemData::getSection);
        v.put("version", CSLItemData::getVersion);
        v.put("authority", CSLItemData::getAuthority);
        v.put("archive", CSLItemData::getArchive);
        v.put("archive_location", CSLItemData::getArchiveLocation);
        v.put("archive-place", CSLItemData::getArchivePlace);
        v.put("URL", CSLItemData::getURL);
        v.put("DOI", CSLItemData::getDOI);
        v.put("note", CSLItemData::getNote);
        v.put("ISBN", CSLItemData::getISBN);
        v.put("ISSN", CSLItemData::getISSN);
        v.put("number-of-pages", CSLItemData::getNumberOfPages);
        v.put("collection-number", CSLItemData::getCollectionNumber);
        v.put("dimensions", CSLItemData::getDimensions);
        v.put("scale", CSLItemData::getScale);
        v.put("source", CSLItemData::getSource);
        v.put("jurisdiction", CSLItemData::getJurisdiction);
        v.put("submitted", CSLItemData::getSubmitted);
        v.put("accessed", CSLItemData::getAccessed);
        v.put("producer", CSLItemData::getProducer);
        v.put("executive-producer", CSLItemData::getExecutiveProducer);
        v.put("organizer", CSLItemData::getOrganizer);
        v.put("curator", CSLItemData::getCurator);
        v.put("chair", CSLItemData::getChair);
        return v;
    }
}
