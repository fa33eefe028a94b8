package org.imprint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imprint.markdown.Heading;
import org.imprint.markdown.MarkdownRenderer;

/**
 * One heading of the body with the headings nested under it: the outline that the PDF's
 * bookmarks and the EPUB's table of contents are both made from, at any depth.
 *
 * @param level    1 to 6, as written
 * @param id       the element id outputs link to
 * @param text     plain text of the heading
 * @param children the deeper headings that follow it, up to the next heading of its level or higher
 */
public record OutlineEntry(int level, String id, String text, List<OutlineEntry> children) {

    public OutlineEntry {
        children = List.copyOf(children);
    }

    private static final String ENDNOTES = MarkdownRenderer.ENDNOTES_ID;
    private static final String BIBLIOGRAPHY = MarkdownRenderer.BIBLIOGRAPHY_ID;

    /**
     * The body's headings nested, then the sections set after the body when it has them (the
     * endnotes, the reference list), which readers find in the bookmarks and the table of
     * contents like any section. An output that does not set one (notes at the page foot) leaves
     * its entry out: see {@link #present}.
     */
    public static List<OutlineEntry> of(List<Heading> headings, String notes, String bibliography) {
        List<OutlineEntry> entries = new ArrayList<>(of(headings));
        if (notes != null) {
            entries.add(new OutlineEntry(2, ENDNOTES, notes, List.of()));
        }
        if (bibliography != null) {
            entries.add(new OutlineEntry(2, BIBLIOGRAPHY, bibliography, List.of()));
        }
        return entries;
    }

    /** The entries whose target a rendered body holds: a heading always, the endnotes only when set as such. */
    public static List<OutlineEntry> present(List<OutlineEntry> outline, String bodyHtml) {
        return outline.stream().filter(e -> !(e.id().equals(ENDNOTES) || e.id().equals(BIBLIOGRAPHY))
                || bodyHtml.contains("id=\"" + e.id() + "\"")).toList();
    }

    /** Nests flat headings by level: each heading holds the deeper ones that follow it. */
    public static List<OutlineEntry> of(List<Heading> headings) {
        return nest(headings, 0, headings.size());
    }

    private static List<OutlineEntry> nest(List<Heading> headings, int from, int to) {
        List<OutlineEntry> entries = new ArrayList<>();
        int i = from;
        while (i < to) {
            Heading h = headings.get(i);
            int end = i + 1;
            while (end < to && headings.get(end).level() > h.level()) {
                end++;
            }
            entries.add(new OutlineEntry(h.level(), h.id(), h.text(), nest(headings, i + 1, end)));
            i = end;
        }
        return entries;
    }

    /**
     * The entry as a map, for layouts: {@code id}, {@code text}, {@code level}, {@code children},
     * {@code dir}, the direction its heading is marked with in the body (empty when it takes
     * the article's), so that a table of contents sets the entry as the heading is set, and
     * {@code lang}, the language the author gave the heading (empty when it takes the article's).
     *
     * @param dirs  the headings' directions by id ({@link org.imprint.markdown.ParagraphDirections#headings})
     * @param langs the headings' languages by id ({@link org.imprint.markdown.HeadingLanguage#byId})
     */
    public Map<String, Object> toModel(Map<String, String> dirs, Map<String, String> langs) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", id);
        m.put("text", text);
        m.put("level", level);
        m.put("dir", dirs.getOrDefault(id, ""));
        m.put("lang", langs.getOrDefault(id, ""));
        m.put("children", children.stream().map(child -> child.toModel(dirs, langs)).toList());
        return m;
    }
}
