package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A variable or macro a style prints without its full stops ({@code <text variable="container-title"
 * form="short" strip-periods="true"/>}: 764 bundled styles, most for the journal's abbreviated
 * name): citeproc-java 3.5 strips them from dates and labels only, so AMA and Vancouver-like
 * styles printed "Proc. of the Society" and "J. Biol. Chem." for citeproc-js's "Proc of the
 * Society" and "J Biol Chem". The text is marked in the style, inside its affixes, and its full
 * stops dropped once rendered ({@link TermValues} does the same for terms, before rendering).
 */
final class TextStrips {

    static final char START = '\uE076';
    static final char END = '\uE077';

    private static final Pattern TEXT = Pattern.compile(
            "<text\\b(?=[^>]*\\bstrip-periods=\"true\")(?=[^>]*\\b(?:variable|macro)=\")([^>]*?)/>");

    private TextStrips() {
    }

    /** The style with each variable or macro it strips of full stops marked for {@link #write}. */
    static String mark(String xml) {
        return TEXT.matcher(xml).replaceAll(m -> {
            String attributes = m.group(1);
            String rest = attributes.replaceAll("\\s+(?:prefix|suffix|strip-periods)=\"[^\"]*\"", "");
            return Matcher.quoteReplacement("<text" + rest + " prefix=\"" + StyleAttributes.value(attributes, "prefix") + START
                    + "\" suffix=\"" + END + StyleAttributes.value(attributes, "suffix") + "\"/>");
        });
    }

    /**
     * The rendered text without the full stops of its marked parts (an abbreviation's too,
     * {@link AbbreviationStops#STOP}) and without the marks; the markup's own (a link's address) stay.
     */
    static String write(String html) {
        if (html.indexOf(END) < 0) {
            return html;
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
        return out.toString();
    }
}
