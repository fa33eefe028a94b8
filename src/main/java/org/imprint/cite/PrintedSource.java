package org.imprint.cite;

/**
 * One source of an in-text citation as the processor printed it ({@link Processor.Formatted#printedGroups}).
 *
 * @param key  the source's key
 * @param html for a later work of a group that CSL's year collapse joined ("2010" of "B. Brown,
 *             2011, 2010"), exactly what the collapse printed for it after the group's separator:
 *             its year, status or literal date ("in press-b", "İstanbul"), with its locator and
 *             suffix; {@code null} for the first source of a group, which the style's delimiter
 *             bounds
 * @param separator what the collapse printed before it: for a later work of a group, the
 *             group's joiner (CSL's cite-group-delimiter, or year-suffix-delimiter before a year
 *             letter alone); for the first of a group, the delimiter after the group before it
 *             (after-collapse-delimiter after a collapsed one); {@code null} for the citation's
 *             first source, or where the layout's delimiter stands
 */
record PrintedSource(String key, String html, String separator) {

    /** The first (or only) source of a group, after the style's delimiter. */
    static PrintedSource first(String key) {
        return new PrintedSource(key, null, null);
    }

    /** The first source of a group, after {@code separator} ({@code null} for the layout's delimiter). */
    static PrintedSource first(String key, String separator) {
        return new PrintedSource(key, null, separator);
    }
}
