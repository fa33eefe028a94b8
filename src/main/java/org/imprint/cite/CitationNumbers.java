package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSL's {@code collapse="citation-number"} (Nature, Vancouver styles), which citeproc-java 3.5
 * does not follow: a citation of sources 1, 2, 3 and 5 is "1–3,5", not "1,2,3,5". Three or more
 * numbers in a row make a range, as in citeproc-js; two stay apart ("1,2"). Only a citation that
 * is numbers alone is collapsed: one with a page or a prefix ("1, p. 4") stays as citeproc-java made it.
 */
final class CitationNumbers {

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private CitationNumbers() {
    }

    /** Whether a style asks its citations to collapse their numbers. */
    static boolean collapses(String xml) {
        return Pattern.compile("<citation\\b[^>]*\\bcollapse=\"citation-number\"").matcher(xml).find();
    }

    /**
     * A citation's HTML with each run of three or more consecutive numbers as a range.
     *
     * @param html      the citation as citeproc-java made it ("&lt;sup&gt;1,2,3&lt;/sup&gt;", "[1, 2, 3]")
     * @param prefix    the layout's prefix ("["), around the numbers
     * @param suffix    the layout's suffix
     * @param delimiter the layout's delimiter, between the numbers
     */
    static String collapse(String html, String prefix, String suffix, String delimiter) {
        String plain = html.replaceAll("<[^>]*>", "");
        if (!plain.startsWith(prefix) || !plain.endsWith(suffix) || plain.length() < prefix.length() + suffix.length()
                || delimiter.isEmpty() || DIGIT.matcher(delimiter).find()) {
            return html;
        }
        String numbers = plain.substring(prefix.length(), plain.length() - suffix.length());
        if (!numbers.matches("\\d+(?:" + Pattern.quote(delimiter) + "\\d+){2,}") || !html.contains(numbers)) {
            return html;   // a locator, a prefix, or a tag between the numbers (linked one by one)
        }
        List<Long> values = new ArrayList<>();
        for (String number : numbers.split(Pattern.quote(delimiter))) {
            values.add(Long.parseLong(number));
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); ) {
            int end = i;
            while (end + 1 < values.size() && values.get(end + 1) == values.get(end) + 1) {
                end++;
            }
            if (end - i >= 2) {
                parts.add(values.get(i) + "\u2013" + values.get(end));
            } else {
                for (int k = i; k <= end; k++) {
                    parts.add(Long.toString(values.get(k)));
                }
            }
            i = end + 1;
        }
        String collapsed = String.join(delimiter, parts);
        int at = html.indexOf(numbers);
        return html.substring(0, at) + collapsed + html.substring(at + numbers.length());
    }
}
