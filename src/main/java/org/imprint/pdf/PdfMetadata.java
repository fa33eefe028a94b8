package org.imprint.pdf;

import java.time.Instant;
import java.util.List;

import org.imprint.model.Metadata;

/**
 * What the finished PDF says about itself (Info dictionary and XMP).
 *
 * @param title      document title, shown in the viewer's window
 * @param authors    author names
 * @param subject    one-line subject (the abstract, else the title)
 * @param keywords   keywords
 * @param language   BCP 47 tag of the document
 * @param date       creation and modification date
 * @param identifier the publication's identifier (XMP dc:identifier)
 * @param publisher  the organisation, or {@code null}
 * @param rights     the rights statement, or {@code null}
 */
public record PdfMetadata(String title, List<String> authors, String subject, List<String> keywords,
                          String language, Instant date, String identifier, String publisher, String rights) {

    public PdfMetadata {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    /** The PDF's share of the publication's metadata. */
    public static PdfMetadata of(Metadata m) {
        return new PdfMetadata(m.title(), m.authors(), m.description() != null ? m.description() : m.title(),
                m.keywords(), m.language(), m.modified(), m.identifier(), m.publisher(), m.rights());
    }
}
