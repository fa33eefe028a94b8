package org.imprint.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.imprint.article.Reference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Keeps only harmless markup in HTML that came from an article: what Markdown produces plus
 * {@code sup}, {@code sub}, {@code span class} and {@code br}. Scripts, event handlers, frames,
 * objects, forms, styles and {@code javascript:} links are removed. Links keep their target only
 * when it is a web or e-mail address, a place in the document or a file inside the report
 * folder; images only when they are files inside the report folder or web addresses (which the
 * load stage has checked or downloaded). The same {@link Reference} rules as the load stage's
 * checks decide, so the two cannot disagree. Elements nested absurdly deep are unwrapped.
 */
public final class HtmlSanitizer {

    /** How deep elements may nest; real articles stay far below it. */
    static final int MAX_DEPTH = 100;

    private final Safelist safelist = new ReferenceSafelist(Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "s", "del", "hr", "span", "sup", "sub", "br",
                    "abbr", "mark", "small", "details", "summary")
            .addAttributes(":all", "id", "class", "lang", "title")
            .addAttributes("a", "role", "epub:type")
            // dir: a reference or citation note set in its own direction (cite); only its three values stay (below)
            .addAttributes("li", "epub:type", "dir", "value")
            .addAttributes("section", "role", "epub:type")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("th", "scope")
            // a page-foot note's number, which the print style sheet prints (attr(data-note))
            .addAttributes("span", "data-note", "dir")
            // a note call's, which isolates it from a phrase of the other direction beside it (BodyNodeRenderer)
            .addAttributes("sup", "dir")
            .preserveRelativeLinks(true));

    /** Cleans an HTML fragment and returns it as XHTML-compatible markup. */
    public String clean(String html) {
        return clean(html, UnaryOperator.identity());
    }

    /**
     * Cleans an HTML fragment and returns it as XHTML-compatible markup.
     *
     * @param imageSource gives the source each kept image should have (a downloaded remote
     *                    image's local name)
     */
    public String clean(String html, UnaryOperator<String> imageSource) {
        return clean(html, imageSource, UnaryOperator.identity());
    }

    /**
     * Cleans an HTML fragment and returns it as XHTML-compatible markup.
     *
     * @param imageSource gives the source each kept image should have (a downloaded remote
     *                    image's local name)
     * @param linkTarget  gives the target each link should have, or {@code null} for a link that
     *                    has none in the documents: its text stays, as plain text ({@link LinkTargets#target})
     */
    public String clean(String html, UnaryOperator<String> imageSource, UnaryOperator<String> linkTarget) {
        return clean(html, imageSource, linkTarget, java.util.Set.of());
    }

    /**
     * Cleans an HTML fragment and returns it as XHTML-compatible markup.
     *
     * @param imageSource gives the source each kept image should have
     * @param linkTarget  gives the target each link should have, or {@code null} for none
     * @param portrait    the sources (as {@code imageSource} gives them) of the images taller
     *                    than wide: a raw HTML {@code <figure>} around one is marked
     *                    {@code portrait}, as a Markdown figure is, and such an image outside a
     *                    figure (a table cell, a sentence) too, so that the layouts limit its
     *                    height as they limit a Markdown figure's
     */
    public String clean(String html, UnaryOperator<String> imageSource, UnaryOperator<String> linkTarget, java.util.Set<String> portrait) {
        // A dummy base URI lets relative quotation sources (cite) pass the protocol check unchanged.
        Document dirty = Jsoup.parseBodyFragment(html, "http://report.invalid/");
        // a script or style sheet goes with its text, as RawTextElements warns: inside an <svg> the
        // parser reads that text as text, which the cleaner would keep when it drops the tags
        dirty.body().select(String.join(",", RawTextElements.DROPPED)).remove();
        Document clean = new Cleaner(safelist).clean(dirty);
        flattenBelow(clean.body(), MAX_DEPTH);
        // the PDF engines count up whatever reversed says: a reversed list's numbers are written out
        ListNumbering.writeValues(clean.body());
        for (Element directed : clean.body().select("[dir]")) {
            if (!directed.attr("dir").matches("ltr|rtl|auto")) {
                directed.removeAttr("dir");
            }
        }
        for (Element img : clean.body().select("img[src]")) {
            img.attr("src", imageSource.apply(img.attr("src")));
            if (portrait.contains(img.attr("src"))) {
                Element figure = img.closest("figure");
                if (figure == null) {
                    img.addClass("portrait");
                } else if (figure.select("img").size() == 1) {
                    figure.addClass("portrait");
                }
            }
        }
        for (Element a : clean.body().select("a")) {
            // no href: the safelist took a javascript: or other unsafe one; an empty <a> is no link
            String target = a.hasAttr("href") ? linkTarget.apply(a.attr("href")) : null;
            if (target == null) {
                a.unwrap();
            } else {
                // our own fragments (#fn-1) are ids we made; every other target as a URI may hold it
                a.attr("href", target.startsWith("#") ? target : Hrefs.encode(target));
            }
        }
        clean.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        return clean.body().html();
    }

    /**
     * Unwraps elements nested deeper than {@code max}, keeping their text: the PDF engine
     * recurses per level, and thousands of nested raw-HTML elements would overflow its stack.
     */
    private static void flattenBelow(Element root, int max) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > max && node instanceof Element element) {
                tooDeep.add(element);
            }
        }, root);
        tooDeep.forEach(Element::unwrap);
    }

    /** The relaxed safelist, with link targets and image sources judged as {@link Reference}s. */
    private static final class ReferenceSafelist extends Safelist {

        ReferenceSafelist(Safelist base) {
            super(base);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (tagName.equals("a") && attribute.getKey().equals("href")) {
                return switch (Reference.of(attribute.getValue()).kind()) {
                    case FRAGMENT, LOCAL, WEB, MAIL -> true;
                    case OUTSIDE, OTHER -> false;
                };
            }
            if (tagName.equals("img") && attribute.getKey().equals("src")) {
                return switch (Reference.of(attribute.getValue()).kind()) {
                    case LOCAL, WEB -> true;
                    default -> false;
                };
            }
            return super.isSafeAttribute(tagName, element, attribute);
        }
    }
}
