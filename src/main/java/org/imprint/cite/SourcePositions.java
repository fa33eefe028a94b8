package org.imprint.cite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;

/**
 * Positions (first, subsequent, "Ibid.") over a source whatever copy of it is cited.
 * citeproc-java tells them by the cited id alone, and a source cited without its author
 * ({@code [-@key]}, {@link SuppressedAuthor}) is cited as a copy under an id of its own: after
 * {@code [@book, p. 33]}, {@code [-@book]} was a first note, "The Rivers of the South (Basic
 * Books, 2002)." where citeproc-js gives the short "The Rivers of the South."; after
 * {@code [-@ed]}, {@code [@ed, p. 2]} was the full note where citeproc-js gives "Ibid., 2."
 * (h15z). Before a cite of a copy its source was cited as, under another id, the processor is
 * shown that copy once, and the citation before is shown again under the ids of this one, so
 * citeproc-java finds in its history what the source's history was.
 */
final class SourcePositions {

    /** The id of a citation that stands for something else (a note of the article's own): no source's. */
    private final String breakId;
    /** What stands for a source in a copy's id: the key before the mark, for the copies positions are shared by. */
    private final java.util.function.UnaryOperator<String> source;
    /** The ids cited since the processor forgot, and their sources. */
    private final Set<String> cited = new HashSet<>();
    private final Set<String> sources = new HashSet<>();
    /** The id of the last citation when it cited one source; {@code null} when it cited several. */
    private String last;

    /**
     * @param breakId the id of a citation of no source
     * @param source  the source an id stands for, for the ids whose positions are their source's
     *                (another copy's id stands for itself)
     */
    SourcePositions(String breakId, java.util.function.UnaryOperator<String> source) {
        this.breakId = breakId;
        this.source = source;
    }

    /**
     * The citations to make, their text unused, before {@code citation}: each of its copies whose
     * source was cited under another id, then the last citation again (a copy of the same source
     * under this one's id, else a citation of no source) so that "Ibid." follows what came
     * right before. None when every id was cited as it is now.
     */
    List<CSLCitation> before(CSLCitation citation) {
        CSLCitationItem[] parts = citation.getCitationItems();
        List<CSLCitation> out = new ArrayList<>();
        for (CSLCitationItem part : parts) {
            String id = part.getId();
            if (!cited.contains(id) && sources.contains(source.apply(id))) {
                out.add(new CSLCitation(new CSLCitationItem(id)));
            }
        }
        String first = parts.length == 0 ? null : parts[0].getId();
        boolean sameSource = last != null && first != null && !last.equals(first) && source.apply(last).equals(source.apply(first));
        if (sameSource) {
            out.add(new CSLCitation(new CSLCitationItem(first)));
        } else if (!out.isEmpty()) {
            out.add(new CSLCitation(new CSLCitationItem(last != null ? last : breakId)));
        }
        return out;
    }

    /** Whether the source an id stands for was not cited since the processor forgot: a cite of it now is its first. */
    boolean first(String id) {
        return !sources.contains(source.apply(id));
    }

    /** Notes a citation the processor made. */
    void made(CSLCitation citation) {
        CSLCitationItem[] parts = citation.getCitationItems();
        for (CSLCitationItem part : parts) {
            cited.add(part.getId());
            sources.add(source.apply(part.getId()));
        }
        last = parts.length == 1 ? parts[0].getId() : null;
    }

    /** The processor forgot every citation. */
    void forget() {
        cited.clear();
        sources.clear();
        last = null;
    }
}
