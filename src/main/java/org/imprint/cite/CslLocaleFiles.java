package org.imprint.cite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import de.undercouch.citeproc.LocaleProvider;

import de.undercouch.citeproc.csl.internal.locale.LLocale;

/**
 * The CSL locale files (XML) on the classpath for an article's language, found as CSL says: the
 * language's primary dialect ("he" is {@code locales-he-IL.xml}, "vi" is {@code vi-VN}, "zh" is
 * {@code zh-CN}), then the region's own file where there is one ("pt-BR" over "pt-PT"). A region
 * without a file of its own ("es-AR", "de-LU", "it-CH") is printed in its language's primary
 * dialect, as citeproc-js prints it: citeproc-java refused the language then, and every word
 * ("n.d.", "In", "2nd ed.") came out en-US's without a warning.
 */
final class CslLocaleFiles {

    /** Where Imprint's corrections of the official locale files are ({@link LocalePatch}). */
    private static final String CORRECTIONS = "org/imprint/cite/locales/";
    /** CSL's last locale, whose terms stand for those a language's file lacks ({@link LocalePatch}). */
    private static final String ENGLISH = "en-US";

    private CslLocaleFiles() {
    }

    /**
     * The locale files for a language, the primary dialect's first, then the region's own
     * ({@code pt-BR} after {@code pt-PT}), so that a later file's term wins; none for a language
     * without one (Urdu).
     */
    static List<String> of(String language) {
        return tags(language).stream().map(CslLocaleFiles::read).filter(Objects::nonNull).toList();
    }

    /**
     * The locale files for a language, for reading what an author wrote in it (a locator's
     * "str."): those it is printed with ({@link #of}).
     */
    static List<String> readable(String language) {
        return of(language);
    }

    /**
     * Whether citeproc-java prints in the language's locale, given {@link #provider}: where the
     * primary dialect or the region has a file ("es-AR" has es-ES's, "sr-RS" sr-Latn-RS's);
     * else it prints the style's default locale or en-US ({@link Processor#fallbackLocale}), and
     * the words Imprint prints itself must come from that one too.
     */
    static boolean loaded(String language) {
        return tags(language).stream().anyMatch(t -> resource("locales-" + t + ".xml") != null);
    }

    /**
     * The language citeproc-java prints a style's words in for an article's language: that
     * language where {@link #loaded}, else the style's default locale, else en-US, as
     * {@link Processor} falls back.
     *
     * @param xml the style, or {@code null}
     */
    static String printing(String language, String xml) {
        if (loaded(language)) {
            return language;
        }
        java.util.regex.Matcher locale = xml == null ? null
                : java.util.regex.Pattern.compile("<style\\b[^>]*\\bdefault-locale=\"([^\"]+)\"").matcher(xml);
        return locale != null && locale.find() && loaded(locale.group(1)) ? locale.group(1) : ENGLISH;
    }

    /** Imprint's corrections of the locale files for a language, in the order of {@link #of}; none for most. */
    static List<String> corrections(String language) {
        return tags(language).stream().filter(t -> resource("locales-" + t + ".xml") != null)
                .map(t -> resource(CORRECTIONS + "locales-" + t + ".xml")).filter(Objects::nonNull).toList();
    }

    /** The locale files for a language as {@link #of}, with Imprint's corrections but no form filled in ({@link LocalePatch#corrected}). */
    static List<String> corrected(String language) {
        return tags(language).stream().map(t -> {
            String official = resource("locales-" + t + ".xml");
            return official == null ? null : LocalePatch.corrected(official, resource(CORRECTIONS + "locales-" + t + ".xml"));
        }).filter(Objects::nonNull).toList();
    }

    /** A style's locale, its attributes and its content. */
    private static final java.util.regex.Pattern STYLE_LOCALE = java.util.regex.Pattern.compile("(?s)<locale\\b([^>]*?)(?<!/)>(.*?)</locale>");

    /**
     * Where a term of the language is looked up, first to last: the style's own locales that
     * apply (those without {@code xml:lang}, as {@link StyleLocales#forLanguage} leaves them),
     * then the locale files, the region's own first, else citeproc-java's fallback, en-US.
     */
    static List<String> termSources(String xml, String language) {
        List<String> sources = new java.util.ArrayList<>();
        java.util.regex.Matcher locale = STYLE_LOCALE.matcher(xml);
        while (locale.find()) {
            if (!locale.group(1).contains("xml:lang")) {
                sources.add(locale.group(2));
            }
        }
        List<String> files = new java.util.ArrayList<>(of(language));
        if (files.isEmpty()) {
            files.addAll(of(ENGLISH));
        }
        java.util.Collections.reverse(files);
        sources.addAll(files);
        return sources;
    }

    private static final java.util.regex.Pattern IN_QUOTE = java.util.regex.Pattern.compile(
            "<style-options\\b[^>]*\\bpunctuation-in-quote=\"(true|false)\"");

