package org.imprint.cite;

import java.lang.reflect.Field;
import java.text.CollationKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.util.ULocale;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SSort;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.helper.AlphanumComparator;

/**
 * A style's own sort (its {@code <sort>} keys, rendered by citeproc-java) compared with the
 * collation of the article's language. citeproc-java compares the keys with the JDK's collator,
 * which knows no letter outside Western Europe's: "Đặng" and "Ørsted" come after "Zhang" in
 * English. ICU's collation (CLDR) puts "Đ" after "D" and "Ø" after "O", and follows the
 * language's own alphabet (Vietnamese, Swedish, ...).
 *
 * <p>citeproc-java makes its comparator anew for each sort and takes the JDK collator itself; the
 * comparator is made here the same way, key by key of the style's sort, with ICU's collator in
 * place of the JDK's, and with name-list keys ({@code <key variable="author"/>}), which
 * citeproc-java leaves unsorted, compared by their names. Where citeproc-java's internals are not as expected, there is no comparator and
 * citeproc-java's order stands.
 */
final class CollatedSort {

    private static final Pattern CITATION_SORT = Pattern.compile("(?s)<citation\\b.*?</citation>");
    private static final Pattern BIBLIOGRAPHY_SORT = Pattern.compile("(?s)<bibliography\\b.*?</bibliography>");
    private static final Pattern SORT = Pattern.compile("(?s)<sort\\b.*?</sort>");
    private static final Pattern KEY = Pattern.compile("<key\\b[^>]*>");

