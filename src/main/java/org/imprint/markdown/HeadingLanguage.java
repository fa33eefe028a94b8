package org.imprint.markdown;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The language an author gave a heading: its own {@code lang}, or that of an element around
 * all its words ({@code ## <span lang="en">The Gulf</span>}, a note's call after it or not). A
 * table of contents carries it on the heading's entry, so that a screen reader speaks an English
 * entry of an Urdu book in English, and a reading system hyphenates and shapes it as English.
 */
public final class HeadingLanguage {

    private HeadingLanguage() {
    }

    /** The heading's language as written ({@code lang}, else {@code xml:lang}), or "" when it takes the article's. */
    public static String of(Element heading) {
        Element only = heading;
        while (true) {
            String lang = only.hasAttr("lang") ? only.attr("lang") : only.attr("xml:lang");
            if (!lang.isBlank()) {
                return lang.strip();
            }
            Element inner = soleWrapper(only);
            if (inner == null) {
                return "";
            }
            only = inner;
        }
    }

    /**
     * The language of each heading of rendered markup that has one ({@link #of}), by the heading's id.
     */
    public static Map<String, String> byId(String html) {
        Map<String, String> languages = new HashMap<>();
        for (Element heading : Jsoup.parseBodyFragment(html).select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            String lang = of(heading);
            if (!lang.isEmpty()) {
                languages.put(heading.id(), lang);
            }
        }
        return languages;
    }

    /** The one element that holds all of an element's words (a note's call beside it aside), or {@code null}. */
    private static Element soleWrapper(Element element) {
        Element found = null;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return null;
            }
            if (child instanceof Element e && !e.hasClass("note-ref")) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
