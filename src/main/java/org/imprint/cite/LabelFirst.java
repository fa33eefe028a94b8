package org.imprint.cite;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number whose language writes its label first: Hebrew says "מהדורה 2" (edition 2), where a
 * style, written for English, sets the number and then its label ("2nd ed.", APA's
 * {@code <number variable="edition" form="ordinal"/><label variable="edition" form="short"/>}),
 * and printed "2 מהדורה". CSL has no locale setting for the order, so Imprint's correction of
 * the language's locale file names the variables so written
 * ({@code <imprint:label-first variable="edition"/>}); in the style, a number of such a variable
 * directly followed by its label, or by the term of the same name, changes places with it.
 * The affixes stay where they were written ({@link #AFFIXES}): they belong to the positions,
 * the space or full stop between and after the two (biomed-central's "2nd edition.", {@code suffix="."} on the term),
 * so the label takes the number's and the number the label's. Moved with their elements,
 * biomed-central printed "מהדורה. 2" and a term's {@code prefix=" "} ran the number on: "מהדורה2".
 * A style that words the label itself in a locale of no language (springer-basic-author-date's
 * "edn.") prints its own words, in every language, and keeps its order ("2nd edn."): swapped,
 * the English "edn. 2" read as neither language.
 */
final class LabelFirst {

    private static final Pattern MARK = Pattern.compile("<(?:\\w+:)?label-first\\b[^>]*\\bvariable=\"([a-z-]+)\"");

    /** The attributes that belong to an element's place rather than to the element. */
    private static final Pattern AFFIXES = Pattern.compile("\\s+(prefix|suffix)=(\"[^\"]*\"|'[^']*')");

    private LabelFirst() {
    }

    /** A locale of a style with no language, which applies in every language. */
    private static final Pattern ANY_LANGUAGE = Pattern.compile("(?s)<locale\\b(?![^>]*\\bxml:lang=)[^>]*>(.*?)</locale>");

    /**
     * The style with each number of such a variable after its label; the style itself in most languages.
     *
     * @param xml     the style
     * @param written the style as written, its locales with their languages
     */
    static String apply(String xml, String language, String written) {
        List<String> variables = CslLocaleFiles.corrections(language).stream()
                .flatMap(c -> MARK.matcher(c).results().map(m -> m.group(1))).distinct()
                .filter(variable -> !ownTerm(written, variable)).toList();
        String out = xml;
        for (String variable : variables) {
            String v = Pattern.quote(variable);
            Pattern pair = Pattern.compile("(<number\\b[^>]*\\bvariable=\"" + v + "\"[^>]*/>)(\\s*)"
                    + "(<label\\b[^>]*\\bvariable=\"" + v + "\"[^>]*/>|<text\\b[^>]*\\bterm=\"" + v + "\"[^>]*/>)");
            out = pair.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                    withAffixesOf(m.group(3), m.group(1)) + m.group(2) + withAffixesOf(m.group(1), m.group(3))));
        }
        return out;
    }

    /** Whether the style words the variable's term itself in a locale of no language. */
    private static boolean ownTerm(String written, String variable) {
        Pattern term = Pattern.compile("<term\\b[^>]*\\bname=\"" + Pattern.quote(variable) + "\"");
        return ANY_LANGUAGE.matcher(written).results().anyMatch(locale -> term.matcher(locale.group(1)).find());
    }

    /** The element without its own affixes and with those of the element whose place it takes. */
    private static String withAffixesOf(String element, String place) {
        String bare = AFFIXES.matcher(element).replaceAll("");
        StringBuilder affixes = new StringBuilder();
        AFFIXES.matcher(place).results().forEach(a -> affixes.append(a.group()));
        int end = bare.lastIndexOf("/>");
        return bare.substring(0, end).stripTrailing() + affixes + bare.substring(end);
    }
}
