package org.imprint;

import java.util.Map;

import org.imprint.article.Article;
import org.imprint.article.ImageInfo;
import org.imprint.brand.Brand;
import org.imprint.markdown.ParsedBody;

/**
 * A report that has been loaded and validated, ready to be written in any format.
 *
 * @param article the article
 * @param brand   its brand
 * @param body    the parsed body
 * @param images  its checked images, by the path the article used
 */
public record Report(Article article, Brand brand, ParsedBody body, Map<String, ImageInfo> images) {

    public Report {
        // keeps the article's order: output must not depend on hash order
        images = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(images));
    }

    /** The report's name, used for output files. */
    public String slug() {
        return article.slug();
    }
}
