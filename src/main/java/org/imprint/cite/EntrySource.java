package org.imprint.cite;

import java.nio.file.Path;

import org.imprint.article.Article;

/**
 * Where a source of the reference list is defined: the bibliography file and the line of its key,
 * for messages about what its formatted entry prints (a character no font has).
 *
 * @param file the bibliography file that defines the key
 * @param line the line of its key, or 0 when it cannot be found
 */
public record EntrySource(Path file, int line) {

    /**
     * The first of the article's bibliography files that defines {@code key}, or the first file
     * (line 0) when none can be seen to.
     */
    public static EntrySource of(Article article, String key) {
        for (String name : article.bibliography()) {
            Path file = article.folder().resolve(name).normalize();
            int line = BibliographyFiles.lineOfKey(file, key);
            if (line > 0) {
                return new EntrySource(file, line);
            }
        }
        return new EntrySource(article.folder().resolve(article.bibliography().get(0)).normalize(), 0);
    }
}
