package org.imprint.markdown;

import java.util.List;
import java.util.Map;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Node;

/**
 * A Markdown body parsed once and shared by every output format.
 *
 * @param document    the commonmark tree, figures already in place
 * @param headings    headings in document order, with their ids
 * @param images      every image referenced, figures and raw HTML images included
 * @param links       every link, raw HTML links included
 * @param figures     the figures in order
 * @param notes       footnote definitions by label, keyed as {@code NoteLabel} normalises labels
 * @param noteNumbers footnote labels (normalised the same way) in the order of their first call,
 *                    numbered from 1
 * @param headingIds  the id of each heading node
 * @param targets     where its links can go
 */
public record ParsedBody(
        Node document,
        List<Heading> headings,
        List<ImageRef> images,
        List<LinkRef> links,
        List<Figure> figures,
        Map<String, FootnoteDefinition> notes,
        Map<String, Integer> noteNumbers,
        Map<Node, String> headingIds,
        LinkTargets targets) {
}
