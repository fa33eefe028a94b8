package org.imprint.markdown;

/**
 * A heading of the article body, for bookmarks and tables of contents.
 *
 * @param level 1 to 6
 * @param id    the element id the renderers link to
 * @param text  plain text of the heading
 */
public record Heading(int level, String id, String text) {
}
