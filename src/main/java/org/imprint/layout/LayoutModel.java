package org.imprint.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.imprint.article.Article;
import org.imprint.article.Author;
import org.imprint.article.FirstPublished;
import org.imprint.brand.Brand;
import org.imprint.markdown.Heading;
import org.imprint.markdown.MarkdownRenderer;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * Builds the data every layout receives. Texts from the article stay plain strings, so the
 * layouts' auto-escaping escapes them; Markdown fields arrive as sanitised markup.
 *
 * <p>What a layout sees: {@code article} (title, subtitle, series, date, date_iso, language,
 * slug, keywords, abstract, identifier, authors[name, affiliation, bio, email, photo],
 * first_published[outlet, place, date, url]), {@code brand} (the profile), {@code body},
 * {@code outline} (nested headings: id, text, level, children), {@code parts} (the part layouts
 * to include, in order) and {@code format}.
 */
public final class LayoutModel {

    private final MarkdownRenderer markdown;
    private final HtmlSanitizer sanitizer;

    public LayoutModel(MarkdownRenderer markdown, HtmlSanitizer sanitizer) {
        this.markdown = markdown;
        this.sanitizer = sanitizer;
    }

    /**
     * @param bodyHtml    the rendered body, not yet sanitised
     * @param format      "pdf" or "epub": layouts may differ where the formats must
     * @param imageSource gives the source each image should have in the document (a downloaded
     *                    remote image's local name instead of its URL)
     */
    public Map<String, Object> build(Article article, Brand brand, String bodyHtml, List<Heading> headings, String format,
                                     UnaryOperator<String> imageSource) {
        Locale locale = Locale.forLanguageTag(article.language());
        Map<String, Object> a = new HashMap<>();
        a.put("title", article.title());
        a.put("subtitle", article.subtitle());
        a.put("series", article.series() != null ? article.series() : brand.defaultSeries());
        a.put("date", format(article.date(), brand, locale));
        a.put("date_iso", article.date().toString());
        a.put("language", article.language());
        a.put("slug", article.slug());
        a.put("keywords", article.keywords());
        a.put("abstract", article.abstractText() == null ? null : markup(article.abstractText(), imageSource));
        a.put("identifier", article.identifier());
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Author author : article.authors()) {
            Map<String, Object> m = new HashMap<>();
            m.put("name", author.name());
            m.put("affiliation", author.affiliation());
            m.put("bio", author.bio() == null ? null : markup(author.bio(), imageSource));
            m.put("email", author.email());
            m.put("email_in_bio", author.bio() != null && author.email() != null && author.bio().contains(author.email()));
            m.put("photo", author.photo());
            authors.add(m);
        }
        a.put("authors", authors);
        FirstPublished fp = article.firstPublished();
        if (fp != null) {
            Map<String, Object> m = new HashMap<>();
            m.put("outlet", fp.outlet());
            m.put("place", fp.place());
            m.put("date", fp.date() == null ? null : format(fp.date(), brand, locale));
            m.put("url", fp.url());
            a.put("first_published", m);
        }

        Map<String, Object> model = new HashMap<>();
        model.put("article", a);
        model.put("brand", brand.profile());
        model.put("body", markupOf(sanitizer.clean(bodyHtml, imageSource)));
        model.put("outline", outline(headings));
        model.put("format", format);
        model.put("parts", brand.parts());
        model.put("markdown", (freemarker.template.TemplateMethodModelEx) args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("markdown(text) takes one argument");
            }
            return markup(String.valueOf(args.get(0)), imageSource);
        });
        return model;
    }

    private TemplateHTMLOutputModel markup(String markdownText, UnaryOperator<String> imageSource) {
        return markupOf(sanitizer.clean(markdown.renderFragment(markdownText), imageSource));
    }

    static TemplateHTMLOutputModel markupOf(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(LocalDate date, Brand brand, Locale locale) {
        return brand.dateFormatter(locale).format(date);
    }

    /** Nests flat headings by level: each heading holds the deeper ones that follow it. */
    static List<Map<String, Object>> outline(List<Heading> headings) {
        List<Map<String, Object>> roots = new ArrayList<>();
        List<Map<String, Object>> stack = new ArrayList<>();
        for (Heading h : headings) {
            Map<String, Object> node = new HashMap<>();
            node.put("id", h.id());
            node.put("text", h.text());
            node.put("level", h.level());
            node.put("children", new ArrayList<Map<String, Object>>());
            while (!stack.isEmpty() && (int) stack.get(stack.size() - 1).get("level") >= h.level()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(node);
            } else {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> children = (List<Map<String, Object>>) stack.get(stack.size() - 1).get("children");
                children.add(node);
            }
            stack.add(node);
        }
        return roots;
    }
}
