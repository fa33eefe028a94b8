package org.imprint.markdown;

/**
 * Words the body renderer writes itself; they come from the brand profile.
 *
 * @param figure the word before a figure number, e.g. "Figure"
 * @param notes  the heading of the endnotes, e.g. "Notes"
 */
public record Labels(String figure, String notes) {
}
