package org.imprint.markdown;

/**
 * A link the body makes, in Markdown or in raw HTML.
 *
 * @param target the URL, path or {@code #id} as written
 * @param line   1-based line in the article file
 */
public record LinkRef(String target, int line) {
}
