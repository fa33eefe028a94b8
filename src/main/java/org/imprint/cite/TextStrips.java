package org.imprint.cite;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A variable or macro a style prints without its full stops ({@code <text variable="container-title"
 * form="short" strip-periods="true"/>}: 764 bundled styles, most for the journal's abbreviated
 * name): citeproc-java 3.5 strips them from dates and labels only, so AMA and Vancouver-like
 * styles printed "Proc. of the Society" and "J. Biol. Chem." for citeproc-js's "Proc of the
 * Society" and "J Biol Chem". The text is marked in the style, inside its affixes, and its full
 * stops dropped once rendered ({@link TermValues} does the same for terms, before rendering).
 * The full stops of affixes and delimiters inside a stripped macro stay, as in citeproc-js.
 */
final class TextStrips {

    static final char START = '\uE076';
    static final char END = '\uE077';
    /** A full stop of an affix or delimiter inside a stripped macro, which stays (citeproc-js strips the rendered words only). */
    static final char KEPT = '\uE078';

    private static final Pattern TEXT = Pattern.compile(
            "<text\\b(?=[^>]*\\bstrip-periods=\"true\")(?=[^>]*\\b(?:variable|macro)=\")([^>]*?)/>");
    private static final Pattern MACRO = Pattern.compile("(?s)(<macro\\s+name=\"([^\"]*)\"[^>]*>)(.*?)(</macro>)");
    private static final Pattern CALL = Pattern.compile("<text\\b[^>]*\\bmacro=\"([^\"]*)\"");
    private static final Pattern AFFIX = Pattern.compile("(?<![\\w-])(prefix|suffix|delimiter)=\"([^\"]*)\"");

    private TextStrips() {
    }

    /** The style with each variable or macro it strips of full stops marked for {@link #write}. */
    static String mark(String xml) {
        return TEXT.matcher(keepAffixStops(xml)).replaceAll(m -> {
            String attributes = m.group(1);
            String rest = attributes.replaceAll("\\s+(?:prefix|suffix|strip-periods)=\"[^\"]*\"", "");
            return Matcher.quoteReplacement("<text" + rest + " prefix=\"" + StyleAttributes.value(attributes, "prefix") + START
                    + "\" suffix=\"" + END + StyleAttributes.value(attributes, "suffix") + "\"/>");
        });
    }

    /** The style with the full stops of affixes and delimiters in each macro a stripping text prints (directly or through other macros) as {@link #KEPT}. */
    private static String keepAffixStops(String xml) {
        Map<String, String> macros = new HashMap<>();
        Matcher macro = MACRO.matcher(xml);
        while (macro.find()) {
            macros.put(macro.group(2), macro.group(3));
        }
        Set<String> stripped = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        Matcher text = TEXT.matcher(xml);
        while (text.find()) {
            pending.push(text.group());
        }
        while (!pending.isEmpty()) {
            Matcher call = CALL.matcher(pending.pop());
            while (call.find()) {
                if (macros.containsKey(call.group(1)) && stripped.add(call.group(1))) {
                    pending.push(macros.get(call.group(1)));
                }
            }
        }
        if (stripped.isEmpty()) {
            return xml;
        }
        return MACRO.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(!stripped.contains(m.group(2)) ? m.group()
                : m.group(1) + AFFIX.matcher(m.group(3)).replaceAll(a -> Matcher.quoteReplacement(
                        a.group(1) + "=\"" + a.group(2).replace('.', KEPT) + "\"")) + m.group(4)));
    }

    /**
     * The rendered text without the full stops of its marked parts (an abbreviation's too,
     * {@link AbbreviationStops#STOP}) and without the marks; the markup's own (a link's address) stay.
     */
    static String write(String html) {
        if (html.indexOf(END) < 0) {
            return html.indexOf(KEPT) < 0 ? html : html.replace(KEPT, '.');
        }
        StringBuilder out = new StringBuilder(html.length());
        int depth = 0;
        boolean tag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == START) {
                depth++;
            } else if (c == END) {
                depth = Math.max(0, depth - 1);
            } else if (!(depth > 0 && !tag && (c == '.' || c == AbbreviationStops.STOP))) {
                tag = c == '<' || tag && c != '>';
                out.append(c);
            }
        }
        return out.toString().replace(KEPT, '.');
    }
}
