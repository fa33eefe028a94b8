package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delimiter for each {@code <names>} of several variables that sets none
 * ({@code <names variable="editor collection-editor">}). citeproc-java 3.5 reads only the
 * element's own {@code delimiter}, not CSL's inheritable {@code names-delimiter}, and without
 * one it runs the name lists together: bibliotheque-universitaire-de-medecine-vancouver printed
 * "Carr C, editorReed R, editor." for a book's editor and its series' editor. Such an element is
 * given the style's {@code names-delimiter} (of {@code <style>}, else of the {@code <bibliography>}
 * or {@code <citation>} it is written in, else of the bibliography, where the name lists of a
 * macro are printed in full), and where the style gives none, "; ", the CSL specification's own
 * example ("Doe, Smith (editors); Johnson (translator)").
 */
final class NamesDelimiters {

    /** The delimiter where the style names none. */
    static final String DEFAULT = "; ";

    /** A names start tag listing two or more variables. */
    private static final Pattern SEVERAL = Pattern.compile("<names\\b([^>]*?)\\bvariable=\"\\s*\\S+\\s+\\S[^\"]*\"([^>]*)>");

    private NamesDelimiters() {
    }

    /** The style with each {@code <names>} of several variables given a delimiter. */
    static String apply(String xml) {
        String style = inherited(xml, "style");
        String bibliography = inherited(xml, "bibliography");
        String citation = inherited(xml, "citation");
        int bibliographyAt = xml.indexOf("<bibliography");
        int citationAt = xml.indexOf("<citation");
        Matcher m = SEVERAL.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group();
            if (Pattern.compile("\\sdelimiter=\"").matcher(tag).find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(tag));
                continue;
            }
            String delimiter = style != null ? style
                    : within(m.start(), citationAt, bibliographyAt, xml) && citation != null ? citation
                    : bibliography != null ? bibliography : citation != null ? citation : DEFAULT;
            m.appendReplacement(out, Matcher.quoteReplacement(tag.replaceFirst("^<names\\b",
                    "<names delimiter=\"" + delimiter.replace("\"", "&quot;") + "\"")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Marks the start of a {@code <names>} of several variables ({@link #guard}). */
    static final String START = "\uE084";
    /** Marks the start of the delimiter between two of its name lists. */
    static final String DELIMITER = "\uE085";
    /** Marks the end of that delimiter. */
    static final String DELIMITER_END = "\uE086";

    /** A names start tag listing two or more variables, with its delimiter. */
    private static final Pattern SEVERAL_DELIMITED = Pattern.compile("<names\\b([^>]*?)\\bvariable=\"\\s*\\S+\\s+\\S[^\"]*\"([^>]*)>");
    /** The start of a names element right before a delimiter: nothing printed before it. */
    private static final Pattern LEADING = Pattern.compile(START + "((?:<[^>]*>)*)" + DELIMITER + "[^" + DELIMITER_END + "]*" + DELIMITER_END);
    private static final Pattern MARKS = Pattern.compile("[" + START + DELIMITER + DELIMITER_END + "]");

    /**
     * The style with each {@code <names>} of several variables marked where it starts and where
     * its delimiter stands ({@link #clean} takes a delimiter out that follows the start).
     * citeproc-java 3.5 writes the delimiter before each name list after the first that prints,
     * whether or not one before it printed: OSCOLA's {@code <names delimiter=", "
     * variable="container-author editor translator">} printed "in , Cy Carr (ed)" for a chapter
     * with an editor and no container author (citeproc-js: "in Cy Carr (ed)").
     */
    static String guard(String xml) {
        Matcher m = SEVERAL_DELIMITED.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group();
            Matcher delimiter = Pattern.compile("\\sdelimiter=\"([^\"]*)\"").matcher(tag);
            if (!delimiter.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(tag));
                continue;
            }
            tag = tag.substring(0, delimiter.start(1)) + DELIMITER + delimiter.group(1) + DELIMITER_END + tag.substring(delimiter.end(1));
            Matcher prefix = Pattern.compile("\\sprefix=\"([^\"]*)\"").matcher(tag);
            tag = prefix.find() ? tag.substring(0, prefix.end(1)) + START + tag.substring(prefix.end(1))
                    : tag.replaceFirst("^<names\\b", "<names prefix=\"" + START + "\"");
            m.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text without {@link #guard}'s marks, and without a delimiter no name list printed before. */
    static String clean(String html) {
        return html == null || html.indexOf(START.charAt(0)) < 0 && html.indexOf(DELIMITER.charAt(0)) < 0 ? html
                : MARKS.matcher(LEADING.matcher(html).replaceAll("$1")).replaceAll("");
    }

    /** Whether an offset lies in the citation element (which starts at citationAt). */
    private static boolean within(int at, int citationAt, int bibliographyAt, String xml) {
        int end = xml.indexOf("</citation>", Math.max(citationAt, 0));
        return citationAt >= 0 && at > citationAt && end > at && (bibliographyAt < citationAt || at < bibliographyAt);
    }

    /** The names-delimiter set on an element's start tag, as written (entities kept); null for none. */
    private static String inherited(String xml, String element) {
        Matcher tag = Pattern.compile("<" + element + "\\b[^>]*>").matcher(xml);
        if (!tag.find()) {
            return null;
        }
        Matcher value = Pattern.compile("\\bnames-delimiter=\"([^\"]*)\"").matcher(tag.group());
        return value.find() ? value.group(1) : null;
    }
}
