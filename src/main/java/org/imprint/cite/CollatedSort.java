package org.imprint.cite;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.csl.internal.rendering.SNameInheritableAttributes;

/**
 * A style's own sort (its {@code <sort>} keys, rendered by citeproc-java) compared with the
 * collation of the article's language. citeproc-java compares the keys with the JDK's collator,
 * which knows no letter outside Western Europe's: "Đặng" and "Ørsted" come after "Zhang" in
 * English. ICU's collation (CLDR) puts "Đ" after "D" and "Ø" after "O", and follows the
 * language's own alphabet (Vietnamese, Swedish, ...).
 *
 * <p>citeproc-java makes its comparator anew for each sort, with the JDK collator, and offers no
 * way to give it another. The comparator is made here from citeproc-java's public parts: the
 * style's DOM read into its {@code SStyle}, each {@code <key>} into an {@code SKey} rendered for a
 * source, the keys compared with ICU's collation (numbers by value, as citeproc-java's). Names in
 * a key are rendered as CSL sorts them, family name first for every name and without "and"
 * ({@link #sortOrderNames}); name-list keys ({@code <key variable="author"/>}), which
 * citeproc-java leaves unsorted, are compared by their names. Where the style cannot be read so,
 * there is no comparator and citeproc-java's order stands.
 */
