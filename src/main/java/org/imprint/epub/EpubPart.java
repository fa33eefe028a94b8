package org.imprint.epub;

import java.util.List;

import org.imprint.markdown.Heading;

/**
 * One content document of the e-book.
 *
 * @param name     the part's layout name, e.g. "article"
 * @param title    the part's heading, for the table of contents, or {@code null} to leave it out
 * @param landmark the part's {@code epub:type} (cover, frontmatter, bodymatter, ...), or {@code null}
 * @param headings the document's headings below its title that have ids, for the table of contents
 * @param text     the document's text, for choosing fonts
 * @param xhtml    the XHTML5 document
 */
public record EpubPart(String name, String title, String landmark, List<Heading> headings, String text, String xhtml) {

    public EpubPart {
        headings = List.copyOf(headings);
    }

    /** The document's file name inside the package. */
    public String href() {
        return name + ".xhtml";
    }
}
