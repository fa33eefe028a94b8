package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An attribute's value in the attributes of a CSL element as the style's XML writes them, for the classes that rewrite styles. */
final class StyleAttributes {

    private StyleAttributes() {
    }

    /**
     * The value of attribute {@code name} as written (entities undecoded), or "" where absent; a
     * longer name ending in it ({@code year-suffix} for {@code suffix}) is another attribute.
     */
    static String value(String attributes, String name) {
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : "";
    }
}
