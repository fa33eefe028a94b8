package org.imprint.cite;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * A status that is one of CSL's terms ("in press", "forthcoming"), in the article's language.
 * A status is a variable, printed as written, and BibTeX's {@code year = {in press}} and
 * BibLaTeX's {@code pubstate = {inpress}} are written in English ({@link DateWords}): a Malay,
 * Indonesian or Turkish article printed "(Novak, in press)" where its CSL locale says "dalam
 * proses cetakan", "dalam proses cetak", "basımda". Where the language's locale file has the
 * term, the status is its word, in the locale's case (a style's text-case is for the words an
 * author wrote, "In press"); where it has none (or no file), the status stays as written.
 */
final class StatusTerms {

    /** CSL's terms for a work not yet published, by their en-US words. */
    private static final List<String> TERMS = List.of("in press", "forthcoming");
    /** Words for a status sources write beside the locale's own: language, term, words. */
    private static final List<String[]> READ = readWords();

    private StatusTerms() {
    }

    /**
     * The sources, each whose status is one of CSL's terms, in English, in the article's language
     * or in the source's own language, in any case ("in press", "im druck"), given the article
     * language's word for it ("im Druck"; the term's English words where the article's locale has
     * none), so that they read and sort as one; a source whose issued date is only such a word
     * (BibTeX's {@code year = {im Druck}}, CSL JSON's {@code {"literal": "im Druck"}}) is undated
     * with that status, as an English "in press" is ({@link DateWords}). A German source's "im
     * Druck" cited in an English article was a date, printed as written and never lettered: APA's
     * "(Novak, im Druck; Novak, im Druck)" for two works, apart from the same author's "in press".
     */
    static Map<String, CSLItemData> translated(Map<String, CSLItemData> sources, String language) {
        return translated(sources, language, null);
    }

    /**
     * {@link #translated(Map, String)}, but a date in words that is a status stays that date
     * where the style cannot print the status in its place ({@link LiteralStatuses}; any style
     * for {@code null}).
     */
    static Map<String, CSLItemData> translated(Map<String, CSLItemData> sources, String language, String style) {
        return translated(sources, language, style, style == null ? null : StatusTypes.of(style));
    }

    /**
     * {@link #translated(Map, String)} in the words the style prints: its own locale's term
     * where it has one (andean-geology's Spanish "en prensa", european-environment-agency's
     * "forthcoming" for "in press"), the CSL locale's otherwise; no date stays a date.
     *
     * @param style the style's XML, or {@code null} for the CSL locale's words alone
     */
    static Map<String, CSLItemData> worded(Map<String, CSLItemData> sources, String language, String style) {
        return translated(sources, language, style, null);
    }

    private static Map<String, CSLItemData> translated(Map<String, CSLItemData> sources, String language, String style,
            StatusTypes types) {
        // printed in the words citeproc-java prints the rest in: en-US's for "sr-RS", which has no locale file of its own
        Map<String, String> article = words(CslLocaleFiles.printing(language, style), language, style, false);
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        sources.forEach((id, item) -> {
            Map<String, String> byWord = byLanguage.computeIfAbsent(
                    item.getLanguage() == null ? "" : item.getLanguage().strip(), own -> terms(article, own, style));
            String term = item.getStatus() == null ? null : byWord.get(key(item.getStatus()));
            String dated = literal(item);
            String asStatus = dated == null ? null : byWord.get(key(dated));
            if (term == null && asStatus == null) {
                out.put(id, item);
                return;
            }
            if (asStatus != null && types != null && (item.getStatus() == null || item.getStatus().isBlank())
                    && LiteralStatuses.staysDate(types, style, new CSLItemDataBuilder(item).issued((CSLDate) null).status(dated).build())) {
                out.put(id, item);   // citeproc-js prints the words as the date: no less
                return;
            }
            CSLItemDataBuilder b = new CSLItemDataBuilder(item);
            if (asStatus != null) {
                b.issued((CSLDate) null);
                if (term == null && (item.getStatus() == null || item.getStatus().isBlank())) {
                    term = asStatus;
                }
            }
            if (term != null) {
                String word = article.get(term);
                // the locale's word in its own case: APA lowercases the status, German's "im Druck" is no "im druck"
                b.status(word == null ? term : RichText.fromCsl("<span class=\"nocase\">" + word + "</span>"));
            }
            out.put(id, b.build());
        });
        return out;
    }

