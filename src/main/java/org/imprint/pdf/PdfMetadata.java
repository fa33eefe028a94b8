package org.imprint.pdf;

import java.time.Instant;
import java.util.List;

/**
 * What the finished PDF says about itself (Info dictionary and XMP).
 *
 * @param title    document title, shown in the viewer's window
 * @param authors  author names
 * @param subject  one-line subject (series and abstract)
 * @param keywords keywords
 * @param language BCP 47 tag of the document
 * @param date     creation and modification date
 */
public record PdfMetadata(String title, List<String> authors, String subject, List<String> keywords,
                          String language, Instant date) {

    public PdfMetadata {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }
}
