package org.imprint.chart;

import java.util.Map;

import org.imprint.layout.NameScript;

/**
 * Fills a brand's chart sentence ({@code charts: words:} in brand.yaml) with its values, in one
 * pass, so that a value holding braces is never read as a placeholder. A value that follows a
 * one-letter prefix glued to it (Arabic "لـ{series}") but does not begin with a letter of the
 * prefix's script is set one space apart: glued, "لـflow" drew a joining stroke to a Latin word.
 * The sentence's words stay the brand's; the space is what the bylines'
 * {@code byline_and_other_script} and the charts' {@code and_other_script} put there too.
 */
final class SentenceWords {

    private SentenceWords() {
    }

    /** {@code sentence} with each {@code {name}} of {@code values} replaced; other braces are kept. */
    static String fill(String sentence, Map<String, String> values) {
        StringBuilder out = new StringBuilder(sentence.length() + 64);
        int i = 0;
        while (i < sentence.length()) {
            int open = sentence.indexOf('{', i);
            int close = open < 0 ? -1 : sentence.indexOf('}', open);
            if (close < 0) {
                out.append(sentence, i, sentence.length());
                break;
            }
            out.append(sentence, i, open);
            String name = sentence.substring(open + 1, close);
            String value = values.get(name);
            if (value == null) {
                out.append(sentence, open, close + 1);
            } else {
                String before = out.toString();
                if (NameScript.endsInGluedPrefix(before) && !value.isEmpty() && !NameScript.beginsInScriptOf(value, before)) {
                    out.append(' ');
                }
                out.append(value);
            }
            i = close + 1;
        }
        return out.toString();
    }
}
