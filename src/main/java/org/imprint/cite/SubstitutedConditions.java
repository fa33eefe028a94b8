package org.imprint.cite;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test of whether a source has names, set after the names it tests: citeproc-java 3.5 takes a
 * variable a {@code <substitute>} has printed for absent in every later condition (it suppresses
 * it, as CSL asks of its output), where citeproc-js tests the source. Thirty bundled styles print
 * the authors, else the editors or translators, and then a macro "anon" that prints "Anon." (or the
 * title) when the source has none of them: an edited book read "Edi, Jo, ed.Anon. 2005" and was
 * cited "(EdiAnon. 2005" in the-accounting-review, "(Edi“Edited” 2005" in
 * fachhochschule-vorarlberg-author-date, where citeproc-js prints "Edi, Jo, ed. 2005", "(Edi 2005".
 *
 * <p>Such a macro is set before the names instead, where nothing is suppressed yet. The order
 * cannot show: the macro prints only when none of the names' variables (its own and its
 * substitutes') is there, and the names then print nothing. So the rewrite is made only where
 * that holds: the macro is one {@code <choose>} of one {@code <if variable="..." match="none">}
 * (no other test, no {@code <else>}) naming every variable the names and their substitutes may
 * print, and the substitutes are names alone (or macros of names alone), no title.
 */
final class SubstitutedConditions {

    /** A names element with a substitute (names nest only inside it), and a macro set right after it. */
    private static final Pattern NAMES_THEN_MACRO = Pattern.compile(
            "(?s)(<names\\b[^>]*+(?<!/)>[^<]*+(?:<(?!/names>|substitute\\b)[^<]*+)*+<substitute\\b[^>]*+>([^<]*+(?:<(?!/substitute>)[^<]*+)*+)</substitute>\\s*</names>)"
                    + "(\\s*)(<text\\s+macro=\"([^\"]+)\"\\s*/>)");
    private static final Pattern MACRO = Pattern.compile("(?s)<macro\\s+name=\"([^\"]+)\"[^>]*>(.*?)</macro>");
    private static final Pattern ONLY_IF = Pattern.compile("(?s)\\s*<choose>\\s*<if\\b([^>]*)>(.*?)</if>\\s*</choose>\\s*");
    private static final Pattern NAMES_ELEMENT = Pattern.compile("(?s)<names\\b[^>]*/>|<names\\b[^>]*>.*?</names>");
    private static final Pattern NAMES_VARIABLE = Pattern.compile("<names\\b[^>]*\\bvariable=\"([^\"]+)\"");
    private static final Pattern MACRO_CALL = Pattern.compile("<text\\s+macro=\"([^\"]+)\"\\s*/>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    private SubstitutedConditions() {
    }

    /** The style with each such macro set before the names it tests. */
    static String apply(String xml) {
        if (xml.indexOf("<substitute") < 0) {
            return xml;
        }
        Map<String, String> macros = new HashMap<>();
        Matcher macro = MACRO.matcher(xml);
        while (macro.find()) {
            macros.putIfAbsent(macro.group(1), COMMENT.matcher(macro.group(2)).replaceAll(""));
        }
        return NAMES_THEN_MACRO.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(
                testsAbsence(m.group(5), m.group(1), m.group(2), macros) ? m.group(4) + m.group(3) + m.group(1) : m.group()));
    }

    /** Whether macro {@code name} prints only when every variable the names may print is absent. */
    private static boolean testsAbsence(String name, String names, String substitute, Map<String, String> macros) {
        String body = macros.get(name);
        Matcher only = body == null ? null : ONLY_IF.matcher(body);
        if (only == null || !only.matches() || body.indexOf("<else") >= 0 || body.split("<choose\\b", -1).length != 2) {
            return false;
        }
        String test = only.group(1);
        Matcher variable = Pattern.compile("\\bvariable=\"([^\"]+)\"").matcher(test);
        if (!test.matches("(?s)\\s*(?:(?:variable|match)=\"[^\"]*\"\\s*)+") || !test.contains("match=\"none\"") || !variable.find()) {
            return false;
        }
        Set<String> tested = new HashSet<>(Arrays.asList(variable.group(1).trim().split("\\s+")));
        Set<String> printed = variables(names.substring(0, names.indexOf('>') + 1));
        String rest = NAMES_ELEMENT.matcher(COMMENT.matcher(substitute).replaceAll("")).replaceAll("");
        printed.addAll(variables(substitute));
        Matcher call = MACRO_CALL.matcher(rest);
        while (call.find()) {
            String called = macros.get(call.group(1));
            if (called == null || !NAMES_ELEMENT.matcher(called).replaceAll("").isBlank()) {
                return false;   // a substitute that may print a title: the order would show
            }
            printed.addAll(variables(called));
        }
        return MACRO_CALL.matcher(rest).replaceAll("").isBlank() && tested.containsAll(printed);
    }

    private static Set<String> variables(String xml) {
        Set<String> found = new HashSet<>();
        Matcher m = NAMES_VARIABLE.matcher(xml);
        while (m.find()) {
            found.addAll(Arrays.asList(m.group(1).trim().split("\\s+")));
        }
        return found;
    }
}
