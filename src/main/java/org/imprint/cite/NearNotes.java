package org.imprint.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;

/**
 * CSL's {@code position="near-note"}, which citeproc-java 3.5 never finds true: a cite of a
 * source cited before, in a note at most the style's {@code near-note-distance} (5 unless the
 * {@code <citation>} sets it) after the note of its last cite. The styles that test it print
 * "op. cit." or "Ibid." there and the full reference again further off (iso690-full-note-with-ibid-ro,
 * universite-de-bordeaux-ecole-doctorale-de-droit, guide-des-citations-references-et-abreviations-juridiques);
 * Imprint printed the full reference every time (h15aa 10). Each such cite is marked
 * ({@link CSLCitationItem#getNearNote}, which citeproc-java carries but never reads), and
 * {@link Processor} makes it with the style's near-note tests decided true ({@link StaticConditions}).
 */
final class NearNotes {

    private static final Pattern DISTANCE = Pattern.compile("<citation\\b[^>]*\\bnear-note-distance=\"\\s*(\\d{1,6})\\s*\"");
    /** CSL's default near-note-distance. */
    private static final int DEFAULT_DISTANCE = 5;

    private NearNotes() {
    }

    /** The most notes a near cite may stand after the last cite of its source: the style's near-note-distance. */
    static int distance(String xml) {
        Matcher m = DISTANCE.matcher(xml);
        return m.find() ? Integer.parseInt(m.group(1)) : DEFAULT_DISTANCE;
    }

    /**
     * The citations with each near cite marked, as citeproc-js finds them: by the source a copy
     * stands for ({@link Processor#sourceKey}), counting from the note of its last cite.
     *
     * @param citations the citations in reading order
     * @param numbers   each citation's note number, 0 for a note no text calls (then a source cited
     *                  before is near, as citeproc-js takes a cite without a note number)
     * @param movable   the citations made as if nothing were cited before them (a figure's
     *                  caption): never near, nor counted for the others
     * @param distance  the style's near-note-distance
     */
    static List<CSLCitation> marked(List<CSLCitation> citations, int[] numbers, Set<Integer> movable, int distance) {
        Map<String, Integer> lastNote = new HashMap<>();
        List<CSLCitation> out = new ArrayList<>(citations.size());
        for (int i = 0; i < citations.size(); i++) {
            CSLCitation citation = citations.get(i);
            if (movable.contains(i)) {
                out.add(citation);
                continue;
            }
            int number = numbers[i];
            CSLCitationItem[] parts = citation.getCitationItems().clone();
            boolean changed = false;
            for (int p = 0; p < parts.length; p++) {
                String source = Processor.sourceKey(parts[p].getId());
                Integer last = lastNote.get(source);
                if (last != null && (number == 0 || number - last <= distance)) {
                    parts[p] = new CSLCitationItemBuilder(parts[p]).nearNote(true).build();
                    changed = true;
                }
                if (number > 0 || last == null) {
                    lastNote.put(source, number);
                }
            }
            out.add(changed ? new CSLCitation(parts, citation.getCitationID(), citation.getProperties()) : citation);
        }
        return out;
    }
}
