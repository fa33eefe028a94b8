package org.imprint.article;

/**
 * One author of an article, as given in the front matter.
 *
 * @param name        display name (required)
 * @param affiliation position and organisation, or {@code null}
 * @param bio         biography in Markdown, or {@code null}
 * @param email       contact address, or {@code null}
 * @param photo       portrait image path relative to the report folder, or {@code null}
 */
public record Author(String name, String affiliation, String bio, String email, String photo) {
}
