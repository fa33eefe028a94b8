package org.imprint.write;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A file or folder of the output, named by its path relative to a page, as the page links it: a
 * URI reference whose every segment is percent-encoded. A report folder may be named
 * {@code g-لمبا نام فائل (2026) #1 — رپورٹ}: written raw into an href, its {@code #} starts a
 * fragment and its spaces are not a URI's, so the catalogue's and the feed's links pointed at a
 * missing file. The visible text stays as written; only the link changes.
 */
public final class RelativeHref {

    private RelativeHref() {
    }

    /**
     * The path, its segments separated by {@code /}, as a relative URI reference: each segment
     * encoded as UTF-8 by {@link URLEncoder} (letters, digits and {@code . - * _} stay), a space as
     * {@code %20}. Not normalised: the bytes of the name on disk are the bytes the link decodes to.
     */
    public static String of(String path) {
        return Arrays.stream(path.split("/", -1))
                // URLEncoder writes a space as "+" (forms) and a "+" as %2B: every "+" left is a space
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
