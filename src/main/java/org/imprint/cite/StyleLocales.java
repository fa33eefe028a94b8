package org.imprint.cite;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
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
    /** A locale of the style, with or without a language, and its terms. */
    private static final Pattern LOCALE_BLOCK = Pattern.compile("(?s)<locale\\b([^>]*?)(?<!/)>(.*?)</locale>");
    private static final Pattern LANG = Pattern.compile("\\bxml:lang=\"([^\"]*)\"");
    /** A term with a plain text (no single and multiple forms). */
    private static final Pattern TERM = Pattern.compile("<term\\b([^>]*)>([^<]*)</term>");

    private StyleLocales() {
    }

    /**
     * The style with the locales that apply to the language as one locale without a language
     * tag. citeproc-java reads only the first locale without one: anabases' German quotation
     * marks (« ») were lost behind its locale of style options alone, and „ “ printed (found with
     * bench/cite-sample.py, 19 bundled styles). A term, date format or style option of the
     * language and region wins over the language's, which wins over one without a language.
     */
    static String forLanguage(String xml, String language) {
        Locale article = article(language);
        Matcher m = LOCALE.matcher(xml);
        String untagged = m.replaceAll(match -> {
            Locale style = Locale.forLanguageTag(match.group(2));
            boolean applies = style.getLanguage().equals(article.getLanguage())
                    && (style.getCountry().isEmpty() || style.getCountry().equals(article.getCountry()));
            String rank = style.getCountry().isEmpty() ? "1" : "2";
            return Matcher.quoteReplacement(applies ? "<locale" + match.group(1) + match.group(3) + " " + RANK + "=\"" + rank + "\">" : match.group());
        });
        return merged(untagged);
    }

    /** Marks, for {@link #merged}, a locale that applies by its language (1) or its language and region (2). */
    private static final String RANK = "imprint-rank";
    private static final Pattern UNTAGGED = Pattern.compile("(?s)<locale\\b(?![^>]*\\bxml:lang=)([^>]*?)(/>|>(.*?)</locale>)");
    private static final Pattern RANKED = Pattern.compile("\\s*" + RANK + "=\"(\\d)\"");
    private static final Pattern TERM_ELEMENT = Pattern.compile("(?s)<term\\b([^>]*?)(?:/>|>(.*?)</term>)");
    private static final Pattern DATE_FORMAT = Pattern.compile("(?s)<date\\b([^>]*)>.*?</date>");
    private static final Pattern OPTIONS = Pattern.compile("<style-options\\b([^>]*?)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

    /** The style with its locales without a language as one, in place of the first. */
    private static String merged(String xml) {
        List<MatchResult> found = UNTAGGED.matcher(xml).results().toList();
        if (found.size() < 2) {
            return RANKED.matcher(xml).replaceAll("");
        }
        Map<String, String> terms = new LinkedHashMap<>();
        Map<String, String> dates = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (MatchResult block : found) {
            Matcher rank = RANKED.matcher(block.group(1));
            int at = rank.find() ? Integer.parseInt(rank.group(1)) : 0;
            String content = block.group(3) == null ? "" : block.group(3);
            Matcher term = TERM_ELEMENT.matcher(content);
            while (term.find()) {
                String a = term.group(1);
                put(terms, ranks, "term|" + StyleAttributes.value(a, "name") + "|" + StyleAttributes.value(a, "form") + "|"
                        + StyleAttributes.value(a, "gender-form"), term.group(), at);
            }
            Matcher date = DATE_FORMAT.matcher(content);
            while (date.find()) {
                put(dates, ranks, "date|" + StyleAttributes.value(date.group(1), "form"), date.group(), at);
            }
            Matcher option = OPTIONS.matcher(content);
            while (option.find()) {
                Matcher attribute = ATTRIBUTE.matcher(option.group(1));
                while (attribute.find()) {
                    put(options, ranks, "option|" + attribute.group(1), attribute.group(), at);
                }
            }
        }
        StringBuilder out = new StringBuilder(xml.substring(0, found.get(0).start())).append("<locale>");
        if (!options.isEmpty()) {
            out.append("<style-options ").append(String.join(" ", options.values())).append("/>");
        }
        dates.values().forEach(out::append);
        out.append("<terms>");
        terms.values().forEach(out::append);
        out.append("</terms></locale>");
        for (int i = 0; i < found.size(); i++) {
            out.append(xml, found.get(i).end(), i + 1 < found.size() ? found.get(i + 1).start() : xml.length());
        }
        return out.toString();
    }

    /** Puts a value unless one of a higher rank is there; of the same rank, the later wins, as citeproc-java reads a locale. */
    private static void put(Map<String, String> values, Map<String, Integer> ranks, String key, String value, int rank) {
        if (ranks.getOrDefault(key, -1) <= rank) {
            values.put(key, value);
            ranks.put(key, rank);
        }
    }

    /**
     * A term in its long form ("et-al", "and") as the style prints it in a language: the style's
     * own locales first, in CSL's order (the language and region, the language, no language),
     * then the CSL locale on the classpath, as citeproc-java looks terms up; {@code otherwise}
     * when neither has it. apa.csl's German locale keeps "et al." where the German locale has "u. a.".
     *
     * @param xml the style as written, its locales with their languages
     */
    static String term(String xml, String language, String name, String otherwise) {
        String found = ownTerm(xml, language, name);
        return found != null ? found : classpathTerm(language, name, otherwise);
    }

    /**
     * A term in its long form as the style's own locales word it for a language, in CSL's order
     * (the language and region, the language, no language); {@code null} when none has it.
     *
     * @param xml the style, its locales with their languages or without those that apply
     */
    static String ownTerm(String xml, String language, String name) {
        Locale article = article(language);
        String found = null;
        int rank = Integer.MAX_VALUE;
        Matcher locale = LOCALE_BLOCK.matcher(xml);
        while (locale.find()) {
            Matcher lang = LANG.matcher(locale.group(1));
            int at;
            if (!lang.find()) {
                at = 2;
            } else {
                Locale style = Locale.forLanguageTag(lang.group(1));
                if (!style.getLanguage().equals(article.getLanguage())) {
                    continue;
                }
                if (style.getCountry().isEmpty()) {
                    at = 1;
                } else if (style.getCountry().equals(article.getCountry())) {
                    at = 0;
                } else {
                    continue;
                }
            }
            String term = termIn(locale.group(2), name);
            if (term != null && at < rank) {
                found = term;
                rank = at;
            }
        }
        return found;
    }

    /**
     * The article's language as CSL reads it: a language without a region is its primary
     * dialect ("en" is "en-US", "de" is "de-DE", as citeproc-js and citeproc-java choose its
     * locale file), so a style's {@code <locale xml:lang="en-US">} applies to an article in
     * "en": european-environment-agency's "forthcoming" for "in press" was lost.
     */
    private static Locale article(String language) {
        Locale article = Locale.forLanguageTag(language.replace('_', '-'));
        if (article.getCountry().isEmpty()) {
            String primary = de.undercouch.citeproc.csl.internal.locale.LLocale.PRIMARY_DIALECTS.get(article.getLanguage());
            if (primary != null) {
                return Locale.forLanguageTag(primary);
            }
        }
        return article;
    }

    /** The long form of a term in a locale's XML, or {@code null}. */
    private static String termIn(String xml, String name) {
        Matcher m = TERM.matcher(xml);
        while (m.find()) {
            String attributes = m.group(1);
            Matcher form = Pattern.compile("\\bform=\"([^\"]*)\"").matcher(attributes);
            if (attributes.matches("(?s).*\\bname=\"" + Pattern.quote(name) + "\".*") && (!form.find() || form.group(1).equals("long"))) {
                return m.group(2).replace("&#160;", "\u00A0").replace("&amp;", "&");
            }
        }
        return null;
    }

    /** A term of the article language's CSL locale files ({@code otherwise} when none has it). */
    private static String classpathTerm(String language, String name, String otherwise) {
        List<String> files = CslLocaleFiles.of(language);
        for (int i = files.size() - 1; i >= 0; i--) {
            String term = termIn(files.get(i), name);
            if (term != null) {
                return term;
            }
        }
        return otherwise;
    }
}
