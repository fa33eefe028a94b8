package org.imprint.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What every output says about the publication, assembled once: the PDF's Info dictionary and
 * XMP, the EPUB's package metadata and the web edition's meta tags all read this record.
 *
 * @param title       the title
 * @param subtitle    the subtitle, or {@code null}
 * @param series      the series label (the article's, else the brand's default)
 * @param authors     author names, in order
 * @param date        the publication date
 * @param modified    when the files were made: {@code SOURCE_DATE_EPOCH}, else the publication date
 * @param identifier  ISBN, DOI, URN or a {@code urn:uuid:} derived from brand and slug
 * @param publisher   the organisation's name, or {@code null}
 * @param language    BCP 47 tag
 * @param keywords    keywords
 * @param rights      the rights statement of the brand, or {@code null}
 * @param description the abstract as plain text, or {@code null}
 */
public record Metadata(
        String title,
        String subtitle,
        String series,
        List<String> authors,
        LocalDate date,
        Instant modified,
        String identifier,
        String publisher,
        String language,
        List<String> keywords,
        String rights,
        String description) {

    public Metadata {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }
}
