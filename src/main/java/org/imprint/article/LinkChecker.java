package org.imprint.article;

import java.nio.file.Files;
import java.util.function.Consumer;

import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.markdown.LinkRef;

/**
 * Validates the links an article makes. A link may go to a web or e-mail address, a place in
 * the document ({@code #id}) or a file inside the report folder. A link to a file outside it
 * (a {@code ..} escape, an absolute path, a {@code file:} URL) stops the build: it would point
 * readers at the build machine's files. Links of other kinds ({@code javascript:},
 * {@code data:}) are removed by the sanitiser, with a warning here.
 */
public final class LinkChecker {

    /**
     * @param warnings receives the links that will be removed, and links to missing files
     */
    public void check(Article article, Iterable<LinkRef> links, Consumer<Problem> warnings) throws ReportException {
        for (LinkRef link : links) {
            String target = link.target();
            if (target.isBlank()) {
                continue;
            }
            Reference reference = Reference.of(target);
            switch (reference.kind()) {
                case FRAGMENT, WEB, MAIL -> { }
                case LOCAL -> {
                    if (!Files.exists(reference.resolveIn(article.folder()))) {
                        warnings.accept(Problem.warning(article.source(), link.line(), "link \"" + target
                                + "\" points to a file that is not in the report folder"));
                    }
                }
                case OUTSIDE -> throw new ReportException(article.source(), link.line(), "link \"" + target
                        + "\" points to a file outside the report folder; link to a web address instead, "
                        + "or copy the file into the report folder and use a relative path");
                case OTHER -> warnings.accept(Problem.warning(article.source(), link.line(), "link \"" + target
                        + "\" is removed: links may go to web (http, https) and e-mail (mailto) addresses, "
                        + "headings (#id) and files of the report"));
            }
        }
    }
}
