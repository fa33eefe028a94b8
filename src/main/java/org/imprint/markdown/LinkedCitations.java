package org.imprint.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Citations written in a link's words ({@code [see @lee2019](https://...)}, {@code [a study
 * [@lee2019]](https://...)}), which pandoc reads as citations. A link cannot hold a link: the
 * citation's text stands in the outer link without its own link to its entry, and with a note
 * style its note's call (itself a link, or a page-foot note) follows the link, the names of a
 * narrative one staying in the link's words. A link whose words were only such a citation
 * shows its address.
 */
final class LinkedCitations {

    /** The start and end tags of a link in a formatted citation. */
    private static final Pattern ANCHORS = Pattern.compile("</?a\\b[^>]*>");

    private LinkedCitations() {
    }

    /** The outermost link a node stands in, or {@code null}. */
    static Link enclosingLink(Node node) {
        Link outer = null;
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Link link) {
                outer = link;
            }
        }
        return outer;
    }

    /** A formatted citation without its links, to stand in a link's words. */
    static String unlinked(String html) {
        return ANCHORS.matcher(html).replaceAll("");
    }

    /**
     * Moves each citation a note style sets as a note out of the link it is written in, to right
     * after that link: there its call is no link inside a link, and a page-foot note does not
     * float out of a link. A narrative one leaves its names in the link's words.
     *
     * @param citations the citations set as notes
     * @param leads     the names each narrative citation puts in the sentence, by index
     */
    static void callsAfterLinks(List<Citation> citations, List<String> leads) {
        for (Citation citation : citations) {
            Link link = enclosingLink(citation);
            if (link == null) {
                continue;
            }
            String lead = citation.index() < leads.size() ? leads.get(citation.index()) : "";
            if (!lead.isEmpty()) {
                citation.insertBefore(new Text(lead));
                citation.leadSetBefore();
            } else {
                closeGap(citation);
            }
            link.insertAfter(citation);
            if (TextContent.of(link).isBlank()) {
                // "[[@lee2019]](https://...)": no words are left to carry the link; its address shows
                for (Node child = link.getFirstChild(); child != null; child = link.getFirstChild()) {
                    child.unlink();
                }
                link.appendChild(new Text(link.getDestination()));
            }
        }
    }

    /**
     * Takes out the space the citation leaves in the link's words: "a study [@a] here" reads
     * "a study here", and "a study [@a]" ends with its last word, not a space.
     */
    private static void closeGap(Citation citation) {
        Node before = citation.getPrevious();
        Node after = citation.getNext();
        if (before instanceof Text b && (after == null || after instanceof Text a && (a.getLiteral().isEmpty()
                || Character.isWhitespace(a.getLiteral().charAt(0)) || !Character.isLetterOrDigit(a.getLiteral().charAt(0))))) {
            b.setLiteral(b.getLiteral().stripTrailing());
        } else if (before == null && after instanceof Text a) {
            a.setLiteral(a.getLiteral().stripLeading());
        }
    }
}
