package org.imprint.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated article: its front matter and its Markdown body.
 *
 * @param source         the {@code article.md} it was read from
 * @param slug           the report's name: its folder's name, used for output file names
 * @param title          title (required)
 * @param subtitle       subtitle, or {@code null}
 * @param series         series label for the cover, or {@code null} for the brand's default
 * @param date           publication date (required)
 * @param language       BCP 47 language tag
 * @param brand          brand name, a folder under {@code templates/}
 * @param authors        at least one author
 * @param firstPublished earlier publication, or {@code null}
 * @param keywords       keywords, possibly empty
 * @param abstractText   abstract in Markdown, or {@code null}
 * @param identifier     ISBN, DOI or URN, or {@code null}
 * @param body           the Markdown body
 * @param bodyLine       the line of {@code source} on which the body starts, for error messages
 * @param bibliography   the bibliography files, relative to the report folder, possibly none
 * @param citationStyle  a CSL style id or {@code .csl} file, or {@code null} for the brand's
 * @param lines          the line of each front-matter key, by its name in messages
 *                       ("brand", "authors[1].photo"), for errors found after loading
 * @param textLines      the line on which each front-matter Markdown text starts ("abstract",
 *                       "authors[1].bio"): its key's, or the next for a block scalar ("|", ">")
 */
public record Article(
        Path source,
        String slug,
        String title,
        String subtitle,
        String series,
        LocalDate date,
        String language,
        String brand,
        List<Author> authors,
        FirstPublished firstPublished,
        List<String> keywords,
        String abstractText,
        String identifier,
        String body,
        int bodyLine,
        Map<String, Integer> lines,
        Map<String, Integer> textLines,
        List<String> bibliography,
        String citationStyle) {

    public Article {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        lines = Map.copyOf(lines);
        textLines = Map.copyOf(textLines);
        bibliography = List.copyOf(bibliography);
    }

    /** The line of a front-matter key, e.g. "brand" or "authors[1].photo"; 0 when it is absent. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    /**
     * The line on which a front-matter Markdown text starts, e.g. "abstract" or
     * "authors[1].bio", for messages about its content; its key's line when not known.
     */
    public int textLineOf(String key) {
        return textLines.getOrDefault(key, lineOf(key));
    }

    /** Whether the article's language is written right to left (Urdu, Arabic, Persian, Hebrew...). */
    public boolean rightToLeft() {
        return com.ibm.icu.util.ULocale.forLanguageTag(language).isRightToLeft();
    }

    /** The report folder: images and other resources resolve against it. */
    public Path folder() {
        return source.toAbsolutePath().getParent();
    }
}
