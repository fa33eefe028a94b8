package org.imprint.cite;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A locator's label in a group that prints another variable, where no test asks whether the cite
 * has a locator: presses-universitaires-de-rennes's {@code <group delimiter=" "><label
 * variable="locator"/><text variable="locator"/><text variable="page"/></group>}. citeproc-js,
 * CSL's reference, prints the label of a cite without a locator as the "page" term, and the group
 * prints it with the other variable ("2015, p. 45–67"); citeproc-java prints a label only beside
 * its variable and dropped it ("2015, 45–67"). Such a label is given the "page" term, in its form
 * and with its affixes and formatting, for the cites without a locator and the reference list;
 * a cite with one keeps the label as written. A group that prints none of its variables still
 * prints nothing, the term being no variable.
 */
final class LocatorLabels {

    /** A label element as written in the style: empty, its attributes in group 1. */
    private static final Pattern LABEL = Pattern.compile("<label\\b([^>]*?)/>");
    private static final Pattern OF_LOCATOR = Pattern.compile("\\bvariable=\"locator\"");

    private LocatorLabels() {
    }

    /** The style with each such label printing the "page" term where the cite has no locator. */
    static String apply(String xml) {
        if (!OF_LOCATOR.matcher(xml).find() || !xml.contains("<label")) {
            return xml;
        }
        List<Boolean> printed = printedWithoutLocator(xml);
        if (printed == null || !printed.contains(true)) {
            return xml;
        }
        Matcher m = LABEL.matcher(xml);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            if (!OF_LOCATOR.matcher(m.group(1)).find()) {
                continue;
            }
            if (at >= printed.size()) {
                return xml;   // a label the parser did not see (in a comment): the style is left as written
            }
            if (printed.get(at++)) {
                m.appendReplacement(out, Matcher.quoteReplacement("<choose><if variable=\"locator\">" + m.group()
                        + "</if><else>" + pageTerm(m.group(1)) + "</else></choose>"));
            }
        }
        if (at != printed.size()) {
            return xml;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The "page" term with the label's form, plural, affixes and formatting. */
    private static String pageTerm(String attributes) {
        String plural = attributes.contains("plural=\"always\"") ? " plural=\"true\"" : "";
        return "<text term=\"page\"" + attributes.replaceAll("\\s+(?:plural|variable)=\"[^\"]*\"", "") + plural + "/>";
    }

    /**
     * For each label of the locator in document order, whether citeproc-js prints it for a cite
     * without one: no condition around it holds only with a locator, and the group it is in prints another
     * variable; {@code null} for a style that cannot be read.
     */
    private static List<Boolean> printedWithoutLocator(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList labels = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagNameNS("*", "label");
            List<Boolean> out = new ArrayList<>();
            for (int i = 0; i < labels.getLength(); i++) {
                Element label = (Element) labels.item(i);
                if ("locator".equals(label.getAttribute("variable"))) {
                    out.add(printedWithoutLocator(label));
                }
            }
            return out;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null;
        }
    }

    private static boolean printedWithoutLocator(Element label) {
        Element group = null;
        for (Node n = label.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            String name = e.getLocalName();
            if ((name.equals("if") || name.equals("else-if")) && testsLocator(e)) {
                return false;
            }
            if (group == null && (name.equals("macro") || name.equals("layout"))) {
                return false;   // no group of its own: printed only beside its variable
            }
            if (group == null && name.equals("group")) {
                group = e;
            }
        }
        if (group == null) {
            return false;
        }
        NodeList inside = group.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < inside.getLength(); i++) {
            Element e = (Element) inside.item(i);
            String variable = e.getAttribute("variable");
            if (!variable.isEmpty() && !variable.equals("locator") && !e.getLocalName().equals("label")
                    && !e.getLocalName().equals("if") && !e.getLocalName().equals("else-if")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a condition holds only for a cite with a locator (a test of it, not negated by {@code match="none"}). */
    private static boolean testsLocator(Element condition) {
        return !condition.getAttribute("match").equals("none") && (condition.getAttribute("variable").contains("locator")
                || condition.hasAttribute("locator") || condition.getAttribute("position").contains("locator"));
    }
}
