package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code <names>} of a style's {@code <substitute>} written with its own children. CSL lets a
 * substitute's {@code <names>} inherit the {@code <name>}, {@code <et-al>} and {@code <label>} of
 * the {@code <names>} it stands in for only where it has no children of its own; citeproc-java
 * 3.5 makes every {@code <names>} directly in a substitute inherit, and drops its own. APA's
 * chapter in an edited book substitutes the editor for the container's author with
 * {@code <label form="short">}, and printed the parent's long label: "In C. Carr (Editor)" where
 * APA prints "(Ed.)". Such a {@code <names>} is set in a {@code <group>}, which citeproc-java
 * renders as written; a {@code <names>} without children still inherits.
 */
final class SubstituteNames {

    /** A substitute element and its content (substitutes do not nest). */
    private static final Pattern SUBSTITUTE = Pattern.compile("(?s)<substitute\\b[^>]*>(.*?)</substitute>");
    /** A names element with children (not self-closing); names do not nest inside a substitute. */
    private static final Pattern NAMES = Pattern.compile("(?s)<names\\b[^>]*(?<!/)>(.*?)</names>");

    private SubstituteNames() {
    }

    /** The style with each substitute's {@code <names>} that has children of its own rendered with them. */
    static String apply(String xml) {
        return SUBSTITUTE.matcher(xml).replaceAll(s -> Matcher.quoteReplacement(
                NAMES.matcher(s.group()).replaceAll(n -> Matcher.quoteReplacement(
                        n.group(1).replaceAll("(?s)<!--.*?-->", "").isBlank() ? n.group() : "<group>" + n.group() + "</group>"))));
    }
}
