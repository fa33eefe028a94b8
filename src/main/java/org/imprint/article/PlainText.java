package org.imprint.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Markup written in a front-matter value that is plain text: the title, the subtitle, the series,
 * the authors' names and affiliations, the outlet and place of first publication, the keywords,
 * the identifier (written into the e-book's and the PDF's metadata as it stands).
 * Such a value is not Markdown or HTML (the abstract and the biographies are): it is set as written
 * on the cover, in the running heads, in the e-book's and the PDF's metadata and the catalogue,
 * where no markup can stand. An HTML tag, comment or character reference in it printed as typed
 * ("<q>quotes</q>" on the cover and in the PDF's Title, h19ab), so it is refused with what to
 * write instead, rather than printed or silently stripped.
 *
 * <p>A tag is what CommonMark reads as one: {@code <} followed at once by a letter (or
 * {@code /} and a letter) up to its {@code >}; {@code <!--} opens a comment. "1 < 2", "<3" and
 * "< img" are text, as in the body. A character reference is a named one HTML knows
 * ({@code &amp;}) or a number ({@code &#8220;}); "AT&T" is text.
 */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile(
            "</?([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?/?>|<!--|&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private PlainText() {
    }

    /**
     * The first markup in {@code value}, as a message's middle and end: what is written and
     * what to write instead; empty when the value is plain text.
     */
    public static Optional<Markup> markup(String value) {
        Matcher m = MARKUP.matcher(value);
        while (m.find()) {
            String written = m.group();
            if (m.group(1) != null) {
                String fix = m.group(1).equalsIgnoreCase("q")
                        ? "write the quotation marks themselves: straight ones are set as the language's marks"
                                + " ('The \"quoted\" words', or \\\"quoted\\\" inside a value in double quotes)"
                        : "remove the tag: this text is set in one style throughout, with no part in italics, bold or a style of its own";
                return Optional.of(new Markup(m.start(), "the HTML tag " + written, fix));
            }
            if (written.equals("<!--")) {
                return Optional.of(new Markup(m.start(), "an HTML comment <!--", "remove the comment"));
            }
            String reference = m.group(2);
            if (reference.startsWith("#") || Entities.isNamedEntity(reference)) {
                return Optional.of(new Markup(m.start(), "the HTML character reference " + written,
                        "write the character itself" + shown(written)));
            }
        }
        return Optional.empty();
    }

    /** The character a reference stands for, as the message shows it: " (“)", " (U+00A0)", or nothing for no character. */
    private static String shown(String reference) {
        String character;
        try {
            character = Parser.unescapeEntities(reference, false);
        } catch (RuntimeException e) {
            return "";
        }
        if (character.equals(reference) || character.isEmpty() || character.codePointCount(0, character.length()) != 1) {
            return "";
        }
        int c = character.codePointAt(0);
        boolean visible = !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                && Character.getType(c) != Character.FORMAT && c != 0xFFFD;
        return visible ? " (" + character + ")" : String.format(" (U+%04X)", c);
    }

    /**
     * @param index   where the markup starts in the value
     * @param written what it is, with the markup as written ("the HTML tag <q>")
     * @param fix     what to do instead
     */
    public record Markup(int index, String written, String fix) {

        /** The message for the value of {@code key} (a front-matter key, or a command's option). */
        public String message(String key) {
            return "\"" + key + "\" holds " + written + " (character " + (index + 1) + " of the value), but it is plain text,"
                    + " printed as written wherever it stands (the cover, the running heads, the metadata); " + fix;
        }
    }
}
