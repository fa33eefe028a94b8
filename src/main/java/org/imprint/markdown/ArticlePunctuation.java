package org.imprint.markdown;

import java.util.List;

import org.imprint.article.Article;
import org.imprint.article.Author;

/**
 * Sets typographic punctuation ({@link SmartPunctuation}) in every text of an article that is
 * read as prose, in the article's language: the title, subtitle and series, the authors'
 * affiliations, and the Markdown of the abstract, the biographies and the body. Done once,
 * where the article is loaded, so the PDF, the EPUB, the metadata and the outline all print
 * the same text.
 *
 * The authors' names too, so that D'Arcy O'Brien reads the same on the cover as in the title.
 *
 * <p>Left as written: outlets' names, e-mail addresses, URLs, keywords and
 * identifiers. Line numbers stay valid for messages: nothing here adds or removes a line.
 */
public final class ArticlePunctuation {

    private ArticlePunctuation() {
    }

    /** The article with typographic punctuation in its prose. */
    public static Article apply(Article article) {
        SmartPunctuation p = new SmartPunctuation(article.language());
        List<Author> authors = article.authors().stream()
                .map(a -> new Author(p.plain(a.name()), p.plain(a.affiliation()), p.markdown(a.bio()), a.email(), a.photo()))
                .toList();
        return new Article(article.source(), article.slug(), p.plain(article.title()), p.plain(article.subtitle()),
                p.plain(article.series()), article.date(), article.language(), article.brand(), authors,
                article.firstPublished(), article.keywords(), p.markdown(article.abstractText()), article.identifier(),
                p.markdown(article.body()), article.bodyLine(), article.lines(), article.textLines(),
                article.bibliography(), article.citationStyle());
    }
}
