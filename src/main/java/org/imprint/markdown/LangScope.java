package org.imprint.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language in force at a point of Markdown source, read from the raw HTML tags met so far:
 * {@code <div lang="fr">} opens French until its {@code </div>}, whether the Markdown between
 * them is a paragraph or more. Mutable; one per walk over a document or a paragraph.
 */
final class LangScope {

    // possessive: a regex that backtracks one character at a time recurses once per character, and
    // overflows the stack on a long run of text that opens a tag and never closes it
    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>", Pattern.DOTALL);
    private static final Pattern LANG = Pattern.compile(
            "(?:^|[\\s:])lang\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>/]+))", Pattern.CASE_INSENSITIVE);
    /** Elements that have no end tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    private record Open(String name, String language) {
    }

    private final String outer;
    private final Deque<Open> open = new ArrayDeque<>();

    /** A scope whose language, outside every tag, is {@code outer}. */
    LangScope(String outer) {
        this.outer = outer;
    }

    /** A scope with the same open elements, changed independently of this one. */
    LangScope copy() {
        LangScope copy = new LangScope(outer);
        copy.open.addAll(open);
        return copy;
    }

    /** The language at this point: the nearest open element's {@code lang}, else the outer one. */
    String current() {
        return open.isEmpty() ? outer : open.peek().language();
    }

    /** Reads the start and end tags of a piece of raw HTML, in order. */
    void read(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            if (tag.group(2) == null) {
                continue; // a comment
            }
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            if (!tag.group(1).isEmpty()) {
                close(name);
            } else if (!VOID.contains(name) && !tag.group(3).strip().endsWith("/")) {
                Matcher lang = LANG.matcher(tag.group(3));
                String language = current();
                if (lang.find()) {
                    String value = lang.group(1) != null ? lang.group(1) : lang.group(2) != null ? lang.group(2) : lang.group(3);
                    if (!value.isBlank()) {
                        language = value.strip();
                    }
                }
                open.push(new Open(name, language));
            }
        }
    }

    /** Closes the nearest open element of that name and those opened inside it; a stray end tag is ignored. */
    private void close(String name) {
        if (open.stream().noneMatch(o -> o.name().equals(name))) {
            return;
        }
        while (!open.isEmpty() && !open.pop().name().equals(name)) {
            // elements left open inside it end with it, as in HTML
        }
    }
}
