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
 */
record PrintedSource(String key, String html) {

    /** The first (or only) source of a group. */
    static PrintedSource first(String key) {
        return new PrintedSource(key, null);
    }
}
