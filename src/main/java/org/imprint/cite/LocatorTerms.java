package org.imprint.cite;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locator terms of an article's language ("עמ'" and "עמוד" in Hebrew, "ص" in Arabic, "tr."
 * in Vietnamese, and terms of several words: "ghi chú", "رسم توضيحي", "صفحہ نمبر"), read from
 * its CSL locale's page, chapter, section, ... terms in every form, so
 * that a locator written in the article's language is one: without them "[@k, עמ' 12]" printed
 * its page after the citation, as text, and a second "Ibid." kept it. A term matches with or
 * without its full stop, and with an apostrophe, a right single quotation mark or the Hebrew
 * geresh alike.
 */
final class LocatorTerms implements Function<String, String> {

    /** CSL's locator terms, which are the labels too. */
    private static final List<String> LOCATORS = List.of("page", "chapter", "section", "paragraph", "volume", "figure",
            "line", "note", "column", "verse", "book", "part", "folio", "issue", "opus", "sub-verbo", "number");
    /** Page terms of languages citeproc-java has no CSL locale for, as their authors write them. */
    private static final Map<String, Map<String, String>> WITHOUT_LOCALE = Map.of(
            "ur", Map.of("ص", "page", "صفحہ", "page", "صفحات", "page", "باب", "chapter", "جلد", "volume",
                    "صفحہ نمبر", "page", "باب نمبر", "chapter", "جلد نمبر", "volume"));
    /** A term, its name among its attributes in any order (as {@link LocalePatch} writes them). */
    private static final Pattern TERM = Pattern.compile("(?s)<term\\b[^>]*?\\bname=\"([a-z-]+)\"[^>]*?(?:/>|>(.*?)</term>)");
    private static final Pattern FORM = Pattern.compile("<(?:single|multiple)>([^<]*)</(?:single|multiple)>");

    /** By term as {@link #normal} writes it; the first term of a form wins (chapter's "פ'" over paragraph's "פ."). */
    private final Map<String, String> exact;
    /** By term without its full stop, for a term written without it ("ص." and "ص", "tr" and "tr."). */
    private final Map<String, String> loose;

    private LocatorTerms(Map<String, String> exact, Map<String, String> loose) {
        this.exact = exact;
        this.loose = loose;
    }

    /** The terms of a language's CSL locale (or of {@link #WITHOUT_LOCALE}); none in English, whose are read anyway. */
    static LocatorTerms of(String language) {
        Map<String, String> exact = new HashMap<>();
        Map<String, String> loose = new HashMap<>();
        String base = Locale.forLanguageTag(language.replace('_', '-')).getLanguage();
        WITHOUT_LOCALE.getOrDefault(base, Map.of()).forEach((term, label) -> add(term, label, exact, loose));
        for (String xml : CslLocaleFiles.readable(language)) {
            Matcher term = TERM.matcher(xml);
            while (term.find()) {
                if (!LOCATORS.contains(term.group(1)) || term.group(2) == null) {
                    continue;
                }
                Matcher forms = FORM.matcher(term.group(2));
                boolean any = false;
                while (forms.find()) {
                    add(forms.group(1), term.group(1), exact, loose);
                    any = true;
                }
                if (!any) {
                    add(term.group(2), term.group(1), exact, loose);
                }
            }
        }
        return new LocatorTerms(exact, loose);
    }

    private static void add(String term, String label, Map<String, String> exact, Map<String, String> loose) {
        String normal = normal(term);
        if (normal.isEmpty() || normal.chars().anyMatch(Character::isDigit)) {
            return;
        }
        // "s.&#160;v." is written "s. v." and "s.v." alike
        for (String form : new String[] {normal, normal.replace(". ", ".")}) {
            exact.putIfAbsent(form, label);
            loose.putIfAbsent(stripped(form), label);
        }
    }

    /**
     * A term lower-cased, its apostrophes one ("'"), no tatweel (Arabic's "سـ"), no entities, the
     * words of a term of several ("sub verbo", "رسم توضيحي") one space apart.
     */
    private static String normal(String term) {
        return term.replace("&#160;", " ").replace("&amp;", "&").replaceAll("[\\s\u00A0\u202F]+", " ").strip()
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u05F3', '\'').replace("\u0640", "");
    }

    private static String stripped(String normal) {
        return normal.replaceAll("[.']+$", "").replaceAll("^'+", "");
    }

    /** The CSL label of a term written in a locator ("page"), or {@code null}. */
    @Override
    public String apply(String term) {
        String normal = normal(term);
        String label = exact.get(normal);
        return label != null ? label : loose.get(stripped(normal));
    }
}
