package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a {@code <substitute>} prints in place of missing names (a term, a value, a macro of
 * them: "Anon."), set in a {@code <group>}. CSL counts what a substitute prints as the names it
 * stands for, so a group around the names prints with it; citeproc-java 3.5 counts only
 * variables, found every variable of that group empty and dropped it, the substitute's words
 * too: neurorehabilitation-and-neural-repair's {@code <group suffix=".">} round the authors,
 * whose substitute is the term "anonymous", printed no "Anon." for a source without authors,
 * where citeproc-js does (h15ab 8). A group that prints something counts as a variable given
 * for the groups around it, in citeproc-java as in CSL.
 */
final class SubstitutedWords {

    /** A substitute element and its content (substitutes do not nest). */
    private static final Pattern SUBSTITUTE = Pattern.compile("(?s)<substitute\\b[^>]*>(.*?)</substitute>");
    /** A text element that prints no variable of its own: a term, a value or a macro (text elements have no children). */
    private static final Pattern WORDS = Pattern.compile("<text\\b(?![^>]*\\bvariable=)[^>]*/>");

    private SubstitutedWords() {
    }

    /** The style with each substitute's words in a group of their own. */
    static String apply(String xml) {
        return SUBSTITUTE.matcher(xml).replaceAll(s -> Matcher.quoteReplacement(
                WORDS.matcher(s.group()).replaceAll(w -> Matcher.quoteReplacement("<group>" + w.group() + "</group>"))));
    }
}
