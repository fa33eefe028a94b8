package org.imprint.cite;

/**
 * A CSL style's XML and the name it was asked for by.
 *
 * @param name its id ("apa") or file name ("house.csl")
 * @param xml  the style
 */
record StyleSource(String name, String xml) {

    /** Whether the style sets citations as notes ({@code class="note"}) rather than in the text. */
    boolean notes() {
        int style = xml.indexOf("<style");
        int end = style < 0 ? -1 : xml.indexOf('>', style);
        return end > 0 && xml.substring(style, end).matches("(?s).*\\sclass=\"note\".*");
    }

    /** Whether its citations are numbers ("[3]", IEEE, Vancouver): its citation layout prints the citation-number. */
    boolean numeric() {
        int citation = xml.indexOf("<citation");
        int end = citation < 0 ? -1 : xml.indexOf("</citation>", citation);
        return end > 0 && xml.substring(citation, end).contains("\"citation-number\"");
    }

    /**
     * Whether the style makes a reference list ({@code <bibliography>}); a style without one
     * (Bluebook's law review style) gives the citations only.
     */
    boolean listed() {
        return java.util.regex.Pattern.compile("<bibliography\\b").matcher(xml).find();
    }
}
