package org.imprint.cite;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;


/**
 * A CSL locale's ordinal terms, as CSL 1.0.2 applies them and citeproc-java 3.5 does not (it has
 * no gendered terms): "ordinal" and "ordinal-00" to "ordinal-99" with their {@code match}, and
 * "long-ordinal-01" to "-10", each in the gender of the term the number counts (French
 * "1ʳᵉ éd." for the feminine "édition", "1ᵉʳ" for a masculine term; Vietnamese, whose locale has
 * empty ordinal terms, "2"). The locale is the one citeproc-java reads: the language's primary
 * dialect, its own region's file over it, the style's locales over both (whose ordinal terms,
 * if it has any, replace the file's, as CSL says).
 */
final class OrdinalTerms {

    /** A term's text by name and gender form ("" neuter), and how its number matches ("" default). */
    private record Term(String text, String match) {
    }

    private static final Pattern LOCALE_BLOCK = Pattern.compile("(?s)<locale\\b([^>]*?)(?<!/)>(.*?)</locale>");
    private static final Pattern LANG = Pattern.compile("\\bxml:lang=\"([^\"]*)\"");

    /** Ordinal terms by name and gender form ("ordinal-01|feminine"). */
    private final Map<String, Term> ordinals;
    /** The gender of each gendered term ("edition" → "feminine"). */
    private final Map<String, String> genders;
    /** Whether only the first day of a month is an ordinal ({@code limit-day-ordinals-to-day-1}). */
    private final boolean dayOneOnly;

    private OrdinalTerms(Map<String, Term> ordinals, Map<String, String> genders, boolean dayOneOnly) {
        this.ordinals = ordinals;
        this.genders = genders;
        this.dayOneOnly = dayOneOnly;
    }

    /** The terms for a style in a language. */
    static OrdinalTerms of(String styleXml, String language) {
        Map<String, Term> ordinals = new HashMap<>();
        Map<String, String> genders = new HashMap<>();
        Map<String, String> options = new HashMap<>();
        String lang = language.replace('_', '-');
        List<String> found = CslLocaleFiles.of(language);
        // a language with no CSL locale (Urdu) is set in en-US's terms by citeproc-java: "2nd ed."
        for (String xml : found.isEmpty() ? CslLocaleFiles.of("en-US") : found) {
            read(xml, ordinals, genders, false);
            options(xml, options);
        }
        // the style's locales in citeproc-java's order: no language, the language, the language and region
        Locale article = Locale.forLanguageTag(lang);
        for (int rank = 2; rank >= 0; rank--) {
            Matcher block = LOCALE_BLOCK.matcher(styleXml);
            while (block.find()) {
                Matcher tag = LANG.matcher(block.group(1));
                int at = 2;
                if (tag.find()) {
                    Locale style = Locale.forLanguageTag(tag.group(1));
                    if (!style.getLanguage().equals(article.getLanguage())
                            || (!style.getCountry().isEmpty() && !style.getCountry().equals(article.getCountry()))) {
                        continue;
                    }
                    at = style.getCountry().isEmpty() ? 1 : 0;
                }
                if (at == rank) {
                    read("<locale>" + block.group(2) + "</locale>", ordinals, genders, true);
                    options(block.group(2), options);
                }
            }
        }
        return new OrdinalTerms(ordinals, genders, options.getOrDefault(DAY_ONE_ONLY, "false").equals("true"));
    }

    private static final String DAY_ONE_ONLY = "limit-day-ordinals-to-day-1";
    private static final Pattern OPTION = Pattern.compile("<style-options\\b[^>]*?\\b" + DAY_ONE_ONLY + "=\"([^\"]*)\"");

    /** The locale's {@code limit-day-ordinals-to-day-1}, if it sets it, over what earlier locales set. */
    private static void options(String xml, Map<String, String> options) {
        Matcher option = OPTION.matcher(xml);
        if (option.find()) {
            options.put(DAY_ONE_ONLY, option.group(1).trim());
        }
    }

