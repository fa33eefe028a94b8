package org.apache.pdfbox.util;

import java.util.regex.Pattern;

/**
 * Imprint's stand-in for PDFBox 3.0.8's class of the same name: identical methods, but
 * {@link #tokenizeOnSpace} uses a pattern compiled once instead of compiling one for every text
 * run PDFBox draws with a GSUB-capable font (about 5% of a report's build). It shadows the
 * library class because Imprint's classes come first on the class path; remove it once PDFBox
 * precompiles the pattern.
 */
public final class StringUtil {

    public static final Pattern PATTERN_SPACE = Pattern.compile("\\s");

    private static final Pattern AROUND_SPACE = Pattern.compile("(?<=" + PATTERN_SPACE + ")|(?=" + PATTERN_SPACE + ")");

    private StringUtil() {
    }

    /** Splits on white space, dropping it. */
    public static String[] splitOnSpace(String s) {
        return PATTERN_SPACE.split(s);
    }

    /** Splits before and after each white-space character, keeping each as a token of its own. */
    public static String[] tokenizeOnSpace(String s) {
        return AROUND_SPACE.split(s);
    }
}
