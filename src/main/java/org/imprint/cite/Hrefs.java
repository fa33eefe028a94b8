package org.imprint.cite;

import java.nio.charset.StandardCharsets;

/**
 * The web address of a DOI or URL as a link may hold it. A DOI may contain characters RFC 3986
 * forbids in a URI ("&lt;", "&gt;" in SICI DOIs), and a URL field may hold spaces or
 * quotes: EPUBCheck refuses such an href and the PDF writer drops the link. The printed text
 * stays as written; only the href is percent-encoded.
 */
final class Hrefs {

    private static final String UNSAFE = "<>\"{}|\\^` ";

    private Hrefs() {
    }

    /** The address with every character a URI may not hold percent-encoded (a valid "%XX" kept). */
    static String encode(String href) {
        StringBuilder out = new StringBuilder(href.length());
        for (int i = 0; i < href.length(); ) {
            int c = href.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '%' && !(isHex(href, next) && isHex(href, next + 1))) {
                out.append("%25");
            } else if (c < 0x21 || c > 0x7E || UNSAFE.indexOf(c) >= 0) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * A DOI as CSL wants it, without the resolver ("https://doi.org/10.1/x" or "doi:10.1/x" →
     * "10.1/x"): styles print their own "https://doi.org/" or "doi:" before it.
     */
    static String bareDoi(String doi) {
        return doi.strip().replaceFirst("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", "");
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
