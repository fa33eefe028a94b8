package org.imprint.model;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.imprint.markdown.CodeDirections;
import org.imprint.markdown.HtmlSanitizer;
import org.imprint.markdown.Labels;
import org.imprint.markdown.MarkdownRenderer;
import org.imprint.markdown.NoteStyle;
import org.imprint.markdown.ParagraphDirections;
import org.imprint.markdown.ParsedBody;

/**
 * The publication's texts as sanitised HTML, each made once: the body for each way of setting
 * notes (the screen PDF and the EPUB share one), and every Markdown fragment the layouts ask for
 * (abstract, biographies, the brand's blurb). Each paragraph whose letters are of the other
 * direction than the article's carries its own {@code dir} ({@link ParagraphDirections}), so
 * every output sets it the same way. Safe to share between threads.
 */
public final class Markup {

    private final MarkdownRenderer markdown;
    private final HtmlSanitizer sanitizer;
    private final ParsedBody body;
    private final Labels labels;
    private final Set<String> portrait;
    /** The portrait images' sources as the documents name them: the sanitiser marks raw HTML images by them. */
    private final Set<String> portraitSources;
    private final UnaryOperator<String> imageSource;
    private final boolean rightToLeft;
    private final Map<NoteStyle, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> fragments = new ConcurrentHashMap<>();

    /**
     * @param portrait    sources of the images that are taller than wide
     * @param imageSource gives the source each image has in the documents (a downloaded remote
     *                    image's local name instead of its URL)
     * @param rightToLeft whether the article's language is written right to left
     */
    Markup(MarkdownRenderer markdown, HtmlSanitizer sanitizer, ParsedBody body, Labels labels, Set<String> portrait,
           UnaryOperator<String> imageSource, boolean rightToLeft) {
        this.markdown = markdown;
        this.sanitizer = sanitizer;
        this.body = body;
        this.labels = labels;
        this.portrait = Set.copyOf(portrait);
        this.portraitSources = portrait.stream().map(imageSource).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.imageSource = imageSource;
        this.rightToLeft = rightToLeft;
    }

    /** The body with its notes set one way, sanitised, its paragraphs' directions marked. */
    public String body(NoteStyle notes) {
        return bodies.computeIfAbsent(notes, style -> CodeDirections.mark(ParagraphDirections.mark(
                sanitizer.clean(markdown.render(body, style, labels, portrait), imageSource, body.targets()::target, portraitSources),
                rightToLeft), rightToLeft));
    }

    /**
     * Where the documents find an image the article names outside its Markdown (an author's
     * photo): its safe name among the publication's resources.
     */
    public String image(String source) {
        return source == null ? null : imageSource.apply(source);
    }

    /**
     * The line of the article where note {@code number} stands (its definition, or the citation
     * set as that note), for messages; 0 when unknown.
     *
     * @param firstLine the article's line on which the body starts
     */
    public int noteLine(int number, int firstLine) {
        return body.noteLine(number, firstLine);
    }

    /**
     * The first called note that holds a block a page-foot note cannot carry (a table, a rule,
     * an image, a list in a quotation…), with its line ({@link org.imprint.markdown.NoteChecks#unfitForPageFoot}); {@code null} when none.
     *
     * @param firstLine the article's line on which the body starts
     */
    public org.imprint.markdown.NoteChecks.Unfit unfitForPageFoot(int firstLine) {
        return org.imprint.markdown.NoteChecks.unfitForPageFoot(body, firstLine);
    }

    /**
     * A short Markdown text (no figures or notes) as sanitised HTML, its paragraphs' directions
     * marked; empty for {@code null}.
     */
    public String fragment(String markdownText) {
        return markdownText == null ? "" : fragments.computeIfAbsent(markdownText, text -> CodeDirections.mark(ParagraphDirections.mark(
                sanitizer.clean(markdown.renderFragment(text), imageSource, body.targets()::target, portraitSources), rightToLeft),
                rightToLeft));
    }
}
