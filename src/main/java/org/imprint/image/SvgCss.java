package org.imprint.image;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSS as a browser reads it, for checking what an SVG's style sheets and style attributes may
 * fetch: escapes ({@code u\72l(}, {@code \75rl(}, {@code @\69mport}) decoded as CSS Syntax §4.3.7
 * decodes them, comments removed. A check of the raw text alone is blind to both; the cleaned file
 * keeps the author's text, which is safe because its decoded form passed.
 */
final class SvgCss {

    /** Functions and properties that fetch or run something, whatever their argument. */
    private static final Pattern FETCHING = Pattern.compile(
            "(?<![a-z0-9_-])(?:-[a-z]+-)?(image-set|image|src|element|cross-fade|expression|paint)\\s*\\(|javascript:|-moz-binding|behavior\\s*:");
    private static final Pattern URL_START = Pattern.compile("(?<![a-z0-9_-])url\\s*\\(");

    private SvgCss() {
    }

    /**
     * The text with every CSS escape decoded: a backslash and one to six hex digits (and one
     * whitespace after them) is that code point, a backslash and a line break is nothing, a
     * backslash and any other character is that character.
     */
    static String unescaped(String css) {
        if (css.indexOf('\\') < 0) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= css.length()) {
                out.append('\uFFFD');
                break;
            }
            int start = i;
            while (i < css.length() && i - start < 6 && Character.digit(css.charAt(i), 16) >= 0) {
                i++;
            }
            if (i > start) {
                int cp = Integer.parseInt(css.substring(start, i), 16);
                out.appendCodePoint(cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp);
                if (i < css.length() && css.charAt(i) == '\r' && i + 1 < css.length() && css.charAt(i + 1) == '\n') {
                    i += 2;
                } else if (i < css.length() && " \t\n\r\f".indexOf(css.charAt(i)) >= 0) {
                    i++;
                }
            } else if ("\n\r\f".indexOf(css.charAt(i)) >= 0) {
                i++;
            } else {
                int cp = css.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /** The text without its comments; an unclosed comment runs to the end, as in CSS. */
    static String uncommented(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int open = css.indexOf("/*", i);
            if (open < 0) {
                out.append(css, i, css.length());
                break;
            }
            out.append(css, i, open);
            int close = css.indexOf("*/", open + 2);
            i = close < 0 ? css.length() : close + 2;
        }
        return out.toString();
    }

    /**
     * Why this CSS could fetch or run something, or {@code null} when it cannot: each form of it
     * (escapes decoded, comments removed both before and after decoding) is checked, so no way of
     * writing a function name or an at-rule slips past.
     *
     * @param allowed whether a {@code url()} target is one the figure may name (its own part, an embedded image)
     * @param names   whether the text is a name or label (an id, a class, a data- or aria- attribute), not a
     *                CSS value: {@code url()} is still refused in it, but "image (2)" is not a function
     */
    static Finding check(String css, java.util.function.Predicate<String> allowed, boolean names) {
        if (css == null || css.isEmpty()) {
            return null;
        }
        String decoded = unescaped(css);
        for (String form : new String[] {css, decoded, uncommented(decoded), unescaped(uncommented(css))}) {
            Finding f = checkForm(form.toLowerCase(Locale.ROOT), form, allowed);
            if (f != null) {
                return f;
            }
        }
        if (names) {
            return null;
        }
        // function names only where CSS reads them: not in comments, strings or font names ("Image (2).ai",
        // 'Src (Pro)'); the text is decoded only after, so an escaped quote or slash hides nothing
        String code = code(css);
        for (String form : new String[] {code, unescaped(code)}) {
            Finding f = fetching(form.toLowerCase(Locale.ROOT));
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Font names in a font-family declaration: never functions, whether quoted or not. */
    private static final Pattern FONT_FAMILY = Pattern.compile("(?i)((?<![a-z0-9_-])font-family\\s*:)[^;{}]*");

    /**
     * The text as CSS code: comments and quoted strings (as the CSS tokenizer finds them in the raw
     * text, escapes skipped) replaced by a space and an empty string, font-family values by a space.
     */
    static String code(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                out.append(css, i, Math.min(i + 2, css.length()));
                i += 2;
            } else if (c == '/' && css.startsWith("/*", i)) {
                int close = css.indexOf("*/", i + 2);
                i = close < 0 ? css.length() : close + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < css.length() && css.charAt(i) != c && css.charAt(i) != '\n' && css.charAt(i) != '\r' && css.charAt(i) != '\f') {
                    i += css.charAt(i) == '\\' ? 2 : 1;
                }
                if (i < css.length() && css.charAt(i) == c) {
                    i++;
                }
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return FONT_FAMILY.matcher(out).replaceAll("$1 ");
    }

    private static Finding fetching(String lower) {
        Matcher fetching = FETCHING.matcher(lower);
        if (fetching.find()) {
            String what = fetching.group(1) != null ? fetching.group(1) + "()" : fetching.group().replaceAll("\\s", "");
            return new Finding("uses " + what + ", which can fetch content or run a script",
                    "remove it; fill with a colour or a gradient defined in the file");
        }
        return null;
    }

    private static Finding checkForm(String lower, String form, java.util.function.Predicate<String> allowed) {
        if (lower.contains("@import")) {
            return new Finding("imports a style sheet from outside (@import)", "write the styles into the SVG file");
        }
        Matcher url = URL_START.matcher(lower);
        while (url.find()) {
            String target = urlTarget(form, url.end());
            if (!allowed.test(target)) {
                return new Finding("refers to \"" + (target.length() > 60 ? target.substring(0, 57) + "..." : target) + "\" (url()); a figure may refer only to its own parts",
                        "embed what it refers to in the SVG file");
            }
        }
        return null;
    }

    /** The argument of a {@code url(} whose opening parenthesis ends at {@code from}: quoted, or up to the closing parenthesis. */
    private static String urlTarget(String css, int from) {
        int i = from;
        while (i < css.length() && Character.isWhitespace(css.charAt(i))) {
            i++;
        }
        if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
            int close = css.indexOf(css.charAt(i), i + 1);
            return css.substring(i + 1, close < 0 ? css.length() : close).strip();
        }
        int close = css.indexOf(')', i);
        return css.substring(i, close < 0 ? css.length() : close).strip();
    }

    /** What is wrong with a piece of CSS, and the fix. */
    record Finding(String why, String fix) {
    }
}
