package org.imprint.cite;

import java.util.regex.Pattern;

/**
 * The Hebrew CSL locale writes its abbreviations with a typewriter apostrophe: "מס'" for the
 * issue, and the page's "עמ'" in visual order, as "'עמ", the mark before the letters. Set as
 * written, the mark becomes a prime or a quotation mark before the word ("′עמ 12"). Each is
 * written as the abbreviation it is: the letters, then a geresh (U+05F3), "עמ׳".
 */
final class HebrewGeresh {

    /** The apostrophe as citeproc-java's HTML may write it: plain, curled, or as a prime ("&amp;prime;"). */
    private static final String APOSTROPHE = "(?:['\u2018\u2019\u2032]|&#39;|&#x27;|&apos;|&prime;|&rsquo;|&lsquo;)";
    /** "'עמ": the mark before a short Hebrew word that no letter or mark follows. */
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\p{M}])" + APOSTROPHE
            + "([\\u05D0-\\u05EA]{1,4})(?![\\p{L}\\p{M}]|" + APOSTROPHE + ")");
    /** "מס'": the mark after a Hebrew letter, no letter after it. */
    private static final Pattern AFTER = Pattern.compile("(?<=[\\u05D0-\\u05EA])" + APOSTROPHE + "(?![\\p{L}\\p{M}])");
    private static final String GERESH = "\u05F3";
    /** "ע"י": the double mark of an abbreviation between Hebrew letters, which citeproc-java made a double prime. */
    private static final Pattern GERSHAYIM = Pattern.compile("(?<=[\\u05D0-\\u05EA])(?:[\"\u2033\u201D]|&quot;|&Prime;|&rdquo;)(?=[\\u05D0-\\u05EA])");

    private HebrewGeresh() {
    }

    /** The text with the Hebrew locale's abbreviation marks as gereshes; as it was in another language. */
    static String write(String html, String language) {
        if (!language.toLowerCase(java.util.Locale.ROOT).matches("(he|iw)([-_].*)?")) {
            return html;
        }
        String turned = BEFORE.matcher(html).replaceAll("$1" + GERESH);
        return GERSHAYIM.matcher(AFTER.matcher(turned).replaceAll(GERESH)).replaceAll("\u05F4");
    }
}
