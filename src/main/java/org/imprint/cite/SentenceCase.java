package org.imprint.cite;

/**
 * CSL's {@code text-case="sentence"}, which citeproc-java 3.5 ignores: elsevier-vancouver's
 * {@code <text term="in" text-case="sentence" suffix=": "/>} printed "in: Carr C, editor."
 * where citeproc-js prints "In:". CSL 1.0.2 capitalises the first character of a lower or mixed
 * case text, as {@code capitalize-first} does, which citeproc-java applies; a text all in
 * capitals, which CSL would also set in lower case after its first letter, keeps its capitals.
 */
final class SentenceCase {

    private SentenceCase() {
    }

    /** The style with sentence case written as capitalize-first. */
    static String apply(String xml) {
        return xml.replace("text-case=\"sentence\"", "text-case=\"capitalize-first\"");
    }
}
