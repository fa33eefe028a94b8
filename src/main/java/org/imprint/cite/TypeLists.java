package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on a list of types ({@code <if type="article-newspaper webpage">}), which holds for
 * an item of any of them: a source has one type, and citeproc-js always joins the types of one
 * {@code type} attribute with "any", whatever the condition's {@code match}. citeproc-java 3.5
 * applies the default {@code match="all"} to the types as well, so such a test never held and
 * the style's branch for those types was never taken: anabases printed a newspaper article's
 * date as "(2024)" for "(2 Februar 2024)", in 165 bundled styles (475 conditions).
 * <p>
 * A condition that tests the types alone is given {@code match="any"}; one that also tests
 * something else ({@code type="book chapter" variable="genre"}) becomes one condition per type,
 * each with the other tests and the same content, the later ones {@code else-if}s.
 */
final class TypeLists {

    /** A condition's start tag: its name, attributes and whether it is empty. */
    private static final Pattern CONDITION = Pattern.compile("<(if|else-if)\\b([^>]*?)(/?)>");
    private static final Pattern TYPE = Pattern.compile("(?<![\\w-])type=\"([^\"]*)\"");
    private static final Pattern MATCH = Pattern.compile("\\s*(?<![\\w-])match=\"([^\"]*)\"");
    /** A test a condition makes besides its types. */
    private static final Pattern OTHER_TEST = Pattern.compile(
            "(?<![\\w-])(?:disambiguate|is-numeric|is-uncertain-date|locator|position|variable|number)=\"");

    private TypeLists() {
    }

    /** The style with each condition on several types holding for an item of any of them. */
    static String apply(String xml) {
        String out = xml;
        for (int from = 0; ; ) {
            Matcher tag = CONDITION.matcher(out);
            if (!tag.find(from)) {
                return out;
            }
            String attributes = tag.group(2);
            Matcher type = TYPE.matcher(attributes);
            Matcher match = MATCH.matcher(attributes);
            String mode = match.find() ? match.group(1) : "all";
            if (!type.find() || !mode.equals("all") || type.group(1).trim().split("\\s+").length < 2) {
                from = tag.end();
                continue;
            }
            if (!OTHER_TEST.matcher(attributes).find()) {
                String any = MATCH.matcher(attributes).replaceAll("") + " match=\"any\"";
                out = out.substring(0, tag.start(2)) + any + out.substring(tag.end(2));
                from = tag.start() + 1;
            } else {
                out = split(out, tag, type);
                from = tag.start();   // the first copy has one type now; its content is read next
            }
        }
    }

    /** The document with the condition at {@code tag} written as one condition per type. */
    private static String split(String xml, Matcher tag, Matcher type) {
        String name = tag.group(1);
        String attributes = tag.group(2);
        boolean empty = !tag.group(3).isEmpty();
        int end = empty ? tag.end() : end(xml, name, tag.end());
        String content = empty ? "" : xml.substring(tag.end(), end - ("</" + name + ">").length());
        StringBuilder copies = new StringBuilder();
        String[] types = type.group(1).trim().split("\\s+");
        for (int i = 0; i < types.length; i++) {
            String element = i == 0 ? name : "else-if";
            String own = attributes.substring(0, type.start(1)) + types[i] + attributes.substring(type.end(1));
            copies.append('<').append(element).append(own);
            copies.append(empty ? "/>" : ">" + content + "</" + element + ">");
        }
        return xml.substring(0, tag.start()) + copies + xml.substring(end);
    }

    /** The index after the end tag closing the element {@code name} whose content starts at {@code from}. */
    private static int end(String xml, String name, int from) {
        Matcher m = Pattern.compile("<(/?)" + Pattern.quote(name) + "\\b[^>]*?(/?)>").matcher(xml);
        int depth = 1;
        while (m.find(from)) {
            from = m.end();
            if (!m.group(1).isEmpty()) {
                depth--;
            } else if (m.group(2).isEmpty()) {
                depth++;
            }
            if (depth == 0) {
                return m.end();
            }
        }
        throw new IllegalArgumentException("the style is not well-formed XML: <" + name + "> is not closed");
    }
}
