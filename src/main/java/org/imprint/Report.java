package org.imprint;

import java.nio.file.Path;
import java.util.Map;

import org.imprint.article.Article;
import org.imprint.article.ImageFetcher;
import org.imprint.article.ImageInfo;
import org.imprint.brand.Brand;
import org.imprint.markdown.ParsedBody;

/**
 * A report that has been loaded and validated, ready to be made into a publication. Close it
 * when done: that deletes the remote images it downloaded, if it was allowed to download any.
 *
 * @param article   the article
 * @param brand     its brand
 * @param body      the parsed body
 * @param images    its checked images, by the path the article used
 * @param fetcher   what downloaded its remote images (and made upright copies of turned photos)
 */
public record Report(Article article, Brand brand, ParsedBody body, Map<String, ImageInfo> images, ImageFetcher fetcher)
        implements AutoCloseable {

    public Report {
        // keeps the article's order: output must not depend on hash order
        images = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(images));
    }

    /** The report's name, used for output files. */
    public String slug() {
        return article.slug();
    }

    /** The temporary folder holding its downloaded images and upright copies, or {@code null}. */
    public Path downloads() {
        return fetcher.folder();
    }

    /**
     * Deletes the downloaded remote images, if any. Never fails: the outputs are already written,
     * and a temporary folder left behind must not turn a good build into a failed one.
     */
    @Override
    public void close() {
        try {
            fetcher.discard();
        } catch (RuntimeException e) {
            // the system's temporary folder is cleaned by the system
        }
    }
}
