package org.imprint.markdown;

import java.nio.charset.StandardCharsets;

/**
 * The link targets Imprint writes, as a URI may hold them. An author's URL may contain spaces,
 * quotes or angle brackets ({@code ?q="1"}), a DOI {@code <} and {@code >}: EPUBCheck refuses
 * such an href (RSC-020) and the PDF writer drops the link annotation while still drawing the
 * link. Every href of the body, the front matter and the bibliography passes here (through
 * {@link HtmlSanitizer#clean}); the printed text stays as written.
 */
public final class Hrefs {

    private static final String UNSAFE = "<>\"{}|\\^` ";

    private Hrefs() {
    }

    /**
     * The address with every character a URI may not hold percent-encoded, as UTF-8; a valid
     * {@code %XX} is kept, so encoding twice changes nothing.
     */
    public static String encode(String href) {
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

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
