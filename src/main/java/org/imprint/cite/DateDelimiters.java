package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL's {@code delimiter} on a date of its own date-parts, which citeproc-java 3.5 ignores: "June
 * 1" printed "June1" and "5 January 2022" "5January2022" in ambio, aerosol-and-air-quality-research
 * and the other styles of the 577 bundled ones that set the parts apart so. Each part after the
 * first is given the delimiter before its own prefix; a part that does not print (a date without
 * its day) prints neither.
 */
final class DateDelimiters {

    /**
     * A date element with its date-parts, not localized (a localized date takes the locale's);
     * never a self-closing {@code <date .../>}, which read as an opening tag took every element up
     * to the next date's end for its parts, and that date's delimiter was lost
     * (pontifical-gregorian-university's "[accessed: 2232024]" after its issued date; 117 bundled styles).
     */
    private static final Pattern DATE = Pattern.compile("(?s)<date\\b([^>]*?)(?<!/)>(.*?)</date>");
    private static final Pattern DELIMITER = Pattern.compile("\\sdelimiter=\"([^\"]*)\"");
    private static final Pattern PART = Pattern.compile("<date-part\\b([^>]*?)(/?)>");
    private static final Pattern PREFIX = Pattern.compile("\\sprefix=\"([^\"]*)\"");

    private DateDelimiters() {
    }

    /** The style with each such date's delimiter given to its parts. */
    static String apply(String xml) {
        return DATE.matcher(xml).replaceAll(date -> {
            Matcher delimiter = DELIMITER.matcher(date.group(1));
            if (date.group(1).contains("form=\"") || !delimiter.find() || delimiter.group(1).isEmpty()) {
                return Matcher.quoteReplacement(date.group());
            }
            String between = delimiter.group(1);
            int[] n = {0};
            String parts = PART.matcher(date.group(2)).replaceAll(part -> {
                if (n[0]++ == 0) {
                    return Matcher.quoteReplacement(part.group());
                }
                Matcher prefix = PREFIX.matcher(part.group(1));
                String attributes = prefix.find()
                        ? prefix.replaceFirst(Matcher.quoteReplacement(" prefix=\"" + between + prefix.group(1) + "\""))
                        : part.group(1) + " prefix=\"" + between + "\"";
                return Matcher.quoteReplacement("<date-part" + attributes + part.group(2) + ">");
            });
            return Matcher.quoteReplacement("<date" + date.group(1) + ">" + parts + "</date>");
        });
    }
}
