package org.imprint.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imprint.article.Article;
import org.imprint.article.Author;
import org.imprint.article.FirstPublished;
import org.imprint.brand.Brand;
import org.imprint.markdown.HeadingLanguage;
import org.imprint.markdown.NoteStyle;
import org.imprint.markdown.ParagraphDirections;
import org.imprint.model.Markup;
import org.imprint.model.OutlineEntry;
import org.imprint.model.Publication;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;

/**
 * The data every layout receives, read from the {@link Publication}. Texts from the article stay
 * plain strings, so the layouts' auto-escaping escapes them; Markdown fields arrive as the
 * publication's sanitised markup.
 *
 * <p>What a layout sees: {@code article} (title, subtitle, title_dir and subtitle_dir ("rtl" or
 * "ltr" where of the other direction than the article's, else absent), series, date, date_iso, language,
 * slug, keywords, abstract, identifier, authors[name, affiliation, bio, email, photo (its name among the resources)],
 * first_published[outlet, place, date, url]), {@code brand} (the profile), {@code body} (with its notes and reference list), {@code bibliography}
 * (whether the body ends with a reference list),
 * {@code outline} (nested headings: id, text, level, children), {@code parts} (the part layouts
 * to include, in order), {@code format}, {@code markdown(text)}, {@code shortened(text, max)} (the
 * text cut at the last word boundary within max characters, Thai words found by dictionary, with an
 * ellipsis and the closing marks of what the cut leaves open) and
 * {@code beginsInScriptOf(name, word)} (whether the name begins with a letter of the script the
 * word ends in: Hebrew and Arabic glue "and" only to such a name).
 */
public final class LayoutModel {

    private LayoutModel() {
    }

    /**
     * @param notes  how the body sets its notes
     * @param format "pdf" or "epub": layouts may differ where the formats must
     */
    public static Map<String, Object> of(Publication publication, NoteStyle notes, String format) {
        Article article = publication.article();
        Brand brand = publication.brand();
        Markup markup = publication.markup();
        Locale locale = Locale.forLanguageTag(article.language());
        Map<String, Object> a = new HashMap<>();
        a.put("title", article.title());
        a.put("subtitle", article.subtitle());
        // a title or subtitle of the other direction than the article's is set in its own, in
        // every output (absent where it inherits the article's)
        a.put("title_dir", ParagraphDirections.otherDirection(article.title(), article.rightToLeft()));
        a.put("subtitle_dir", ParagraphDirections.otherDirection(article.subtitle(), article.rightToLeft()));
        a.put("series", publication.metadata().series());
        a.put("date", format(article.date(), brand, locale));
        a.put("date_iso", article.date().toString());
        a.put("language", article.language());
        // "rtl" for Urdu, Arabic, Persian, Hebrew...: the layouts set it on <html>
        a.put("direction", article.rightToLeft() ? "rtl" : "ltr");
        a.put("slug", article.slug());
        a.put("keywords", article.keywords());
        a.put("abstract", article.abstractText() == null ? null : shownOrNull(markup.fragment(article.abstractText())));
        a.put("identifier", article.identifier());
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Author author : article.authors()) {
            Map<String, Object> m = new HashMap<>();
            m.put("name", author.name());
            m.put("affiliation", author.affiliation());
            m.put("bio", author.bio() == null ? null : shownOrNull(markup.fragment(author.bio())));
            m.put("email", author.email());
            m.put("email_in_bio", author.bio() != null && author.email() != null && author.bio().contains(author.email()));
            m.put("photo", markup.image(author.photo()));
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
        String body = markup.body(notes);
        model.put("body", markupOf(body));
        // whether the body ends with a reference list: its style rules are written only then
        model.put("bibliography", !publication.citations().entries().isEmpty());
        Map<String, String> headingDirs = ParagraphDirections.headings(body);
        Map<String, String> headingLangs = HeadingLanguage.byId(body);
        model.put("outline", OutlineEntry.present(publication.outline(), body).stream()
                .map(e -> e.toModel(headingDirs, headingLangs)).toList());
        model.put("format", format);
        model.put("parts", publication.parts());
        model.put("markdown", (TemplateMethodModelEx) args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("markdown(text) takes one argument");
            }
            return markupOf(markup.fragment(String.valueOf(args.get(0))));
        });
        model.put("beginsInScriptOf", (TemplateMethodModelEx) args -> {
            if (args.size() != 2) {
                throw new TemplateModelException("beginsInScriptOf(name, word) takes two arguments");
            }
            return NameScript.beginsInScriptOf(String.valueOf(args.get(0)), String.valueOf(args.get(1)));
        });
        model.put("endsInPrefix", (TemplateMethodModelEx) args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("endsInPrefix(label) takes one argument");
            }
            return NameScript.endsInPrefix(String.valueOf(args.get(0)));
        });
        model.put("shortened", (TemplateMethodModelEx) args -> {
            if (args.size() != 2) {
                throw new TemplateModelException("shortened(text, max) takes two arguments");
            }
            return markupOf(WordCut.cutMarkup(String.valueOf(args.get(0)), Integer.parseInt(String.valueOf(args.get(1))), locale));
        });
        return model;
    }

    /**
     * The markup of a front-matter text, or {@code null} when it shows nothing: an abstract of
     * only a script and a style sheet, both left out, would leave the layouts an empty
     * {@code doc-abstract} landmark (EPUB, web) that a screen reader still announces.
     */
    static TemplateHTMLOutputModel shownOrNull(String html) {
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        boolean shows = body.hasText() || !body.select("img, svg, math, video, audio, object, hr").isEmpty();
        return shows ? markupOf(html) : null;
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
}
