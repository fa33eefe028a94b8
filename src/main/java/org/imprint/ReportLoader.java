package org.imprint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.imprint.article.Article;
import org.imprint.article.ArticleLoader;
import org.imprint.article.ImageChecker;
import org.imprint.article.ImageFetcher;
import org.imprint.article.ImageInfo;
import org.imprint.article.LinkChecker;
import org.imprint.article.RemoteAccess;
import org.imprint.brand.Brand;
import org.imprint.brand.BrandLoader;
import org.imprint.chart.Charts;
import org.imprint.cite.CitationFormatter;
import org.imprint.markdown.ArticlePunctuation;
import org.imprint.markdown.ImageRef;
import org.imprint.markdown.MarkdownRenderer;
import org.imprint.markdown.NoteChecks;
import org.imprint.markdown.ParsedBody;
import org.imprint.markdown.RawHtmlCitations;
import org.imprint.markdown.RawTextElements;

/**
 * The first stages of the pipeline, together: load and validate the article, find its brand,
 * parse its Markdown (body and front-matter texts), and check every link and image it names.
 */
final class ReportLoader {

    private final ArticleLoader articles = new ArticleLoader();
    private final ImageChecker images = new ImageChecker();
    private final LinkChecker links = new LinkChecker();
    private final Charts charts = new Charts();
    private final BrandLoader brands;
    private final MarkdownRenderer markdown;
    private final RemoteAccess remote;
    private final CitationFormatter citations;

    ReportLoader(BrandLoader brands, MarkdownRenderer markdown, CitationFormatter citations, RemoteAccess remote) {
        this.brands = brands;
        this.citations = citations;
        this.markdown = markdown;
        this.remote = remote;
    }

    /**
     * Loads and validates a report: its article, brand and images.
     *
     * @param path     a report folder or its {@code article.md}
     * @param warnings receives problems that do not stop the build
     */
    Report load(Path path, Consumer<Problem> warnings) throws ReportException {
        Article article = ArticlePunctuation.apply(articles.load(path, warnings));
        Brand brand = brands.load(article.brand(), article.source(), article.lineOf("brand"));
        brand.accessibility().warnings().forEach(warnings);
        ParsedBody body = citations.format(article, brand,
                markdown.parse(article.source(), article.body(), article.bodyLine(), brand.layoutIds()), warnings);
        if (body.blank()) {
            // a cover, a title page and the authors round no text pass every judge, but publish a
            // report that is not there: the body was left out, or is all comments
            throw new ReportException(article.source(), article.bodyLine() - 1, "the article has no text: nothing after the"
                    + " front matter, which ends on this line, would be shown to a reader (only blank lines, spaces or"
                    + " invisible characters, comments, notes no sentence calls, or markup that prints nothing), so the report would be a cover and no report; write its text below this line");
        }
        NoteChecks.check(article.source(), body, article.bodyLine()).forEach(warnings);
        RawTextElements.check(article.source(), body, article.bodyLine()).forEach(warnings);
        if (!article.bibliography().isEmpty()) {
            RawHtmlCitations.check(article.source(), body, article.bodyLine()).forEach(warnings);
        }
        List<ParsedBody> texts = new ArrayList<>(List.of(body));
        texts.addAll(markdownFields(article, warnings));
        List<ImageRef> imageRefs = new ArrayList<>();
        for (ParsedBody text : texts) {
            links.check(article, text.links(), body.targets(), warnings);
            imageRefs.addAll(text.images());
        }
        imageRefs.addAll(photos(article));
        ImageFetcher fetcher = new ImageFetcher(remote);
        try {
            Map<String, ImageInfo> checked = new LinkedHashMap<>(images.check(article, imageRefs, fetcher));
            checked.putAll(charts.draw(article, brand, body, fetcher));
            return new Report(article, brand, body, checked, fetcher);
        } catch (ReportException | RuntimeException e) {
            fetcher.discard();
            throw e;
        }
    }

    /**
     * The front matter's Markdown texts (abstract, biographies), parsed like the body so their
     * nesting, links, images and raw-text elements are checked too; lines are counted from where
     * each text starts.
     */
    private List<ParsedBody> markdownFields(Article article, Consumer<Problem> warnings) throws ReportException {
        Map<String, String> fields = new LinkedHashMap<>();
        if (article.abstractText() != null) {
            fields.put("abstract", article.abstractText());
        }
        for (int i = 0; i < article.authors().size(); i++) {
            String bio = article.authors().get(i).bio();
            if (bio != null) {
                fields.put("authors[" + (i + 1) + "].bio", bio);
            }
        }
        List<ParsedBody> parsed = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            int line = article.textLineOf(field.getKey());
            ParsedBody text = markdown.parse(article.source(), field.getValue(), line);
            String what = field.getKey().equals("abstract") ? "abstract" : "biography (" + field.getKey() + ")";
            RawTextElements.check(article.source(), text, line, what).forEach(warnings);
            parsed.add(text);
        }
        return parsed;
    }

    /** The authors' photos: layouts may show them. */
    private static List<ImageRef> photos(Article article) {
        List<ImageRef> refs = new ArrayList<>();
        for (int i = 0; i < article.authors().size(); i++) {
            String photo = article.authors().get(i).photo();
            if (photo != null) {
                refs.add(new ImageRef(photo, article.lineOf("authors[" + (i + 1) + "].photo")));
            }
        }
        return refs;
    }
}
