package org.imprint.cite;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import org.imprint.markdown.Citation;
import org.imprint.markdown.CiteItem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * CSL's {@code disambiguate-add-givenname}, which citeproc-java 3.5 does not apply, by the
 * style's {@code givenname-disambiguation-rule} as CSL 1.0.2 defines it:
 * <ul>
 * <li>{@code primary-name} and {@code primary-name-with-initials}: a first author whose surname
 * another cited first author has, with other given names, is cited with initials, "(J. Smith,
 * 2020; A. Smith, 2019)", whatever the cites' years (APA 7, 8.20);</li>
 * <li>{@code all-names} and {@code all-names-with-initials}: likewise every author of a cite, told
 * from every other cited author of that surname, first or not;</li>
 * <li>{@code by-cite}, CSL's default: only the names of cites that would read alike, the same
 * surnames in the same year ("(Smith 2020; Smith 2020)"), and only the names that differ between
 * them; "(Smith 2019; Smith 2020)" stays as it is. Imprint added initials wherever two first
 * authors shared a surname, whatever the rule.</li>
 * </ul>
 * Where initials do not tell two names apart (Jane and John Smith) the full given name is added,
 * unless the rule stops at initials ({@code -with-initials}): chicago-author-date's primary-name
 * cites "(Jane Smith 2020; John Smith 2020)", APA's "(J. Smith, 2020a, 2020b)".
 */
final class GivenNames {

    private GivenNames() {
    }

