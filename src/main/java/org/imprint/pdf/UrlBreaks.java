package org.imprint.pdf;

import java.util.BitSet;

/**
 * Where a URL in running text may break across lines, as the Chicago Manual of Style (17th ed.,
 * 7.42) breaks it: after a colon or a double slash; before a single slash, a tilde, a period, a
 * comma, a hyphen, an underline, a question mark, a number sign or a percent sign; before or
 * after an equals sign or an ampersand. Never after a hyphen (it would read as a hyphen the URL does
 * not have), and no hyphen is added. Nothing is inserted into the text: these are break
 * opportunities the line breaker offers, so the extracted text and the link keep the URL as it is.
 * A URL that cannot break leaves its line, justified, with gaps of several ems.
 *
 * <p>A URL is a run of characters without spaces that holds {@code ://} or starts with
 * {@code www.}, or (the rest of a URL the line breaker gets after an earlier break, without its
 * start) that is at least {@value #MIN_PATH} characters long and holds two slashes.
 *
 * <p>An e-mail address ({@code name@host.tld}) breaks as a URL does (Chicago 7.42: "e-mail
 * addresses ... should be broken in the same way"): before a period or before the {@code @},
 * never after a period, where the line would end as a sentence does.
 */
final class UrlBreaks {

    /** Shortest run of characters read as the rest of a URL by its slashes alone. */
    static final int MIN_PATH = 16;
    /** Fewest characters of a URL kept on either side of a break. */
    private static final int MIN_PIECE = 3;

    private UrlBreaks() {
    }

    /** The URLs of a text and their break opportunities. */
    static Found find(String text) {
        BitSet breaks = new BitSet();
        BitSet inside = new BitSet();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (isUrl(text, i, end)) {
                inside.set(i, end);
                // trailing sentence punctuation is not part of the URL's pieces
                int last = end;
                while (last > i && ".,;:!?)»\u201D\u2019".indexOf(text.charAt(last - 1)) >= 0) {
                    last--;
                }
                for (int k = i + MIN_PIECE; k <= last - MIN_PIECE; k++) {
                    if (opportunity(text, k)) {
                        breaks.set(k);
                    }
                }
            }
            i = end;
        }
        return new Found(breaks, inside);
    }

    /**
     * @param breaks a URL may break before the character at each set index
     * @param inside the characters that belong to URLs: other opportunities among them are not offered
     */
    record Found(BitSet breaks, BitSet inside) {
    }

    private static boolean isUrl(String text, int start, int end) {
        String token = text.substring(start, end);
        if (token.contains("://") || token.regionMatches(true, 0, "www.", 0, 4)) {
            return true;
        }
        if (isEmail(token)) {
            return true;
        }
        return end - start >= MIN_PATH && token.indexOf('/') != token.lastIndexOf('/') && !token.contains("@");
    }

    /** Whether a run of characters without spaces is an e-mail address, with sentence punctuation after it. */
    static boolean isEmail(String token) {
        int at = token.indexOf('@');
        if (at <= 0 || at != token.lastIndexOf('@')) {
            return false;
        }
        String host = token.substring(at + 1).replaceAll("[.,;:!?)\u00BB\u201D\u2019]+$", "");
        int dot = host.lastIndexOf('.');
        return dot > 0 && dot < host.length() - 2 && host.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-')
                && token.substring(0, at).chars().noneMatch(c -> c == '/' || c == ':');
    }

    /** Whether a URL may break before the character at {@code k}. */
    private static boolean opportunity(String text, int k) {
        char before = text.charAt(k - 1);
        char at = text.charAt(k);
        char next = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
        if (before == '/' && text.charAt(k - 2) == '/' && at != '/') {
            return true; // after a double slash
        }
        if (before == ':' && at != '/') {
            return true; // after a colon (not between "https:" and its "//")
        }
        if (at == '/') {
            return before != '/' && before != ':' && next != '/'; // before a single slash
        }
        if (before == '=' || before == '&') {
            return at != '=' && at != '&'; // after an equals sign or an ampersand
        }
        return BEFORE.indexOf(at) >= 0 && BEFORE.indexOf(before) < 0 && before != '/' && before != ':';
    }

    /** Characters a URL (or an e-mail address) may break before (the equals sign and the ampersand also after). */
    private static final String BEFORE = ".,~-_?#%=&@";
}
