package org.imprint.cite;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A macro called from a {@code <text macro="...">} that prints words of its own beside
 * variables, set in a {@code <group>}. CSL 1.0.2 treats such a call as a group: when every
 * variable it calls is empty, it prints nothing, its words and affixes neither; citeproc-java
 * 3.5 printed the words alone. associacao-brasileira-de-normas-tecnicas-ipea's macro
 * "translator" ({@code <text value="Traducao "/>} then the translators' names) gave
 * "Traducao ." in every entry without a translator; citeproc-js prints nothing there.
 */
final class MacroGroups {

    /** A macro: its name and content. */
    private static final Pattern MACRO = Pattern.compile("(?s)<macro\\s+name=\"([^\"]*)\"[^>]*>(.*?)</macro>");
    /** A text element calling a macro, self-closed (a text element has no children). */
    private static final Pattern CALL = Pattern.compile("<text\\b[^>]*\\bmacro=\"([^\"]*)\"[^>]*/>");
    /** An element that prints a variable. */
    private static final Pattern VARIABLE = Pattern.compile("<(?:names|text|date|number|label)\\b[^>]*\\bvariable=\"");
    /** An element that prints words of its own. */
    private static final Pattern WORDS = Pattern.compile("<(?:text|label)\\b[^>]*\\b(?:value|term)=\"[^\"]");

    private MacroGroups() {
    }

    /** The style with each call of a macro that has words of its own beside variables in a group. */
    static String apply(String xml) {
        Set<String> grouped = new HashSet<>();
        Matcher macro = MACRO.matcher(xml);
        while (macro.find()) {
            String content = macro.group(2).replaceAll("(?s)<!--.*?-->", "");
            if (VARIABLE.matcher(content).find() && WORDS.matcher(content).find()) {
                grouped.add(macro.group(1));
            }
        }
        if (grouped.isEmpty()) {
            return xml;
        }
        return CALL.matcher(xml).replaceAll(call -> Matcher.quoteReplacement(
                grouped.contains(call.group(1)) ? "<group>" + call.group() + "</group>" : call.group()));
    }
}
