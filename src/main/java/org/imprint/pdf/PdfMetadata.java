package org.imprint.pdf;

import java.time.Instant;
import java.util.List;

import org.imprint.model.Metadata;

/**
 * What the finished PDF says about itself (Info dictionary and XMP).
 *
 * @param title      document title, shown in the viewer's window
 * @param authors    author names
 * @param subject    one-line subject (the abstract, else the title), at most
 *                   {@link #MAX_SUBJECT} characters
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

    /**
     * The longest subject kept whole. PDF/A (6.1.13) allows no string over 32,767 bytes, and the
     * Info dictionary may hold the subject as UTF-16: 4 bytes a character at worst.
     */
    static final int MAX_SUBJECT = 4000;

    /**
     * The authors as the Info dictionary's one Author string, "; "-joined (a name may hold a
     * comma: "Smith, Jane"; none holds ";", which ArticleLoader refuses), the same from every engine.
     */
    public String authorLine() {
        return String.join("; ", authors);
    }

    /** The keywords as the Info dictionary's one Keywords string. */
    public String keywordLine() {
        return String.join(", ", keywords);
    }

    /** The PDF's share of the publication's metadata. */
    public static PdfMetadata of(Metadata m) {
        return new PdfMetadata(m.title(), m.authors(), shortened(m.description() != null ? m.description() : m.title()),
                m.keywords(), m.language(), m.modified(), m.identifier(), m.publisher(), m.rights());
    }

    /** A long abstract as a subject: cut at the last space that fits, and marked cut with "…". */
    static String shortened(String text) {
        if (text.length() <= MAX_SUBJECT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_SUBJECT - 1);
        if (cut < MAX_SUBJECT / 2) {
            // no space to cut at: cut anywhere, but not inside a surrogate pair
            cut = Character.isHighSurrogate(text.charAt(MAX_SUBJECT - 2)) ? MAX_SUBJECT - 2 : MAX_SUBJECT - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