    /**
     * Whether citeproc-java, printing in the language, sets a full stop or comma after a quoted
     * field inside its closing mark: the style-options of the first of {@link #termSources} that
     * has them (an Urdu article, without a locale file, takes en-US's: true).
     */
    static boolean punctuationInQuote(String xml, String language) {
        for (String source : termSources(xml, language)) {
            java.util.regex.Matcher option = IN_QUOTE.matcher(source);
            if (option.find()) {
                return option.group(1).equals("true");
            }
        }
        return false;
    }

    private static List<String> tags(String language) {
        String lang = language.replace('_', '-');
        String root = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        String primary = LLocale.PRIMARY_DIALECTS.get(root.toLowerCase(Locale.ROOT));
        List<String> tags = new ArrayList<>();
        if (primary != null && !primary.equals(lang)) {
            tags.add(primary);
        }
        if (lang.contains("-") || tags.isEmpty()) {
            tags.add(lang);
        }
        return tags;
    }

    /**
     * The locale file for a tag ("he-IL") as citeproc-java is given it: with Imprint's
     * corrections, the en-US terms it lacks in every form, and CSL's form fallbacks
     * ({@link LocalePatch}), its ordinal days marked ({@link Ordinals#markDays}); {@code null} when there is none.
     */
    static String read(String tag) {
        String official = resource("locales-" + tag + ".xml");
        return official == null ? null : Ordinals.markDays(LocalePatch.apply(official, resource(CORRECTIONS + "locales-" + tag + ".xml"),
                tag.equals(ENGLISH) ? null : resource("locales-" + ENGLISH + ".xml")));
    }

    /**
     * The locale files as citeproc-java's locale provider, each read once: as {@link #read}; for
     * a region without a file of its own whose language's primary dialect has one ("es-AR"), a
     * locale without terms, so that citeproc-java, which loads the primary dialect's file and
     * then the region's, prints the primary dialect's words (CSL's fallback) instead of refusing
     * the language; an {@link IllegalArgumentException} for a tag of neither, as citeproc-java's
     * own provider. For printing in {@code language}: where it is a region with a file of its
     * own beside its language's primary dialect ("en-GB" beside "en-US"), the primary dialect's file comes with the region's date formats and style
     * options. citeproc-java loads the primary dialect's file, then the region's, and keeps only
     * the region's terms (it drops what its merge returns; the terms are changed in place): every
     * such region printed the primary dialect's dates and punctuation, en-GB "January 15, 2023"
     * and "‘A study,’" for "15 January 2023" and "‘A study’," (found by h15y).
     */
    static LocaleProvider provider(String language) {
        List<String> tags = tags(language);
        String primary = tags.size() == 2 ? tags.get(0) : null;
        String region = tags.size() == 2 ? tags.get(1) : null;
        Map<String, String> read = new ConcurrentHashMap<>();
        return tag -> {
            String xml = read.computeIfAbsent(tag, t -> {
                String file = read(t);
                if (file != null && t.equals(primary)) {
                    String regional = read(region);
                    return regional == null ? file : withDatesAndOptions(file, regional);
                }
                if (file == null && loaded(t)) {
                    return "<locale xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" xml:lang=\"" + t + "\"/>";
                }
                return Objects.requireNonNullElse(file, "");
            });
            if (xml.isEmpty()) {
                throw new IllegalArgumentException("no CSL locale file for " + tag);
            }
            return xml;
        };
    }

    /** A date format of a locale file, by its form. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(?s)<date(?=\\s)[^>]*\\bform=\"([a-z]+)\"[^>]*>.*?</date>");
    private static final java.util.regex.Pattern OPTIONS = java.util.regex.Pattern.compile(
            "(?s)<style-options\\b[^>]*?(?:/>|>.*?</style-options>)");

    /**
     * A locale file with the date formats and style options of another (a region's) in place of
     * its own, as CSL merges a region's file over its language's primary dialect.
     */
    static String withDatesAndOptions(String file, String regional) {
        String out = file;
        java.util.regex.Matcher date = DATE.matcher(regional);
        while (date.find()) {
            String form = date.group(1);
            String own = date.group();
            java.util.regex.Matcher same = java.util.regex.Pattern.compile(
                    "(?s)<date(?=\\s)[^>]*\\bform=\"" + form + "\"[^>]*>.*?</date>").matcher(out);
            out = same.find() ? out.substring(0, same.start()) + own + out.substring(same.end())
                    : out.replaceFirst("</locale>\\s*$", java.util.regex.Matcher.quoteReplacement(own + "</locale>"));
        }
        java.util.regex.Matcher options = OPTIONS.matcher(regional);
        if (options.find()) {
            java.util.regex.Matcher same = OPTIONS.matcher(out);
            String own = options.group();
            out = same.find() ? out.substring(0, same.start()) + own + out.substring(same.end())
                    : out.replaceFirst("</locale>\\s*$", java.util.regex.Matcher.quoteReplacement(own + "</locale>"));
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = CslLocaleFiles.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