    /**
     * The CSL term each word for a status stands for: the term's English words, the words
     * sources write beside a locale's own ({@code status-words.txt}: Spanish "en prensa" where
     * the Spanish locale has "en imprenta"), whatever the article's and the source's language
     * (an English article printed a Spanish source's "en prensa" as written beside the same
     * author's "in press", which a Spanish one lettered with it), the word of the source's own
     * language (none for "") and the article's word, in lower case.
     */
    private static Map<String, String> terms(Map<String, String> article, String own, String style) {
        Map<String, String> byWord = new LinkedHashMap<>();
        TERMS.forEach(term -> byWord.put(term, term));
        // in any article: a Spanish source's "en prensa" (most sources name no language) is the status an English
        // or Persian article prints in its own word, as it prints the same author's "in press", and letters with it
        for (String[] read : READ) {
            byWord.put(key(read[2]), read[1]);
        }
        if (!own.isEmpty()) {
            words(own, own, style, true).forEach((term, word) -> byWord.put(key(word), term));
        }
        article.forEach((term, word) -> byWord.put(key(word), term));
        return byWord;
    }

    /**
     * Words as looked up, on both sides: spaces (a no-break one too, German's "i.\u00A0E.") collapsed,
     * case folded whatever the language's rules for I: Turkish "BASIMDA" is "basımda", which a
     * lower case by the root locale made "basimda", no status; dotted and dotless i are one.
     */
    static String key(String words) {
        return words.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)
                .replace("i\u0307", "i").replace('\u0131', 'i');
    }

    /** The words of a source's issued date that has no date parts (CSL's literal, or raw); null for none. */
    private static String literal(CSLItemData item) {
        CSLDate issued = item.getIssued();
        if (issued == null || (issued.getDateParts() != null && issued.getDateParts().length > 0)) {
            return null;
        }
        String words = issued.getLiteral() != null ? issued.getLiteral() : issued.getRaw();
        return words == null || words.isBlank() ? null : words;
    }

    /**
     * The language's long form of each term, by its en-US words: the style's own locale's
     * where it has one, as citeproc-java prints it, else the CSL locale files' (a later file's
     * wins, as citeproc-java reads them).
     *
     * @param files    the language whose CSL locale files give the words ({@link CslLocaleFiles#printing})
     * @param language the language whose locale of the style gives them first
     * @param reading  whether the words are read, not printed: a region without a file of its
     *                 own is read with its primary dialect's ({@link CslLocaleFiles#readable})
     */
    private static Map<String, String> words(String files, String language, String style, boolean reading) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String file : reading ? CslLocaleFiles.readable(files) : CslLocaleFiles.corrected(files)) {
            for (String term : TERMS) {
                Matcher m = Pattern.compile("<term\\s+name=\"" + Pattern.quote(term) + "\"\\s*(?:form=\"long\"\\s*)?>([^<]*)</term>")
                        .matcher(file);
                if (m.find() && !m.group(1).isBlank()) {
                    words.put(term, m.group(1).replace("&#160;", "\u00A0").replace("&amp;", "&").strip());
                }
            }
        }
        if (style != null) {
            for (String term : TERMS) {
                String own = StyleLocales.ownTerm(style, language, term);
                if (own != null && !own.isBlank()) {
                    words.put(term, own.strip());
                }
            }
        }
        words.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return words;
    }

    /** {@code status-words.txt}: language, term, words. */
    private static List<String[]> readWords() {
        try (java.io.InputStream in = StatusTerms.class.getResourceAsStream("status-words.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\s*\\|\\s*"))
                    .map(parts -> new String[] {parts[0].strip(), parts[1].strip(), parts[2].strip()})
                    .toList();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("status-words.txt is missing from the jar", e);
        }
    }
}