    /**
     * A day of the month as an ordinal ("1st", German "2.", French "1ᵉʳ"), in the gender of the
     * months, as citeproc-js takes it (the locales that give months a gender give them all the
     * same); a plain number other than 1 where the locale or the style limits day ordinals to the
     * first (French "2 février").
     */
    String day(long n) {
        return dayOneOnly && n != 1 ? Long.toString(n) : ordinal(n, genders.getOrDefault("month-01", ""));
    }

    /** The gender of the term a number variable counts ("edition" for edition), "" for none. */
    String genderOf(String variable) {
        String term = switch (variable) {
            case "chapter-number" -> "chapter";
            case "collection-number" -> "issue";
            case "number-of-volumes" -> "volume";
            default -> variable;
        };
        return genders.getOrDefault(term, "");
    }

    /** A number with the locale's ordinal suffix in a gender ("" neuter): "2nd", "1ʳᵉ", "2.". */
    String ordinal(long n, String gender) {
        // "ordinal-10" to "-99" before "-00" to "-09": 13 is "13th", not "13rd"
        for (int t = 10; t <= 99; t++) {
            Term term = exact("ordinal-" + t, gender);
            if (term != null && (term.match().equals("whole-number") ? n == t : n % 100 == t)) {
                return n + term.text();
            }
        }
        for (int t = 0; t <= 9; t++) {
            Term term = exact("ordinal-0" + t, gender);
            if (term != null && switch (term.match()) {
                case "whole-number" -> n == t;
                case "last-two-digits" -> n % 100 == t;
                default -> n % 10 == t;
            }) {
                return n + term.text();
            }
        }
        Term fallback = find("ordinal", gender);
        return n + (fallback == null ? "" : fallback.text());
    }

    /** A number from one to ten as the locale's word ("second", "deuxième"); an ordinal above. */
    String longOrdinal(long n, String gender) {
        Term term = n >= 1 && n <= 10 ? find(String.format(Locale.ROOT, "long-ordinal-%02d", n), gender) : null;
        return term != null ? term.text() : ordinal(n, gender);
    }

    /**
     * A term in the gender, else its neuter form (CSL), else, for a term a locale gives only in
     * genders, its feminine form and then its masculine, as citeproc-js takes them: pt-PT has only
     * a masculine ".º" and a feminine ".ª", so APA in Portuguese printed "2 ed." where citeproc-js
     * prints "2.ª ed."; {@code null} when none is defined.
     */
    private Term find(String name, String gender) {
        Term term = exact(name, gender);
        if (term == null) {
            term = ordinals.get(name + "|feminine");
        }
        return term != null ? term : ordinals.get(name + "|masculine");
    }

    /**
     * A term in the gender, else its neuter form, as citeproc-js looks up "ordinal-00" to
     * "-99": pt-BR has "ordinal-01" only as a masculine "º" and a feminine "ª", so a day, whose
     * months have no gender there, is "1º" from its "ordinal" ("1ª" from the feminine was wrong).
     */
    private Term exact(String name, String gender) {
        Term term = gender.isEmpty() ? null : ordinals.get(name + "|" + gender);
        return term != null ? term : ordinals.get(name + "|");
    }

    private static void read(String xml, Map<String, Term> ordinals, Map<String, String> genders, boolean replacesOrdinals) {
        NodeList terms;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            terms = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getElementsByTagName("term");
        } catch (Exception e) {
            return;   // a style citeproc-java reads its own way; its ordinals stay the file's
        }
        Map<String, Term> found = new HashMap<>();
        for (int i = 0; i < terms.getLength(); i++) {
            Element term = (Element) terms.item(i);
            String name = term.getAttribute("name");
            String form = term.getAttribute("form");
            if (!term.getAttribute("gender").isEmpty() && (form.isEmpty() || form.equals("long"))) {
                genders.put(name, term.getAttribute("gender"));
            }
            if (name.equals("ordinal") || name.matches("(long-)?ordinal-\\d\\d")) {
                found.put(name + "|" + term.getAttribute("gender-form"), new Term(term.getTextContent(), term.getAttribute("match")));
            }
        }
        if (replacesOrdinals && found.keySet().stream().anyMatch(k -> !k.startsWith("long-"))) {
            ordinals.keySet().removeIf(k -> !k.startsWith("long-"));
        }
        ordinals.putAll(found);
    }
}
