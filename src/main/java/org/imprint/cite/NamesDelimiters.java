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
