package org.imprint.cite;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL's form fallback for a style's own terms. A style's {@code <locale>} that sets a term in
 * its long form only (apa.csl copied with an Arabic locale: "محرر" for the editor) gives its
 * short and verb forms too, where neither the style nor the language's locale file defines
 * them: CSL looks a form up in every locale before it falls back to the next form. The locale
 * file is given citeproc-java with its missing forms filled in ({@link LocalePatch}), which
 * then came before the style's long term: the Arabic file's "(تحقيق)" beside the style's
 * "محرر", two words for one role. So each such form is written into the style's locale,
 * from the style's own next form; a form the file defines itself, or a style's locale, stays.
 */
final class StyleTermForms {

    /** A locale of the style: its attributes and its content. */
    private static final Pattern LOCALE = Pattern.compile("(?s)<locale\\b([^>]*?)(?<!/)>(.*?)</locale>");
    /** A term, empty or with its text (or single and multiple forms). */
    private static final Pattern TERM = Pattern.compile("(?s)<term\\b([^>]*?)(?:/>|>(.*?)</term>)");

    private StyleTermForms() {
    }

    /**
     * The style with the missing forms of its own terms written into its locales that apply to
     * the language: those without {@code xml:lang}, as {@link StyleLocales#forLanguage} leaves them.
     */
    static String apply(String xml, String language) {
        Set<String> defined = new HashSet<>();
        for (String file : CslLocaleFiles.corrected(language)) {
            defined.addAll(keys(file));
        }
        Set<String> style = new HashSet<>();
        Matcher locales = LOCALE.matcher(xml);
        while (locales.find()) {
            if (!locales.group(1).contains("xml:lang")) {
                style.addAll(keys(locales.group(2)));
            }
        }
        return LOCALE.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).contains("xml:lang") ? m.group() : filled(m.group(), style, defined)));
    }

    /** The locale with the forms its terms lack, from their next form in it. */
    private static String filled(String locale, Set<String> style, Set<String> file) {
        List<Term> terms = TERM.matcher(locale).results().map(Term::of).toList();
        StringBuilder added = new StringBuilder();
        Set<String> names = new LinkedHashSet<>();
        terms.stream().filter(t -> t.gender().isEmpty() && !t.name().contains("ordinal")).forEach(t -> names.add(t.name()));
        for (String name : names) {
            for (String form : LocalePatch.FILLED_FORMS) {
                if (style.contains(name + "|" + form) || file.contains(name + "|" + form)) {
                    continue;
                }
                for (String next : LocalePatch.FALLBACKS.get(form)) {
                    Term source = terms.stream()
                            .filter(t -> t.name().equals(name) && t.form().equals(next) && t.gender().isEmpty() && !t.empty())
                            .findFirst().orElse(null);
                    if (source != null) {
                        added.append("<term").append(source.attributes().replaceAll("\\s+form=\"[^\"]*\"", ""))
                                .append(" form=\"").append(form).append("\">").append(source.content()).append("</term>");
                        break;
                    }
                    if (file.contains(name + "|" + next)) {
                        break;   // the file's own next form comes first, as the filled file gives it
                    }
                }
            }
        }
        int end = locale.lastIndexOf("</terms>");
        return added.isEmpty() || end < 0 ? locale : locale.substring(0, end) + added + locale.substring(end);
    }

    /** The name and form of each non-empty term without a gender form ("editor|short"). */
    private static Set<String> keys(String xml) {
        Set<String> keys = new HashSet<>();
        TERM.matcher(xml).results().map(Term::of).filter(t -> !t.empty() && t.gender().isEmpty())
                .forEach(t -> keys.add(t.name() + "|" + t.form()));
        return keys;
    }

    /** A term as written: its attributes, name, form ("long" when none), gender form and content. */
    private record Term(String attributes, String name, String form, String gender, String content) {

        static Term of(MatchResult m) {
            String attributes = m.group(1);
            String form = StyleAttributes.value(attributes, "form");
            return new Term(attributes, StyleAttributes.value(attributes, "name"), form.isEmpty() ? "long" : form,
                    StyleAttributes.value(attributes, "gender-form"), m.group(2) == null ? "" : m.group(2));
        }

        /** Whether it has no text (an untranslated term of the CSL locales). */
        boolean empty() {
            return content.replaceAll("<[^>]*>", "").isBlank();
        }
    }
}
