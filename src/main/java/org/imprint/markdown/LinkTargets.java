package org.imprint.markdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imprint.article.Reference;

/**
 * Where the article's links can go in the PDF and the e-book, and so what becomes of each link:
 * it keeps its target, gets the one it means, or is set as plain text. The load stage warns
 * about the last with the same answer the sanitiser acts on, so the two cannot disagree.
 *
 * <p>A place in the document ({@code #id}) is kept when a heading, figure, note, raw-HTML element
 * or the brand's layouts have that id; written with other case or accents than the id
 * ({@code #Méthode} for {@code #methode}), it is given the id. A file beside the article is
 * carried by neither output: a link to a figure's image goes to the figure; any other is set as
 * text. Web and e-mail addresses stay. Immutable.
 */
public final class LinkTargets {

    /** The article's file name: a link to a place in it by that name is a link to the place. */
    private static final String ARTICLE = "article.md";

    private final Map<String, String> ids;
    private final Map<String, String> figures;
    private final List<String> names;

    /**
     * @param ids     each id a link may name, to the id the documents hold (a raw-HTML id moves to
     *                the {@code user-} namespace)
     * @param figures the report-relative path of each figure's image, to the figure's id
     * @param names   the ids worth suggesting to an author: headings first, then raw HTML and figures
     */
    LinkTargets(Map<String, String> ids, Map<String, String> figures, List<String> names) {
        this.ids = Map.copyOf(ids);
        this.figures = Map.copyOf(figures);
        this.names = List.copyOf(names);
    }

    /** Targets of a text that has no places of its own. */
    public static LinkTargets none() {
        return new LinkTargets(Map.of(), Map.of(), List.of());
    }

    /**
     * The href a link has in the documents: {@code href} itself, the target it means, or
     * {@code null} when it has none there and the link is set as plain text.
     */
    public String target(String href) {
        Reference reference = Reference.of(href);
        return switch (reference.kind()) {
            case WEB, MAIL -> href;
            case FRAGMENT -> byId(fragment(href));
            case LOCAL -> {
                if (isPlace(href)) {
                    yield byId(fragment(href)); // article.md#method, as written for other Markdown tools
                }
                String figure = figures.get(reference.path());
                yield figure == null ? null : "#" + figure;
            }
            case OUTSIDE, OTHER -> null;
        };
    }

    /** The href of a place, by its id or (in other case or with accents) by the id it makes. */
    private String byId(String id) {
        String found = ids.get(id);
        if (found == null) {
            String slug = MarkdownRenderer.slug(id);
            // "section" is what a text without letters or digits makes ("#!!!", "#🎉"): it names no heading
            found = slug.equals("section") && !id.equalsIgnoreCase("section") ? null : ids.get(slug);
        }
        return found == null ? null : "#" + found;
    }

    /** Whether a link names a place in the report ({@code #id}, or {@code article.md#id}) rather than a file or address. */
    public static boolean isPlace(String href) {
        Reference reference = Reference.of(href);
        return reference.kind() == Reference.Kind.FRAGMENT
                || reference.kind() == Reference.Kind.LOCAL && reference.path().equals(ARTICLE) && href.contains("#");
    }

    /** The ids an author may have meant, for "did you mean" suggestions. */
    public List<String> names() {
        return names;
    }

    /** The id a fragment link names: after the "#", escapes decoded. */
    public static String fragment(String href) {
        String t = href.strip();
        return Reference.decode(t.substring(t.indexOf('#') + 1));
    }

    /** These places and more ids the renderer makes (notes, reference-list entries). */
    LinkTargets with(Collection<String> fixedIds) {
        Map<String, String> more = new HashMap<>(ids);
        fixedIds.forEach(id -> more.put(id, id));
        return new LinkTargets(more, figures, names);
    }

    /** Collects the places of a parsed body. */
    static final class Builder {
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, String> figures = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> otherNames = new ArrayList<>();

        /** An id of the brand's layouts, or one the renderer makes (notes). */
        Builder fixed(String id) {
            ids.put(id, id);
            return this;
        }

        /** An id written in raw HTML, which the documents hold as {@code user-id}. */
        Builder raw(String id) {
            ids.putIfAbsent(id, RawMarkup.PREFIX + id);
            ids.putIfAbsent(RawMarkup.PREFIX + id, RawMarkup.PREFIX + id);
            otherNames.add(id);
            return this;
        }

        Builder heading(String id) {
            ids.put(id, id);
            names.add(id);
            return this;
        }

        Builder figure(int number, String source) {
            String id = "figure-" + number;
            ids.put(id, id);
            otherNames.add(id);
            Reference reference = Reference.of(source);
            if (reference.kind() == Reference.Kind.LOCAL) {
                figures.putIfAbsent(reference.path(), id);
            }
            return this;
        }

        /** The headings' ids first: they are what links name most. */
        LinkTargets build() {
            List<String> all = new ArrayList<>(names);
            all.addAll(otherNames);
            return new LinkTargets(ids, figures, all);
        }
    }
}