    /**
     * Sources the keys do not tell apart (same authors, same year) by their year letters
     * ({@link YearSuffixes}): "2020a, 2020b" in a citation of both, whatever order they were cited in.
     * The letters follow the reference list's order, so the list keeps it. a, ..., z, aa, ...: the
     * shorter first.
     */
    private static final Comparator<CSLItemData> YEAR_SUFFIX = Comparator.comparing(
            (CSLItemData item) -> item.getYearSuffix() == null ? "" : item.getYearSuffix(),
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    private CollatedSort() {
    }

    /**
     * The comparator of the style's citation sort with the language's collation, or {@code null}
     * when the style does not sort its citations, or sorts them by number (the order cited).
     */
    static Comparator<CSLItemData> citation(CSL csl, String xml, String language) {
        return byName(xml, CITATION_SORT) ? comparator(csl, xml, language, true) : null;
    }

    /**
     * The comparator of the style's reference-list sort with the language's collation, or
     * {@code null} when the list is not sorted, sorted by number, or numbered (numbers given in
     * citeproc-java's order would come out of order).
     */
    static Comparator<CSLItemData> bibliography(CSL csl, String xml, String language) {
        return byName(xml, BIBLIOGRAPHY_SORT) && !xml.contains("citation-number") ? comparator(csl, xml, language, false) : null;
    }

    /** Whether the part of the style has a sort that does not involve citation numbers. */
    private static boolean byName(String xml, Pattern part) {
        Matcher m = part.matcher(xml);
        if (!m.find()) {
            return false;
        }
        Matcher sort = SORT.matcher(m.group());
        if (!sort.find()) {
            return false;
        }
        if (sort.group().contains("citation-number")) {
            return false;
        }
        // a macro key may number: its definition decides
        Matcher macros = Pattern.compile("macro=\"([^\"]+)\"").matcher(sort.group());
        while (macros.find()) {
            Matcher definition = Pattern.compile("(?s)<macro\\s+name=\"" + Pattern.quote(macros.group(1)) + "\".*?</macro>").matcher(xml);
            if (definition.find() && definition.group().contains("citation-number")) {
                return false;
            }
        }
        return true;
    }

    /** The {@code <key>} elements of a part's sort, in order. */
    private static List<String> keyElements(String xml, Pattern part) {
        List<String> keys = new ArrayList<>();
        Matcher m = part.matcher(xml);
        Matcher sort = m.find() ? SORT.matcher(m.group()) : null;
        if (sort != null && sort.find()) {
            Matcher key = KEY.matcher(sort.group());
            while (key.find()) {
                keys.add(key.group());
            }
        }
        return keys;
    }

    private static int attribute(String element, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"(\\d+)\"").matcher(element);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Comparator<CSLItemData> comparator(CSL csl, String xml, String language, boolean citation) {
        try {
            SStyle style = (SStyle) read(csl, "style");
            SSort sort = citation ? style.getCitation().getSort() : style.getBibliography().getSort();
            if (sort == null) {
                return null;
            }
            var locale = (de.undercouch.citeproc.csl.internal.locale.LLocale) read(csl, "locale");
            var abbreviations = (de.undercouch.citeproc.AbbreviationProvider) read(csl, "abbreviationProvider");
            @SuppressWarnings("unchecked")
            List<SKey> keys = List.copyOf((List<SKey>) read(sort, "keys"));
            List<String> variables = new ArrayList<>();
            // the keys that are name lists: a variable key of names, or a macro that renders names
            boolean[] names = new boolean[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                variables.add((String) read(keys.get(i), "variable"));
                String macro = (String) read(keys.get(i), "macro");
                names[i] = macro != null ? rendersNames(xml, macro) : NAME_VARIABLES.contains(variables.get(i));
            }
            // a name-list key's names-min and names-use-first (CSL: et-al for the key), by the key's place
            List<String> elements = keyElements(xml, citation ? CITATION_SORT : BIBLIOGRAPHY_SORT);
            int[] min = new int[keys.size()];
            int[] first = new int[keys.size()];
            for (int i = 0; i < keys.size() && elements.size() == keys.size(); i++) {
                min[i] = attribute(elements.get(i), "names-min");
                first[i] = attribute(elements.get(i), "names-use-first");
            }
            boolean demote = Particles.applies(xml);
            AlphanumComparator alphanum = new AlphanumComparator(java.util.Locale.ROOT);
            write(alphanum, "collator", new IcuCollator(ULocale.forLanguageTag(language)));
            return (a, b) -> {
                for (int i = 0; i < keys.size(); i++) {
                    String x = key(keys.get(i), variables.get(i), new RenderContext(style, locale, a, abbreviations), demote, min[i], first[i]);
                    String y = key(keys.get(i), variables.get(i), new RenderContext(style, locale, b, abbreviations), demote, min[i], first[i]);
                    // as citeproc-java's comparator: a source without the key comes last either way
                    if (x.isEmpty() != y.isEmpty()) {
                        return x.isEmpty() ? 1 : -1;
                    }
                    int c = (names[i] ? byNamePart(alphanum::compare, x, y) : alphanum.compare(x, y)) * keys.get(i).getSort();
                    if (c != 0) {
                        return c;
                    }
                }
                return YEAR_SUFFIX.compare(a, b);
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** CSL's name variables, whose keys are compared name part by name part. */
    private static final java.util.Set<String> NAME_VARIABLES = java.util.Set.of("author", "editor", "translator",
            "collection-editor", "container-author", "composer", "director", "editorial-director", "interviewer",
            "illustrator", "original-author", "recipient", "reviewed-author", "compiler", "contributor", "curator",
            "organizer", "performer", "producer", "chair", "executive-producer", "guest", "host", "narrator",
            "script-writer", "series-creator");

    /** Whether a macro of the style renders a name list (APA's "author-bib"), directly or through a macro it calls. */
    private static boolean rendersNames(String xml, String macro) {
        return rendersNames(xml, macro, new java.util.HashSet<>());
    }

    private static boolean rendersNames(String xml, String macro, java.util.Set<String> seen) {
        if (!seen.add(macro)) {
            return false;
        }
        Matcher definition = Pattern.compile("(?s)<macro\\s+name=\"" + Pattern.quote(macro) + "\".*?</macro>").matcher(xml);
        if (!definition.find()) {
            return false;
        }
        if (definition.group().contains("<names")) {
            return true;
        }
        Matcher calls = Pattern.compile("macro=\"([^\"]+)\"").matcher(definition.group());
        while (calls.find()) {
            if (rendersNames(xml, calls.group(1), seen)) {
                return true;
            }
        }
        return false;
    }

    /** Where a name key is cut into its parts: the comma and spaces between family and given names and between names. */
    private static final Pattern NAME_PART = Pattern.compile("\\s*,\\s*|\\s+");

    /**
     * Two name-list keys ("Đặng, M." and "Dang, P.") compared part by part, each part at the
     * collation's full strength before the next: ICU compares a whole string letter by letter
     * first (its primary strength, where "Đặng" and "Dang" are one), so the initials after a
     * surname decided between two surnames ("Đặng, M." before "Dang, P." before "Đào, H."). A
     * family name decides before the given names, as CSL sorts names.
     */
    static int byNamePart(Comparator<String> collation, String x, String y) {
        List<String> a = nameParts(x);
        List<String> b = nameParts(y);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = collation.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * A name key's parts, without the signs between names that are no name ("&amp;" before the
     * last, as APA's rendered key has it): "Lee, A., Park, M., &amp; Jung, D." came before "Lee,
     * A., Park, M., Choi, H., &amp; Kim, B.", "&amp;" collating before "Choi", where APA orders by
     * the names in turn (Choi before Jung).
     */
    private static List<String> nameParts(String key) {
        return java.util.Arrays.stream(NAME_PART.split(key.strip()))
                .filter(part -> part.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /**
     * A source's value of one sort key. citeproc-java renders a key naming a variable as a plain
     * string, which a name list (author, editor, ...) is not: every source's key came out empty
     * and the sort kept the order cited. A name list is compared here as CSL says, by the names
     * in sort order: family name, given names, particles after; a non-dropping particle before
     * the family name where the style demotes none ({@code demote-non-dropping-particle="never"}:
     * "van Gogh" under V); only the first {@code first} names where there are {@code min} or more.
     */
    private static String key(SKey key, String variable, RenderContext context, boolean demote, int min, int first) {
        CSLName[] names = variable == null ? null : context.getNameVariable(variable);
        if (names == null) {
            key.render(context);
            return context.getResult().toString();
        }
        if (min > 0 && first > 0 && names.length >= min) {
            names = java.util.Arrays.copyOf(names, Math.min(first, names.length));
        }
        List<String> sorted = new ArrayList<>();
        for (CSLName name : names) {
            sorted.add(name.getLiteral() != null ? name.getLiteral()
                    : (demote ? java.util.stream.Stream.of(name.getFamily(), name.getGiven(), name.getDroppingParticle(), name.getNonDroppingParticle(), name.getSuffix())
                    : java.util.stream.Stream.of(name.getNonDroppingParticle(), name.getFamily(), name.getGiven(), name.getDroppingParticle(), name.getSuffix()))
                            .filter(part -> part != null && !part.isBlank())
                            .collect(java.util.stream.Collectors.joining(" ")));
        }
        return String.join(", ", sorted);
    }

    private static Object read(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }

    private static void write(Object owner, String name, Object value) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(owner, value);
    }

    /** ICU's collation of a language as a {@link java.text.Collator}, which citeproc-java's comparator takes. */
    private static final class IcuCollator extends java.text.Collator {
        private final com.ibm.icu.text.Collator icu;

        IcuCollator(ULocale locale) {
            this.icu = com.ibm.icu.text.Collator.getInstance(locale);
        }

        @Override
        public int compare(String source, String target) {
            return icu.compare(source, target);
        }

        @Override
        public CollationKey getCollationKey(String source) {
            throw new UnsupportedOperationException("compare() only");
        }

        @Override
        public int hashCode() {
            return icu.hashCode();
        }

        @Override
        public boolean equals(Object that) {
            return that instanceof IcuCollator other && other.icu.equals(icu);
        }
    }
}
