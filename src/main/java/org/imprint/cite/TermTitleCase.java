package org.imprint.cite;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role label or term a style sets in title case ({@code <label form="short" text-case="title"/>},
 * 189 bundled styles, and {@code <text term="in" text-case="title"/>}, 17): citeproc-java 3.5
 * applies title case only when the item's language, or failing one the article's, is English, so
 * APA in Spanish printed "(S. Ss, ed.; S. Ss, trad.)" and "(eds.)" where citeproc-js, which
 * keeps a term's title case in every language, prints "Ed.", "Trad.", "(Eds.)"; French lost
 * "Éds.", Portuguese "Ed.", Italian "A c. di". In an article that is not in English such a label
 * or term is set with {@code capitalize-all}, which citeproc-java applies in any language: for a
 * term of one word (nearly all role labels) it is the same as title case; a term of several words
 * has each word capitalised, where title case would keep an English stop word ("c." in Italian's
 * "a c. di") in lower case. In English the style is left as it is, so English stop words keep
 * their case.
 */
final class TermTitleCase {

    /** A label, or a text printing a term, with title case. */
    private static final Pattern TITLE_TERM = Pattern.compile(
            "<(?:label\\b|text\\b(?=[^>]*\\bterm=\"))[^>]*?\\btext-case=\"title\"[^>]*>");

    private TermTitleCase() {
    }

    /** The style with its title-cased labels and terms capitalised word by word, when the language is not English. */
    static String apply(String xml, String language) {
        if (Locale.forLanguageTag(language).getLanguage().equals("en")) {
            return xml;
        }
        return TITLE_TERM.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(
                m.group().replace("text-case=\"title\"", "text-case=\"capitalize-all\"")));
    }
}