final class CollatedSort {

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
        return comparator(csl, xml, language, "citation");
    }

    /**
     * Whether the style's citation sort is by citation number first: 1 ascending, -1
     * descending, 0 not (no sort, or another key first).
     */
    static int citationByNumber(String xml) {
        try {
            Element root = parse(xml).getDocumentElement();
            Element part = children(root, "citation").stream().findFirst().orElse(null);
            Element sort = part == null ? null : children(part, "sort").stream().findFirst().orElse(null);
            Element key = sort == null ? null : children(sort, "key").stream().findFirst().orElse(null);
            if (key == null) {
                return 0;
            }
            Map<String, Element> macros = new HashMap<>();
            for (Element macro : children(root, "macro")) {
                macros.put(macro.getAttribute("name"), macro);
            }
            String macro = key.getAttribute("macro");
            boolean number = "citation-number".equals(key.getAttribute("variable"))
                    || macros.containsKey(macro) && uses(macros.get(macro), "citation-number");
            return !number ? 0 : "descending".equals(key.getAttribute("sort")) ? -1 : 1;
        } catch (RuntimeException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException e) {
            return 0;
        }
    }

    /**
     * The comparator of the style's reference-list sort with the language's collation, or
     * {@code null} when the list is not sorted, sorted by number, or numbered (numbers given in
     * citeproc-java's order would come out of order).
     */
    static Comparator<CSLItemData> bibliography(CSL csl, String xml, String language) {
        return xml.contains("citation-number") ? null : comparator(csl, xml, language, "bibliography");
    }

    /**
     * The comparator of the reference list's sort with the language's collation, numbered or not;
     * {@code null} when the list is not sorted, or sorted by number. A numbered list sorted so must
     * be registered in the order it gives, for its numbers to follow it.
     */
    static Comparator<CSLItemData> anyBibliography(CSL csl, String xml, String language) {
        return comparator(csl, xml, language, "bibliography");
    }

    private static Comparator<CSLItemData> comparator(CSL csl, String xml, String language, String partName) {
        try {
            Document doc = parse(xml);
            Map<String, Element> macros = new HashMap<>();
            for (Element macro : children(doc.getDocumentElement(), "macro")) {
                macros.put(macro.getAttribute("name"), macro);
            }
            Element part = children(doc.getDocumentElement(), partName).stream().findFirst().orElse(null);
            Element sort = part == null ? null : children(part, "sort").stream().findFirst().orElse(null);
            if (sort == null) {
                return null;
            }
            List<Element> elements = children(sort, "key");
            int n = elements.size();
            String[] variables = new String[n];
            // the keys that are name lists: a variable key of names, or a macro that renders names
            boolean[] names = new boolean[n];
            // each key as the macro prints it, its names not cut: what a citation's names keys
            // compare where the cut ones tie
            List<SKey> full = new ArrayList<>();
            // a name-list key's names-min and names-use-first (CSL: et-al for the key)
            int[] min = new int[n];
            int[] first = new int[n];
            for (int i = 0; i < n; i++) {
                Element key = elements.get(i);
                String macro = key.getAttribute("macro");
                variables[i] = key.hasAttribute("variable") ? key.getAttribute("variable") : null;
                // a sort by number (the order cited) is citeproc-java's to keep; a macro key may number
                if ("citation-number".equals(variables[i]) || (!macro.isEmpty() && macros.containsKey(macro)
                        && uses(macros.get(macro), "citation-number"))) {
                    return null;
                }
                names[i] = !macro.isEmpty() ? rendersNames(macros, macro, new HashSet<>()) : NAME_VARIABLES.contains(variables[i]);
                min[i] = number(key, "names-min");
                first[i] = number(key, "names-use-first");
                full.add(new SKey(key.cloneNode(false)));
                if (!macro.isEmpty() && macros.containsKey(macro) && (min[i] > 0 || first[i] > 0)) {
                    key.setAttribute("macro", cutNames(macros, macro, min[i], first[i], i));
                }
            }
            sortOrderNames(doc);
            SStyle style = new SStyle(doc);
            List<SKey> keys = elements.stream().map(SKey::new).toList();
            // the names of a key inherit the et-al cut of its citation or list, as the names it prints:
            // de-buck's list (et-al-min="4", use-first 1) ties "Brown, Green, White, ..." and "Brown,
            // Green, Blue, ..." at "Brown et al." and orders them by title, where every name was compared
            SNameInheritableAttributes inherited = new SNameInheritableAttributes(part);
            boolean citation = partName.equals("citation");
            LLocale locale = locale(csl);
            boolean demote = Particles.applies(xml);
            Comparator<String> collation = collation(language);
            // two sources compared by the keys in turn, the first that tells them apart deciding; 0 where none does
            Comparator<CSLItemData> byKeys = (p, q) -> {
                for (int i = 0; i < n; i++) {
                    String x = key(keys.get(i), inherited, variables[i], context(style, locale, p, citation), demote, min[i], first[i]);
                    String y = key(keys.get(i), inherited, variables[i], context(style, locale, q, citation), demote, min[i], first[i]);
                    // as citeproc-java's comparator: a source without the key comes last either way
                    if (x.isEmpty() != y.isEmpty()) {
                        return x.isEmpty() ? 1 : -1;
                    }
                    int c = (names[i] ? byNamePart(collation, x, y) : collation.compare(x, y)) * keys.get(i).getSort();
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
            return (a, b) -> {
                // a style that demotes particles for sorting sorts its citations so too, as its list:
                // "van der Berg" under B in both, "Berg, Jan van der" (a macro key renders the name as the data has it)
                CSLItemData p = demote ? Particles.demoted(unlettered(a)) : unlettered(a);
                CSLItemData q = demote ? Particles.demoted(unlettered(b)) : unlettered(b);
                int c = byKeys.compare(p, q);
                if (c == 0 && demote) {
                    // a key of family names alone ties "van der Berg" with "Berg": as citeproc-js, "Berg van der" after "Berg"
                    c = byKeys.compare(Particles.sorted(unlettered(a)), Particles.sorted(unlettered(b)));
                }
                if (c != 0) {
                    return c;
                }
                // sources whose cut names tie are cited with the names that tell them apart
                // (disambiguate-add-names), which citeproc-js sorts them by: APA's "Kim, Park, &
                // Choi" before "Kim, Park, & Jung", both keyed "Kim et al." by names-min="3"
                for (int i = 0; citation && i < n; i++) {
                    if (names[i] && variables[i] == null) {
                        String x = key(full.get(i), NO_NAME_OPTIONS, null, context(style, locale, p, true), demote, 0, 0);
                        String y = key(full.get(i), NO_NAME_OPTIONS, null, context(style, locale, q, true), demote, 0, 0);
                        int byAllNames = byNamePart(collation, x, y) * full.get(i).getSort();
                        if (byAllNames != 0) {
                            return byAllNames;
                        }
                    }
                }
                return YEAR_SUFFIX.compare(a, b);
            };
        } catch (ReflectiveOperationException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                | org.xml.sax.SAXException | java.io.IOException e) {
            return null;
        }
    }

    /**
     * The context a source's keys are rendered in. A citation's key sees the source as its first
     * cite: with no citation around it, citeproc-java held every {@code match="none"} position
     * test true, so a key printed the names as a later cite cuts them ({@link SubsequentEtAl}):
     * american-sociological-association keyed "Smith, Lee, Kim" and "Smith, Oh, Kim" both as
     * "Smith et al." and left them in the order cited, where citeproc-js compares all three names.
     * The reference list's position tests are decided already ({@link SubsequentPositions}).
     */
    private static RenderContext context(SStyle style, LLocale locale, CSLItemData item, boolean citation) {
        if (!citation) {
            return new RenderContext(style, locale, item, null);
        }
        CSLCitationItem alone = new CSLCitationItemBuilder(item.getId()).itemData(item).build();
        return new RenderContext(new RenderContext(style, locale, item, null, new CSLCitation(alone), List.of()), alone);
    }

    /**
     * The name of a copy of a key's macro (and of the macros it calls) whose names are cut as the
     * key's {@code names-min} and {@code names-use-first} say (CSL: they override the et-al
     * attributes of every name the key's macro prints), which citeproc-java reads from no key:
     * 247 bundled styles set them ({@code <key macro="author" names-min="3" names-use-first="1"/>}).
     */
    private static String cutNames(Map<String, Element> macros, String macro, int min, int first, int index) {
        String copyName = macro + " (sort key " + (index + 1) + ")";
        if (macros.containsKey(copyName)) {
            return copyName;
        }
        Element copy = (Element) macros.get(macro).cloneNode(true);
        copy.setAttribute("name", copyName);
        macros.get(macro).getParentNode().appendChild(copy);
        macros.put(copyName, copy);
        for (Element element : descendants(copy)) {
            if (element.getTagName().equals("name")) {
                element.removeAttribute("et-al-subsequent-min");
                element.removeAttribute("et-al-subsequent-use-first");
                if (min > 0) {
                    element.setAttribute("et-al-min", Integer.toString(min));
                }
                if (first > 0) {
                    element.setAttribute("et-al-use-first", Integer.toString(first));
                }
            } else if (element.getTagName().equals("names") && children(element, "name").isEmpty()
                    && !(element.getParentNode() instanceof Element parent && parent.getTagName().equals("substitute"))) {
                Element name = element.getOwnerDocument().createElement("name");
                if (min > 0) {
                    name.setAttribute("et-al-min", Integer.toString(min));
                }
                if (first > 0) {
                    name.setAttribute("et-al-use-first", Integer.toString(first));
                }
                element.insertBefore(name, element.getFirstChild());
            }
            if (element.hasAttribute("macro") && macros.containsKey(element.getAttribute("macro"))) {
                element.setAttribute("macro", cutNames(macros, element.getAttribute("macro"), min, first, index));
            }
        }
        return copyName;
    }

    /**
     * A source as its key sees it, without its year letter: a key's macro that prints the date
     * prints the letter too where the style leaves it to CSL ({@link ImplicitYearSuffixes}), and a
     * descending date key (elsevier-harvard's) put "2020b" before "2020a"; the letters are
     * {@link #YEAR_SUFFIX}'s to order.
     */
    private static CSLItemData unlettered(CSLItemData item) {
        return item.getYearSuffix() == null ? item : new de.undercouch.citeproc.csl.CSLItemDataBuilder(item).yearSuffix(null).build();
    }

    /** No name options of a part: the names of a key as its macro and the style give them. */
    private static final SNameInheritableAttributes NO_NAME_OPTIONS = new SNameInheritableAttributes((Node) null);

    /** CSL's name variables, whose keys are compared name part by name part. */
    private static final java.util.Set<String> NAME_VARIABLES = java.util.Set.of("author", "editor", "translator",
            "collection-editor", "container-author", "composer", "director", "editorial-director", "interviewer",
            "illustrator", "original-author", "recipient", "reviewed-author", "compiler", "contributor", "curator",
            "organizer", "performer", "producer", "chair", "executive-producer", "guest", "host", "narrator",
            "script-writer", "series-creator");

    /** Whether a macro of the style renders a name list (APA's "author-bib"), directly or through a macro it calls. */
    private static boolean rendersNames(Map<String, Element> macros, String macro, Set<String> seen) {
        Element definition = macros.get(macro);
        if (definition == null || !seen.add(macro)) {
            return false;
        }
        if (definition.getElementsByTagName("names").getLength() > 0) {
            return true;
        }
        for (Element call : descendants(definition)) {
            if (call.hasAttribute("macro") && rendersNames(macros, call.getAttribute("macro"), seen)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element (a macro) prints the variable anywhere inside it (not through the macros it calls). */
    private static boolean uses(Element element, String variable) {
        return descendants(element).stream().anyMatch(e -> java.util.Arrays.asList(e.getAttribute("variable").split(" ")).contains(variable));
    }

    /**
     * Every name of the style as CSL renders names in a sort key: family name first for every
     * name ({@code name-as-sort-order="all"}), no "and" before the last and no label. A macro key rendered
     * as the bibliography prints ("Lee, Ann, Min Park, and Hoon Jung") compared the co-authors by
     * their given names and put "and" among the names: "Hoon Jung" before "Jin Choi".
     */
    private static void sortOrderNames(Document doc) {
        List<Element> named = new ArrayList<>(descendants(doc.getDocumentElement()));
        named.add(doc.getDocumentElement());
        for (Element element : named) {
            String tag = element.getTagName();
            if (tag.equals("name") || tag.equals("style") || tag.equals("citation") || tag.equals("bibliography")) {
                element.setAttribute("name-as-sort-order", "all");
                element.removeAttribute("and");
            }
        }
        // a name list's label is no part of its key, as citeproc-js renders keys: "Lee, Ann, ed."
        // (2006) sorted after "Lee, Ann" (2007), the date never compared
        for (Element element : named) {
            if (element.getTagName().equals("label") && element.getParentNode() instanceof Element parent
                    && parent.getTagName().equals("names")) {
                parent.removeChild(element);
            }
        }
    }

    private static List<Element> descendants(Element element) {
        NodeList all = element.getElementsByTagName("*");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }

    private static int number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.matches("\\d+") ? Integer.parseInt(value) : 0;
    }

    /** The style parsed as citeproc-java parses it (without namespaces), to be read and changed here. */
    private static Document parse(String xml) throws javax.xml.parsers.ParserConfigurationException, org.xml.sax.SAXException, java.io.IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /**
     * ICU's collation of the language, with numbers compared by value ("2" before "10") as
     * citeproc-java's own comparator compares them.
     */
    private static Comparator<String> collation(String language) {
        com.ibm.icu.text.Collator icu = com.ibm.icu.text.Collator.getInstance(ULocale.forLanguageTag(language));
        if (icu instanceof RuleBasedCollator rules) {
            rules.setNumericCollation(true);
        }
        com.ibm.icu.text.Collator frozen = icu.freeze();   // frozen: safe to share
        return frozen::compare;
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
    private static String key(SKey key, SNameInheritableAttributes inherited, String variable, RenderContext context,
                              boolean demote, int min, int first) {
        if (variable != null && DATE_VARIABLES.contains(variable)) {
            return dateKey(context.getDateVariable(variable));
        }
        CSLName[] names = variable == null ? null : context.getNameVariable(variable);
        if (names == null) {
            inherited.wrap(key::render).accept(context);
            // without the marks the style rewrites put round names and terms: ICU sorts a
            // private-use character after every letter, and "Carr" came after a title "Web page"
            // nor the quotation marks a title opens with where the key's macro prints it quoted (an
            // entry without author, keyed by its title): "“Water Rights …”" was filed before every
            // letter, where citeproc-js, which renders keys without quotes, files it under W
            return OPENING_QUOTES.matcher(MARKS.matcher(CjkNames.joined(context.getResult().toString())).replaceAll("")).replaceAll("");
        }
        if (min > 0 && first > 0 && names.length >= min) {
            names = java.util.Arrays.copyOf(names, Math.min(first, names.length));
        }
        List<String> sorted = new ArrayList<>();
        for (CSLName name : names) {
            // a Chinese, Japanese or Korean name as citeproc-js keys it: family then given name, nothing between
            sorted.add(name.getLiteral() != null ? name.getLiteral() : CjkNames.marked(name) ? CjkNames.sortKey(name)
                    : (demote ? java.util.stream.Stream.of(name.getFamily(), name.getGiven(), name.getDroppingParticle(), name.getNonDroppingParticle(), name.getSuffix())
                    : java.util.stream.Stream.of(name.getNonDroppingParticle(), name.getFamily(), name.getGiven(), name.getDroppingParticle(), name.getSuffix()))
                            .filter(part -> part != null && !part.isBlank())
                            .collect(java.util.stream.Collectors.joining(" ")));
        }
        return String.join(", ", sorted);
    }

    /** The private-use marks of the style rewrites ({@link NamesDelimiters}, {@link NumberPlurals}, ...). */
    private static final Pattern MARKS = Pattern.compile("[\uE000-\uF8FF]");

    /** Quotation marks opening a key, with the spaces after them. */
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"'\u201C\u2018\u201E\u201A\u00AB\u2039\u300C\u300E\\s]+");

    /** CSL's date variables. */
    private static final Set<String> DATE_VARIABLES = Set.of("issued", "accessed", "event-date",
            "original-date", "submitted", "available-date");

    /**
     * A date as a key compares it (CSL: year, month, day, each part missing as zero; a range by its
     * start, then its end): a date key rendered as citeproc-java renders keys, only string
     * variables, was empty for every source, so 805 bundled styles left their chronological sorts
     * unsorted ("(Kim, 2019; Lee, 2018)" in harvard-university-of-leeds). A date of words only
     * (literal) has no key and comes last, as an undated source.
     */
    private static String dateKey(de.undercouch.citeproc.csl.CSLDate date) {
        if (date == null || date.getDateParts() == null || date.getDateParts().length == 0 || date.getDateParts()[0].length == 0) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (int[] parts : date.getDateParts()) {
            for (int i = 0; i < 3; i++) {
                // years BC before AD, each part of one width, so that text order is date order
                key.append(String.format(Locale.ROOT, i == 0 ? "%06d" : "%02d", i < parts.length ? parts[i] + (i == 0 ? 500000 : 0) : 0));
            }
        }
        return key.toString();
    }

    /**
     * The locale citeproc-java made for the style and the language (its locale file merged with
     * the style's own terms). citeproc-java builds it in its constructor and keeps it private;
     * the sort keys are rendered with it so that a term in a key ("ed.", "anon.") is the one the
     * list prints. The one internal read of this class: where it fails there is no comparator.
     */
    private static LLocale locale(CSL csl) throws ReflectiveOperationException {
        Field field = CSL.class.getDeclaredField("locale");
        field.setAccessible(true);
        return (LLocale) field.get(csl);
    }
}
