package org.imprint.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * Given names in Greek, Cyrillic, Hebrew or Arabic script as initials where the style gives
 * initials. citeproc-java initializes a given name only when all of it is Latin, so APA printed
 * "احمد, علی." and "Иванов, Пётр Сергеевич." where citeproc-js, which initializes every
 * "romanesque" script, prints "احمد, ع." and "Иванов, П. С." (h15aa 11). citeproc-java's
 * initializing cannot be given other scripts, so the source's given names are given to it as
 * initials already, with the style's {@code initialize-with}, for each name variable its
 * reference list gives initials (APA, IEEE, Harvard, Vancouver; ASA's editors, not its
 * authors). A source's given name is one for all of a style's lists of that variable, so a list
 * the style writes in full in a rare case (APA's hearing) has initials there too; a style that
 * writes them in full (Chicago, MLA) keeps them in full.
 */
final class ScriptInitials {

    /** A letter of a romanesque script other than Latin (citeproc-js's CSL.ROMANESQUE_REGEXP): Greek, Cyrillic, Hebrew, Arabic. */
    private static final Pattern OTHER_ROMANESQUE = Pattern.compile("[\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u05ff\\u1f00-\\u1fff\\u0600-\\u06ff]");
    /** A letter citeproc-js sets as no romanesque name (Devanagari, Chinese, ...): such a name is not initialized there either. */
    private static final Pattern NON_ROMANESQUE = Pattern.compile(
            "[^\\p{IsLatin}\\p{IsCommon}\\p{IsInherited}\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u05ff\\u1f00-\\u1fff\\u0600-\\u06ff]");
    /** Where a given name parts: spaces, and a hyphen before a capital, as citeproc-js parts "Анна-Мария". */
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern HYPHEN = Pattern.compile("-(?=\\p{Lu})");

    /** The style's {@code initialize-with} for each name variable its list gives initials. */
    private final Map<String, String> with;

    private ScriptInitials(Map<String, String> with) {
        this.with = with;
    }

    /**
     * The initials of a style whose reference list initializes given names: for each name
     * variable, the way most of the lists of it that the list's layout prints (through its
     * macros) set them; {@code null} where none gives initials. APA's one list in full (a
     * hearing's authors) does not outvote its others.
     */
    static ScriptInitials of(String xml) {
        if (!xml.contains("initialize-with")) {
            return null;
        }
        try {
            Document doc = StaticConditions.parse(xml);
            Element root = doc.getDocumentElement();
            Map<String, Element> macros = new HashMap<>();
            NodeList all = doc.getElementsByTagNameNS("*", "macro");
            for (int i = 0; i < all.getLength(); i++) {
                macros.put(((Element) all.item(i)).getAttribute("name"), (Element) all.item(i));
            }
            Element list = child(root, "bibliography");
            List<Element> names = new ArrayList<>();
            collect(list == null ? null : child(list, "layout"), macros, new HashSet<>(), names);
            // how the lists of each variable set given names: the initialize-with of each that
            // initializes, FULL for one in full (ASA: authors in full, editors with initials)
            Map<String, Map<String, Integer>> ways = new HashMap<>();
            for (Element name : names) {
                String initializeWith = option(name, root, "initialize-with", "initialize-with");
                boolean full = initializeWith == null || "false".equals(option(name, root, "initialize", "initialize"));
                for (String variable : variables((Element) name.getParentNode())) {
                    ways.computeIfAbsent(variable, v -> new HashMap<>()).merge(full ? FULL : initializeWith, 1, Integer::sum);
                }
            }
            Map<String, String> with = new HashMap<>();
            ways.forEach((variable, counts) -> {
                String most = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(FULL);
                if (!most.equals(FULL)) {
                    with.put(variable, most);
                }
            });
            return with.isEmpty() ? null : new ScriptInitials(with);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The variables a name list prints: its own, and those of the lists of its substitute that inherit its name. */
    private static List<String> variables(Element names) {
        List<String> out = new ArrayList<>(List.of(names.getAttribute("variable").trim().split("\\s+")));
        Element substitute = child(names, "substitute");
        for (Node n = substitute == null ? null : substitute.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("names") && child(e, "name") == null) {
                out.addAll(List.of(e.getAttribute("variable").trim().split("\\s+")));
            }
        }
        return out;
    }

    /** Stands for given names written in full, beside the initialize-with strings: no style's. */
    private static final String FULL = "\u0000full";

    /**
     * The {@code <name>} of each name list within an element that writes given names (not
     * {@code form="short"}), through the macros it calls, each macro once.
     */
    private static void collect(Element element, Map<String, Element> macros, Set<String> seen, List<Element> found) {
        if (element == null) {
            return;
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            Element name = e.getLocalName().equals("names") ? child(e, "name") : null;
            if (name != null && !"short".equals(name.getAttribute("form")) && !"count".equals(name.getAttribute("form"))) {
                found.add(name);
            }
            String macro = e.getAttribute("macro");
            if (!macro.isEmpty() && macros.containsKey(macro) && seen.add(macro)) {
                collect(macros.get(macro), macros, seen, found);
            }
            collect(e, macros, seen, found);
        }
    }

    /** A source with each given name in another romanesque script than Latin as initials; the source itself where it has none. */
    CSLItemData apply(CSLItemData item) {
        if (item == null) {
            return null;
        }
        CSLItemDataBuilder b = null;
        for (NameVariables field : NameVariables.ALL) {
            CSLName[] names = field.get().apply(item);
            String initializeWith = with.get(field.name());
            if (names == null || initializeWith == null) {
                continue;
            }
            CSLName[] initialled = names.clone();
            boolean changed = false;
            for (int i = 0; i < initialled.length; i++) {
                String given = initialled[i] == null || initialled[i].getLiteral() != null ? null : initialled[i].getGiven();
                // other scripts as initials; Latin particles ending the given names kept whole (Particles)
                String written = applies(initialled[i]) ? initials(given, initializeWith) : Particles.whole(given);
                if (written != null && !written.equals(given)) {
                    initialled[i] = new CSLNameBuilder(initialled[i]).given(written).build();
                    changed = true;
                }
            }
            if (!changed) {
                continue;
            }
            b = b == null ? new CSLItemDataBuilder(item) : b;
            field.set().apply(b, initialled);
        }
        return b == null ? item : b.build();
    }

    private static boolean applies(CSLName name) {
        return name != null && name.getLiteral() == null && name.getGiven() != null
                && OTHER_ROMANESQUE.matcher(name.getGiven()).find() && !NON_ROMANESQUE.matcher(name.getGiven()).find();
    }

    /** "علی" as "ع.", "Пётр Сергеевич" as "П. С.", "Анна-Мария" as "А.-М." (with {@code initialize-with=". "}). */
    private static String initials(String given, String with) {
        StringBuilder out = new StringBuilder();
        for (String word : WORDS.split(given.strip())) {
            List<String> parts = new ArrayList<>();
            for (String part : HYPHEN.split(word)) {
                String bare = part.replace(".", "");
                if (!bare.isEmpty()) {
                    parts.add(new String(Character.toChars(bare.codePointAt(0))));
                }
            }
            if (!parts.isEmpty()) {
                out.append(String.join(with.strip() + "-", parts)).append(with);
            }
        }
        return out.toString().strip();
    }

    /**
     * A name option of the reference list: the name's own, else the one the list or the style
     * sets for all names (CSL's inheritable name options), else {@code null}.
     */
    private static String option(Element name, Element root, String own, String inherited) {
        if (name.hasAttribute(own)) {
            return name.getAttribute(own);
        }
        Element list = child(root, "bibliography");
        if (list != null && list.hasAttribute(inherited)) {
            return list.getAttribute(inherited);
        }
        return root.hasAttribute(inherited) ? root.getAttribute(inherited) : null;
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(tag)) {
                return e;
            }
        }
        return null;
    }
}
