package org.imprint.cite;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A CSL locale file as CSL reads it and citeproc-java 3.5 does not, made before citeproc-java
 * sees it:
 * <ul>
 * <li>Imprint's corrections of the file ({@code org/imprint/cite/locales/locales-TAG.xml}, a
 * {@code <locale>} whose terms replace the file's of the same name and form; its ordinal terms,
 * if it has any, replace all the file's, as a style's do). They mend what the official file
 * gets wrong: Hebrew's ordinal terms are the digits ("22 מהדורה" for the second edition).</li>
 * <li>CSL's form fallback: a term missing in a form, or empty there (the CSL locales mark an
 * untranslated term so), is the term in the next form, "verb-short" the "verb" then the
 * "long", "symbol" the "short" then the "long", "short" and "verb" the "long". citeproc-java
 * printed nothing instead: Arabic editors had no "(Eds.)" at all, since the Arabic file
 * has no short "editor"; a Hebrew source without a date had no date.</li>
 * <li>CSL's locale fallback to en-US: a term the file lacks in every form (it has no
 * {@code <term>} of that name at all) is en-US's, every form of it. citeproc-java falls back
 * only from a region's file to its language's: APA in Malay printed "Basic Books. (1900)" for
 * "(Original work published 1900)", the Malay file having no "original-work-published". A
 * term the file has but leaves empty is the file's word for it (Japanese prints no "in") and
 * stays empty.</li>
 * </ul>
 */
final class LocalePatch {

    /** Each form CSL may ask for, and the forms it falls back to in order. */
    static final Map<String, List<String>> FALLBACKS = Map.of(
            "short", List.of("long"),
            "verb", List.of("long"),
            "verb-short", List.of("verb", "long"),
            "symbol", List.of("short", "long"));

    /** The forms a fallback fills, in the order it fills them: a verb before the verb-short that falls back to it. */
    static final List<String> FILLED_FORMS = List.of("short", "verb", "verb-short", "symbol");

    private LocalePatch() {
    }

    /**
     * The locale file with Imprint's corrections ({@code null} for none) and CSL's form
     * fallbacks written into it; the file as it is when it cannot be read as XML.
     */
    static String apply(String locale, String corrections) {
        return apply(locale, corrections, null, true);
    }

    /**
     * The locale file with Imprint's corrections ({@code null} for none), the terms it lacks in
     * every form taken from the en-US file {@code english} ({@code null}: none taken), and CSL's
     * form fallbacks written into it; the file as it is when it cannot be read as XML.
     */
    static String apply(String locale, String corrections, String english) {
        return apply(locale, corrections, english, true);
    }

    /**
     * The locale file with Imprint's corrections only, the terms it defines itself (for
     * {@link StyleTermForms}, whose style terms come before a form this file only falls back to).
     */
    static String corrected(String locale, String corrections) {
        return apply(locale, corrections, null, false);
    }

    private static String apply(String locale, String corrections, String english, boolean fill) {
        try {
            Document doc = parse(locale);
            Element terms = firstTerms(doc);
            if (terms == null) {
                return locale;
            }
            if (corrections != null) {
                correct(doc, terms, parse(corrections));
            }
            if (english != null) {
                addMissing(doc, terms, parse(english));
            }
            if (fill) {
                addSeasonMonths(doc, terms);
                fillForms(doc, terms);
            }
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            return locale;   // citeproc-java reads the file its own way
        }
    }

    private static void correct(Document doc, Element terms, Document corrections) {
        List<Element> fixes = termsOf(corrections.getDocumentElement());
        boolean ordinals = fixes.stream().anyMatch(t -> isOrdinal(t.getAttribute("name")));
        for (Element term : termsOf(terms)) {
            String name = term.getAttribute("name");
            if ((ordinals && isOrdinal(name)) || fixes.stream().anyMatch(f -> key(f).equals(key(term)))) {
                terms.removeChild(term);
            }
        }
        for (Element fix : fixes) {
            terms.appendChild(doc.importNode(fix, true));
        }
    }

    /** Each term of en-US that the file has in no form (no ordinal: a file's ordinals go together), every form of it. */
    private static void addMissing(Document doc, Element terms, Document english) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Element term : termsOf(terms)) {
            present.add(term.getAttribute("name"));
        }
        for (Element term : termsOf(english.getDocumentElement())) {
            String name = term.getAttribute("name");
            if (!present.contains(name) && !name.startsWith("ordinal") && !name.startsWith("long-ordinal")) {
                terms.appendChild(doc.importNode(term, true));
            }
        }
    }

    /**
     * The seasons as months 13 to 16 ({@code month-13} is {@code season-01}'s word, in each form),
     * as CSL numbers them and citeproc-java looks them up ({@link CslItemForms}).
     */
    private static void addSeasonMonths(Document doc, Element terms) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Element term : termsOf(terms)) {
            present.add(key(term));
        }
        for (Element term : termsOf(terms)) {
            java.util.regex.Matcher season = java.util.regex.Pattern.compile("season-0([1-4])").matcher(term.getAttribute("name"));
            if (season.matches()) {
                Element month = (Element) doc.importNode(term, true);
                month.setAttribute("name", "month-1" + (2 + Integer.parseInt(season.group(1))));
                if (present.add(key(month))) {
                    terms.appendChild(month);
                }
            }
        }
    }

    /** Each term missing or empty in a form CSL asks for is given the form it falls back to. */
    private static void fillForms(Document doc, Element terms) {
        Map<String, Element> byKey = new HashMap<>();
        for (Element term : termsOf(terms)) {
            byKey.put(key(term), term);
        }
        List<String> names = termsOf(terms).stream()
                .filter(t -> t.getAttribute("gender-form").isEmpty() && !t.getAttribute("name").contains("ordinal"))
                .map(t -> t.getAttribute("name")).distinct().toList();
        for (String name : names) {
            for (String form : FILLED_FORMS) {
                Element own = byKey.get(name + "|" + form);
                if (own != null && !isEmpty(own)) {
                    continue;
                }
                Element source = null;
                for (String next : FALLBACKS.get(form)) {
                    Element candidate = byKey.get(name + "|" + next);
                    if (candidate != null && !isEmpty(candidate)) {
                        source = candidate;
                        break;
                    }
                }
                if (source == null) {
                    continue;
                }
                Element copy = (Element) doc.importNode(source, true);
                copy.setAttribute("form", form);
                if (own != null) {
                    terms.replaceChild(copy, own);
                } else {
                    terms.appendChild(copy);
                }
                byKey.put(name + "|" + form, copy);
            }
        }
    }

    private static boolean isOrdinal(String name) {
        return name.equals("ordinal") || name.matches("ordinal-\\d\\d");
    }

    private static boolean isEmpty(Element term) {
        return term.getTextContent().isBlank();
    }

    private static String key(Element term) {
        String form = term.getAttribute("form");
        String gender = term.getAttribute("gender-form");
        return term.getAttribute("name") + "|" + (form.isEmpty() ? "long" : form) + (gender.isEmpty() ? "" : "|" + gender);
    }

    private static Element firstTerms(Document doc) {
        NodeList list = doc.getElementsByTagNameNS("*", "terms");
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static List<Element> termsOf(Element parent) {
        List<Element> found = new ArrayList<>();
        NodeList list = parent.getElementsByTagNameNS("*", "term");
        for (int i = 0; i < list.getLength(); i++) {
            Node node = list.item(i);
            if (node.getParentNode().getLocalName().equals("terms")) {
                found.add((Element) node);
            }
        }
        return found;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