    /** A style's rule for adding given names (CSL's default: by-cite). */
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
            "<citation\\b[^>]*\\bgivenname-disambiguation-rule=\"([^\"]*)\"");

    /**
     * The cited sources whose authors need initials (or full given names), by key, each as a copy
     * whose authors carry them.
     *
     * @param style the style's CSL, whose rule says which names are expanded, and how far
     */
    static Map<String, CSLItemData> initialled(List<Citation> citations, Map<String, CSLItemData> items, String style) {
        java.util.regex.Matcher matched = RULE.matcher(style);
        String rule = matched.find() ? matched.group(1).strip() : "by-cite";
        boolean initialsOnly = rule.endsWith("-with-initials");
        boolean byCite = !rule.startsWith("primary-name") && !rule.startsWith("all-names");
        boolean primaryOnly = rule.startsWith("primary-name");
        // cites read alike by their years only where the citation prints one: MLA's cites show
        // none, so its two Browns of 2010 and 2011 read alike ("Brown") and take initials
        boolean citesShowYear = !byCite || citationPrintsIssued(style);
        // a style that never demotes the particle tells "van der Berg" from "Berg" by it, as citeproc-js
        boolean particled = Particles.demotion(style).equals("never");
        Map<String, CSLItemData> cited = new LinkedHashMap<>();
        for (Citation citation : citations) {
            for (CiteItem item : citation.items()) {
                CSLItemData data = items.get(item.key());
                if (first(data) != null) {
                    cited.put(item.key(), data);
                }
            }
        }
        // the given names each name is told from: by its surname in the whole article, or (by-cite)
        // by its place among the cites that read alike
        Map<String, Set<String>> givenByGroup = new HashMap<>();
        cited.forEach((key, data) -> {
            CSLName[] authors = data.getAuthor();
            for (int i = 0; i < (primaryOnly ? 1 : authors.length); i++) {
                String group = group(data, i, byCite, citesShowYear, particled);
                if (group != null) {
                    givenByGroup.computeIfAbsent(group, k -> new HashSet<>()).add(authors[i].getGiven().strip());
                }
            }
        });
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        cited.forEach((key, data) -> {
            CSLName[] authors = data.getAuthor().clone();
            boolean changed = false;
            for (int i = 0; i < (primaryOnly ? 1 : authors.length); i++) {
                String group = group(data, i, byCite, citesShowYear, particled);
                Set<String> given = group == null ? Set.of() : givenByGroup.get(group);
                if (given.size() > 1) {
                    authors[i] = expanded(authors[i], given, initialsOnly);
                    changed = true;
                }
            }
            if (changed) {
                out.put(key, new CSLItemDataBuilder(data).author(authors).build());
            }
        });
        return out;
    }

    /**
     * What a source's name at a place is told apart within: its surname (with by-cite, also the
     * cite's surnames and year, which must read alike, and its place among them); null for a name
     * without both surname and given names.
     *
     * @param particled whether a surname is compared with its non-dropping particle by a rule for the whole
     *                  article; by-cite compares the names as the cites print them, particles and all
     */
    private static String group(CSLItemData data, int at, boolean byCite, boolean citesShowYear, boolean particled) {
        CSLName name = data.getAuthor()[at];
        if (name.getFamily() == null || name.getGiven() == null || name.getGiven().isBlank()) {
            return null;
        }
        if (!byCite) {
            return surname(name, particled);
        }
        // cites read alike by their names as printed, particles and all: harvard-cite-them-right
        // (sort-only) cites "(van der Berg, 2019)" and "(Berg, 2019)", which citeproc-js leaves so
        StringBuilder cite = new StringBuilder();
        for (CSLName other : data.getAuthor()) {
            cite.append(other.getFamily() != null ? surname(other, true) : String.valueOf(other.getLiteral())).append('|');
        }
        return at + "|" + cite + (citesShowYear ? year(data) : "");
    }

    /**
     * The surname a name is told apart by: with its non-dropping particle where the style never
     * demotes it ("van der Berg" is not "Berg"), as citeproc-js; without it where the particle is
     * demoted, the surname being then "Berg" in both (citeproc-js gives "(J. van der Berg 2010;
     * A. Berg 2011)" in chicago-author-date). A dropping particle is never part of it.
     */
    private static String surname(CSLName name, boolean particled) {
        String family = name.getFamily().strip().toLowerCase(Locale.ROOT);
        String particle = name.getNonDroppingParticle();
        // as citeproc-js keys it: the particle after the surname and as written, so "van Dam" (a
        // particle) is neither "Van Dam" (a particle) nor "Van Dam" (a surname of two words)
        return particled && particle != null && !particle.isBlank() ? family + "\u0000" + particle.strip() : family;
    }

    /**
     * Whether the style's citation layout prints the issued date, through the macros it calls;
     * true where the style cannot be read, as before this was asked.
     */
    private static boolean citationPrintsIssued(String style) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(style)));
            Map<String, Element> macros = new HashMap<>();
            NodeList all = doc.getElementsByTagName("macro");
            for (int i = 0; i < all.getLength(); i++) {
                Element macro = (Element) all.item(i);
                macros.put(macro.getAttribute("name"), macro);
            }
            NodeList citations = doc.getElementsByTagName("citation");
            return citations.getLength() == 0 || printsIssued((Element) citations.item(0), macros, new HashSet<>());
        } catch (Exception e) {
            return true;
        }
    }

    private static boolean printsIssued(Element element, Map<String, Element> macros, Set<String> seen) {
        if (List.of(element.getAttribute("variable").split("\\s+")).contains("issued")) {
            return true;
        }
        String macro = element.getAttribute("macro");
        if (!macro.isEmpty() && macros.containsKey(macro) && seen.add(macro) && printsIssued(macros.get(macro), macros, seen)) {
            return true;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && !e.getTagName().equals("sort") && printsIssued(e, macros, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The year a cite shows: the issued year, else its words, else the status; "" for none. */
    private static String year(CSLItemData data) {
        CSLDate issued = data.getIssued();
        if (issued != null && issued.getDateParts() != null && issued.getDateParts().length > 0
                && issued.getDateParts()[0].length > 0) {
            return String.valueOf(issued.getDateParts()[0][0]);
        }
        if (issued != null && (issued.getLiteral() != null || issued.getRaw() != null)) {
            return issued.getLiteral() != null ? issued.getLiteral() : issued.getRaw();
        }
        return data.getStatus() == null ? "" : data.getStatus().toLowerCase(Locale.ROOT);
    }

    /** A name with its initials, or its full given name where another's initials are the same. */
    private static CSLName expanded(CSLName name, Set<String> given, boolean initialsOnly) {
        if (CjkNames.applies(name)) {
            // no initials in Chinese, Japanese or Korean script: the full name, family name first ("王大伟"), as citeproc-js
            return new CSLNameBuilder().literal(RichText.plain(name.getFamily()).strip() + RichText.plain(name.getGiven()).strip()).build();
        }
        String family = join(name.getNonDroppingParticle(), name.getFamily());
        String initials = initials(name.getGiven());
        // initials shared with another given name of the surname tell no one apart
        boolean shared = given.stream().filter(g -> !g.equals(name.getGiven().strip())).anyMatch(g -> initials(g).equals(initials));
        String shown = shared && !initialsOnly ? RichText.plain(name.getGiven()).strip() : initials;
        return new CSLNameBuilder().literal(shown + " " + join(name.getDroppingParticle(), family)).build();
    }

    private static CSLName first(CSLItemData data) {
        return data == null || data.getAuthor() == null || data.getAuthor().length == 0 ? null : data.getAuthor()[0];
    }

    /**
     * A particle before a name: "de la Cruz", but "d'Souza" and "al-Jabri" without a space, as
     * citeproc-js joins a particle that ends in an apostrophe or a hyphen (or its own space).
     */
    private static String join(String particle, String name) {
        if (particle == null || particle.isBlank()) {
            return name;
        }
        String written = particle.stripLeading();
        return written.matches(".*['\\u2019\\s-]") ? written + name : written + " " + name;
    }

    /** A word of lower-case letters (and apostrophes): a particle, as CSL reads one in the given names. */
    private static final java.util.regex.Pattern PARTICLE = java.util.regex.Pattern.compile("\\p{Ll}[\\p{Ll}'\u2019]*");

    /**
     * "John Paul" as "J. P.", "Jean-Paul" as "J.-P.", as CSL's initialize-with=". " sets them;
     * "Min-jun" as "M.", one name, as citeproc-js ({@link HyphenatedNames}). A lower-case word
     * after the first is a particle (a dropping one, or one demoted into the given names) and
     * stays whole: "Wilhelm von" as "W. von", as citeproc-js; APA's cite read "A. v. Humboldt",
     * the particle taken for a second initial (h15ac 1).
     */
    static String initials(String given) {
        List<String> words = new ArrayList<>();
        for (String word : RichText.plain(given).strip().split("\\s+")) {
            if (!words.isEmpty() && PARTICLE.matcher(word).matches()) {
                words.add(word);
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String part : word.split("-(?![a-z])")) {
                if (!part.isEmpty()) {
                    parts.add(part.endsWith(".") && part.length() <= 3 ? part : part.substring(0, part.offsetByCodePoints(0, 1)) + ".");
                }
            }
            words.add(String.join("-", parts));
        }
        return String.join(" ", words);
    }
}
