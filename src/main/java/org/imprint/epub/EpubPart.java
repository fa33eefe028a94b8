package org.imprint.epub;

import java.util.List;

import org.imprint.model.OutlineEntry;

/**
 * One content document of the e-book.
 *
 * @param name               the part's layout name, e.g. "article"
 * @param title              the part's heading, for the table of contents, or {@code null} to leave it out
 * @param landmark           the part's {@code epub:type} (cover, frontmatter, bodymatter, ...), or {@code null}
 * @param headings           the entries of the publication's outline in this document, nested
 * @param text               the document's text, for choosing fonts
 * @param xhtml              the XHTML5 document
 * @param imagesDescribed    every {@code img} has a non-empty {@code alt}
 * @param headingsInOrder    the document starts its headings at h1 and never skips a level
 */
public record EpubPart(String name, String title, String landmark, List<OutlineEntry> headings, String text, String xhtml,
                       boolean imagesDescribed, boolean headingsInOrder) {

    public EpubPart {
        headings = List.copyOf(headings);
    }

    /** The document's file name inside the package. */
    public String href() {
        return name + ".xhtml";
    }
}
