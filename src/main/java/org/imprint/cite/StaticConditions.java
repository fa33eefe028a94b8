package org.imprint.cite;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Decides the CSL conditions citeproc-java 3.5 leaves undecided, before it reads the style.
 * Its {@code <if>} skips {@code locator="page"} and {@code disambiguate="true"} and then takes
 * the branch whatever the test, so Chicago printed "p." before every page and a year in every
 * short note ("Smith, Title, 2002, p. 40"). A style is therefore read once per locator label a
 * report uses, each copy with its {@code locator} tests decided for that label:
 * {@link #forLabel} turns each such test into a constant citeproc-java does evaluate.
 * {@code disambiguate} is decided false for the first pass and true in the copy made for the
 * sources whose cites came out identical ({@link Processor}), CSL 1.0.2's last step of
 * disambiguation: citeproc-java does not do that step itself. Two position tests it cannot make
 * are decided per cite the same way ({@link #forCite}): near-note, and whether an "Ibid." gives
 * a new locator.
 */
final class StaticConditions {

    /** The attributes of a CSL condition. */
    private static final List<String> TESTS = List.of("disambiguate", "is-numeric", "is-uncertain-date", "locator",
            "position", "type", "variable", "number");
    /** A test no item passes: no CSL type has this name. */
    private static final String NO_TYPE = "imprint-no-such-type";
    /**
     * A test of Imprint's own, beside "ibid" and "has a locator", that together stand for CSL's
     * {@code position="ibid-with-locator"} ({@link Processor#of}): that the cite's locator is not
     * the one the cite before it gave. citeproc-js takes a cite of the same place again as "ibid",
     * which prints its locator where the style's "ibid" branch does ("LEE, Anna 4.", h15aa 10);
     * decided for each cite ({@link #forCite}) before citeproc-java reads the style.
     */
    static final String NEW_LOCATOR = "imprint-locator-changed";
    /** {@code position="ibid-with-locator"} as tests citeproc-java evaluates, once decided ({@link #NEW_LOCATOR}). */
    static final String IBID_WITH_LOCATOR = "position=\"ibid\" variable=\"locator\" " + NEW_LOCATOR + "=\"true\"";

    private StaticConditions() {
    }

    /** The locator labels a style tests for ({@code locator="chapter line verse"}), sorted. */
    static Set<String> labels(String xml) {
        Set<String> labels = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\blocator=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            labels.addAll(List.of(m.group(1).trim().split("\\s+")));
        }
        return labels;
    }

    /** Whether the style asks for CSL's last step of disambiguation ({@code <if disambiguate="true">}). */
    static boolean disambiguates(String xml) {
        return java.util.regex.Pattern.compile("\\bdisambiguate=\"true\"").matcher(xml).find();
    }

    /**
     * The style with its {@code locator} tests decided for cites whose locator has the given
     * label ("" for a cite without a locator, and for the reference list, which pass none, as in
     * citeproc-js) and its
     * {@code disambiguate} tests decided false. A style without such tests comes back as it was.
     */
    static String forLabel(String xml, String label) {
        return forLabel(xml, label, false);
    }

    /**
     * The style with its {@code locator} tests decided for the label and its {@code disambiguate}
     * tests decided as given: true only for the cites of sources that are ambiguous without it.
     */
    static String forLabel(String xml, String label, boolean disambiguate) {
        return forCite(xml, label, disambiguate, false, false);
    }

    /**
     * {@link #forLabel}, with the position tests citeproc-java cannot make decided too: {@code
     * near-note} ({@link NearNotes}) as given, and the test {@link #NEW_LOCATOR} that stands for
     * a locator unlike the previous cite's, false where it repeats it ({@code repeatedLocator}).
     */
    static String forCite(String xml, String label, boolean disambiguate, boolean nearNote, boolean repeatedLocator) {
        if (!xml.contains("locator=\"") && !xml.contains("disambiguate=\"") && !xml.contains("near-note") && !xml.contains(NEW_LOCATOR)) {
            return xml;
        }
        Document doc = parse(xml);
        List<Element> conditions = new ArrayList<>();
        for (String name : List.of("if", "else-if")) {
            NodeList found = doc.getElementsByTagNameNS("*", name);
            for (int i = 0; i < found.getLength(); i++) {
                conditions.add((Element) found.item(i));
            }
        }
        for (Element condition : conditions) {
            decide(condition, label, disambiguate, nearNote, repeatedLocator);
        }
        return serialise(doc);
    }

    private static void decide(Element condition, String label, boolean disambiguate, boolean nearNote, boolean repeatedLocator) {
        List<Boolean> decided = new ArrayList<>();
        if (condition.hasAttribute(NEW_LOCATOR)) {
            decided.add(!repeatedLocator);
            condition.removeAttribute(NEW_LOCATOR);
        }
        List<String> positions = new ArrayList<>(List.of(condition.getAttribute("position").trim().split("\\s+")));
        if (positions.remove("near-note")) {
            decided.add(nearNote);
            if (positions.isEmpty()) {
                condition.removeAttribute("position");
            } else {
                condition.setAttribute("position", String.join(" ", positions));
            }
        }
        if (condition.hasAttribute("locator")) {
            decided.add(List.of(condition.getAttribute("locator").trim().split("\\s+")).contains(label));
            condition.removeAttribute("locator");
        }
        if (condition.hasAttribute("disambiguate")) {
            // CSL's only value is "true"; anything else is a test no cite passes
            decided.add(disambiguate && condition.getAttribute("disambiguate").trim().equals("true"));
            condition.removeAttribute("disambiguate");
        }
        if (decided.isEmpty()) {
            return;
        }
        String match = condition.hasAttribute("match") ? condition.getAttribute("match") : "all";
        boolean others = TESTS.stream().anyMatch(condition::hasAttribute);
        Boolean constant = switch (match) {
            case "any" -> decided.contains(true) ? Boolean.TRUE : others ? null : Boolean.FALSE;
            case "none" -> decided.contains(true) ? Boolean.FALSE : others ? null : Boolean.TRUE;
            default -> decided.contains(false) ? Boolean.FALSE : others ? null : Boolean.TRUE;
        };
        if (constant != null) {
            TESTS.forEach(condition::removeAttribute);
            // "none of these types" holds for every item; "any of them" for none
            condition.setAttribute("type", NO_TYPE);
            condition.setAttribute("match", constant ? "none" : "any");
        }
    }

    /** A style's XML, namespace-aware, or an IllegalArgumentException saying it is not well-formed. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("the style is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A style's XML as text again. */
    static String serialise(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
