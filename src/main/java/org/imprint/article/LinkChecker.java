package org.imprint.article;

import java.nio.file.Files;
import java.util.function.Consumer;

import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.markdown.LinkRef;
import org.imprint.markdown.LinkTargets;

/**
 * Validates the links an article makes. A link may go to a web or e-mail address or a place in
 * the document ({@code #id}). A link to a file outside the report folder (a {@code ..} escape,
 * an absolute path, a {@code file:} URL) stops the build: it would point readers at the build
 * machine's files. What {@link LinkTargets} sets as plain text gets a warning here, with the
 * line: a place no heading or other element has (with the id meant, when one is close), a file
 * beside the article (neither output carries it; a figure's image is linked to its figure), and
 * links of other kinds ({@code javascript:}, {@code data:}).
 */
public final class LinkChecker {

    /**
     * @param targets  where links can go in the documents (the body's)
     * @param warnings receives the links that will be set as plain text
     */
    public void check(Article article, Iterable<LinkRef> links, LinkTargets targets, Consumer<Problem> warnings)
            throws ReportException {
        Suggest.Ids suggest = null;
        for (LinkRef link : links) {
            String target = link.target();
            if (target.isBlank()) {
                continue;
            }
            Reference reference = Reference.of(target);
            switch (LinkTargets.isPlace(target) ? Reference.Kind.FRAGMENT : reference.kind()) {
                case WEB, MAIL -> { }
                case FRAGMENT -> {
                    if (targets.target(target) == null) {
                        String id = LinkTargets.fragment(target);
                        if (suggest == null) {
                            suggest = new Suggest.Ids(targets.names());
                        }
                        String hint = (id.isEmpty() ? java.util.Optional.<String>empty() : suggest.closest(id)).map(c -> " (did you mean \"#" + c + "\"?)")
                                .orElse(targets.names().stream().filter(n -> n.length() <= 40).findFirst()
                                        .map(n -> "; a heading's id is its words in lower case joined by \"-\", e.g. \"#" + n + "\"")
                                        .orElse(""));
                        warnings.accept(Problem.warning(article.source(), link.line(), "link \"" + target
                                + "\" goes to no heading, figure or note of the report, so it is set as plain text" + hint));
                    }
                }
                case LOCAL -> {
                    if (targets.target(target) != null) {
                        continue; // a figure's image, or a place in article.md: the link goes there
                    }
                    if (!Files.exists(reference.resolveIn(article.folder()))) {
                        warnings.accept(Problem.warning(article.source(), link.line(), "link \"" + target
                                + "\" points to a file that is not in the report folder, so it is set as plain text"));
                    } else {
                        warnings.accept(Problem.warning(article.source(), link.line(), "link \"" + target
                                + "\" goes to a file beside the article, which neither the PDF nor the e-book carries,"
                                + " so it is set as plain text; link to where the file is published (an https:// address)"));
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
