package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a style joins and cuts short the authors' names of its citations, for the names a
 * narrative {@code @key} sets before the citation: whether the style joins the last two names
 * with a word at all ({@code and="symbol|text"}), its citation's {@code et-al-min} and
 * {@code et-al-use-first}, and the locale's "et al.", so that "Manning und Smith (2003)" reads as
 * the bracketed "(Manning und Smith 2003)". The names stand in the author's sentence, so the
 * "and" is the locale's word (the style's own locale's first) even where the bracketed form has "&amp;" (APA 7, 8.17: "Smith and
 * Jones (2020)" beside "(Smith &amp; Jones, 2020)").
 *
 * @param and     what goes between the last two names (" und ", " and ", or ", " when the style sets none)
 * @param serial  whether the delimiter goes before that word too ("Smith, Jones, and Lee"): CSL's
 *                {@code delimiter-precedes-last} of the style's short names, "contextual" unless set
 *                (three names or more), "never" in Harvard (Cite Them Right): "Smith, Jones and Lee"
 * @param always  whether it goes there even between two names ({@code delimiter-precedes-last="always"})
 * @param etAl    the locale's "et al."
 * @param minimum how many names the citation cuts short from (0: never)
 * @param first   how many names it keeps then
 * @param etAlComma whether a delimiter goes before "et al." after two names or more ("Kim, Park, et
 *                al."): CSL's {@code delimiter-precedes-et-al}, "contextual" unless set
 */
record NarrativeNames(String and, boolean serial, boolean always, String etAl, int minimum, int first, boolean etAlComma) {

    private static final Pattern ROOT = Pattern.compile("<style\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("<name\\b[^>]*>");
    private static final Pattern AND = Pattern.compile("\\band=\"(text|symbol)\"");
    private static final Pattern CITATION = Pattern.compile("<citation\\b[^>]*>");
    /** A name element (not a name-part) in its short form, as citations set names. */
    private static final Pattern SHORT_NAME = Pattern.compile("<name(?=[\\s/>])[^>]*\\bform=\"short\"[^>]*>");
    private static final Pattern PRECEDES_LAST = Pattern.compile("\\bdelimiter-precedes-last=\"([a-z-]+)\"");
    private static final Pattern PRECEDES_ET_AL = Pattern.compile("\\bdelimiter-precedes-et-al=\"([a-z-]+)\"");

    /** The rules of a style (its XML as written) in a language; its own terms before the CSL locale's. */
    static NarrativeNames of(String xml, String language) {
        String and = andOf(xml);
        String joiner = and == null ? ", " : " " + StyleLocales.term(xml, language, "and", "and") + " ";
        Matcher citation = CITATION.matcher(xml);
        String attributes = citation.find() ? citation.group() : "";
        String precedesLast = precedesOf(PRECEDES_LAST, xml, attributes);
        String precedesEtAl = precedesOf(PRECEDES_ET_AL, xml, attributes);
        // short names are not inverted: "after-inverted-name" puts no delimiter before the "and"
        return new NarrativeNames(joiner, and != null && (precedesLast.equals("contextual") || precedesLast.equals("always")),
                and != null && precedesLast.equals("always"), StyleLocales.term(xml, language, "et-al", "et al."),
                number(attributes, "et-al-min"), Math.max(1, number(attributes, "et-al-use-first")),
                precedesEtAl.equals("contextual") || precedesEtAl.equals("always"));
    }

    /** A delimiter-precedes-… of the style's short names: on them, else inherited from the citation or the style. */
    private static String precedesOf(Pattern attribute, String xml, String citation) {
        Matcher name = SHORT_NAME.matcher(xml);
        Matcher root = ROOT.matcher(xml);
        for (String element : new String[] {name.find() ? name.group() : "", citation, root.find() ? root.group() : ""}) {
            Matcher m = attribute.matcher(element);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "contextual";
    }

    /** The style's choice: on the style itself (inherited by every name), else on its short names, else on its first name. */
    private static String andOf(String xml) {
        Matcher root = ROOT.matcher(xml);
        if (root.find()) {
            Matcher and = AND.matcher(root.group());
            if (and.find()) {
                return and.group(1);
            }
        }
        String firstAnd = null;
        Matcher name = NAME.matcher(xml);
        while (name.find()) {
            Matcher and = AND.matcher(name.group());
            if (!and.find()) {
                continue;
            }
            if (name.group().contains("form=\"short\"")) {
                return and.group(1);
            }
            firstAnd = firstAnd == null ? and.group(1) : firstAnd;
        }
        return firstAnd;
    }

    private static int number(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"(\\d+)\"").matcher(attributes);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Family names joined as the style's citations join them.
     *
     * @param others whether the list ends in "and others"
     * @param shown  how many names the source's cites show where names were added to tell it from
     *               another's ({@link AddedNames}: "Kim, Park, and Choi" beside "Kim, Park, and
     *               Jung"), else 0 for the style's own et-al rules
     */
    String join(java.util.List<String> family, boolean others, int shown) {
        int from = shown > 0 ? shown + 1 : minimum;
        int keep = shown > 0 ? shown : first;
        if (others || (from > 0 && family.size() >= from)) {
            int kept = Math.min(keep, family.size());
            return String.join(", ", family.subList(0, kept)) + (etAlComma && kept > 1 ? ", " : " ") + etAl;
        }
        if (family.size() == 1) {
            return family.get(0);
        }
        String last = family.get(family.size() - 1);
        String before = String.join(", ", family.subList(0, family.size() - 1));
        boolean comma = always || (serial && family.size() > 2);
        return before + (comma ? "," : "") + and + last;
    }
}
