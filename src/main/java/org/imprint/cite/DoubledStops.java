package org.imprint.cite;

import java.util.regex.Pattern;

/**
 * One full stop where a term, date or field ending in an abbreviation's stop meets the style's
 * own full stop (a delimiter or suffix), as CSL and citeproc-js merge them: the German status
 * "i. E." before IEEE's or Chicago's full stop printed "Pub, i. E.." and "Lee, Bo. i. E.. Coming.".
 * citeproc-java merges them only inside one rendered field.
 */
final class DoubledStops {

    /**
     * A word's stop, markup or private-use marks, then a second stop not part of an ellipsis or an
     * address ("a..b" of a URL has a letter after it).
     */
    private static final Pattern DOUBLED = Pattern.compile(
            "(?<=[\\p{L}\\p{M}])\\.((?:<[^>]*>|[\\uE000-\\uE0FF])*)\\.(?![.\\p{L}\\p{N}/])");

    /**
     * A full stop after a quotation's closing mark where the quotation ends with its own stop,
     * question mark or exclamation mark: ASA's title suffix set inside the marks and its group's
     * ". " after them printed "“Markets Tumble.”. The New York Times" and "“Why Now?”. The
     * Guardian", where citeproc-js drops the second stop. A comma stays ("“Why Now?,”" in
     * Chicago's notes, as citeproc-js sets it).
     */
    private static final Pattern STOP_AFTER_QUOTE = Pattern.compile(
            "([.?!]((?:<[^>]*>|[\\uE000-\\uE0FF])*)[\u201D\u2019\u00BB\u203A\u300D\u300F\"]((?:<[^>]*>|[\\uE000-\\uE0FF])*))\\.(?![.\\p{L}\\p{N}])");

    /**
     * A comma after a quotation's closing mark where the quotation ends with a comma the style
     * moved inside it (punctuation-in-quote): istanbul-universitesi's title printed "“Floods and
     * Cities,”, Water and Power", where citeproc-js sets one comma, inside.
     */
    private static final Pattern COMMA_AFTER_QUOTE = Pattern.compile(
            "(,((?:<[^>]*>|[\\uE000-\\uE0FF])*)[\u201D\u2019\u00BB\u203A\"]((?:<[^>]*>|[\\uE000-\\uE0FF])*)),(?!\\p{N})");

    private DoubledStops() {
    }

    /**
     * The HTML of an entry or citation, its quotation marks written, without a stop after a
     * quotation ending in one, nor a comma after one ending in a comma.
     */
    static String afterQuotes(String html) {
        if (html == null) {
            return null;
        }
        String once = html.indexOf('.') < 0 ? html : STOP_AFTER_QUOTE.matcher(html).replaceAll("$1");
        return once.indexOf(',') < 0 ? once : COMMA_AFTER_QUOTE.matcher(once).replaceAll("$1");
    }

    /** The HTML of an entry or citation with each doubled stop after a word printed once. */
    static String merged(String html) {
        return html.indexOf('.') < 0 ? html : DOUBLED.matcher(html).replaceAll(".$1");
    }
}
