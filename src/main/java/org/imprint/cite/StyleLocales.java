package org.imprint.cite;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style's own terms ({@code <locale xml:lang="en"><terms>}: Chicago's "ed." and "trans."
 * where the English locale has "ed. by" and "trans. by") made to reach citeproc-java 3.5, which
 * applies a style's locale only when its language tag and the requested one happen to fit its
 * own comparison: a locale for "en" is ignored for an article in "en", one for "en-GB" for an
 * article in "en-GB", one for "fr" for "fr". A locale with no language applies to every
 * language, in citeproc-java as in CSL; so each locale of the style that CSL applies to the
 * article's language (its language alone, or that language and the article's region) loses its
 * {@code xml:lang}.
 */
final class StyleLocales {

    private static final Pattern LOCALE = Pattern.compile("<locale\\b([^>]*)\\bxml:lang=\"([^\"]*)\"([^>]*)>");

    private StyleLocales() {
    }

    /** The style with the locales that apply to the language without their language tag. */
    static String forLanguage(String xml, String language) {
        Locale article = Locale.forLanguageTag(language);
        Matcher m = LOCALE.matcher(xml);
        return m.replaceAll(match -> {
            Locale style = Locale.forLanguageTag(match.group(2));
            boolean applies = style.getLanguage().equals(article.getLanguage())
                    && (style.getCountry().isEmpty() || style.getCountry().equals(article.getCountry()));
            return Matcher.quoteReplacement(applies ? "<locale" + match.group(1) + match.group(3) + ">" : match.group());
        });
    }
}
