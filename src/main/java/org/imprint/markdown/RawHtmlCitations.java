package org.imprint.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.imprint.Problem;

/**
 * Citations written in the text of a block of raw HTML ({@code <div>see [@lee2019]</div>} on
 * one line): the block is passed on as written, so the key would print as typed and its source
 * be left out of the reference list. Warned of, with the fix: a blank line after the opening tag
 * makes the block's contents Markdown, where citations are read (as pandoc reads them inside HTML
 * blocks).
 */
public final class RawHtmlCitations {

    /** What is no text of the block: comments, code and scripts, and the tags themselves (their attributes). */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?is)<!--.*?-->|<(script|style|pre|code|kbd|samp|textarea)\\b.*?</\\1\\s*>|<[^>]*>");
    /** A bracketed citation, or a narrative {@code @key} not after a word or an escape. */
    private static final Pattern CITATION = Pattern.compile(
            "\\[[^\\[\\]]*(?<![\\p{L}\\p{N}_\\\\])-?@[\\p{L}\\p{N}_{][^\\[\\]]*\\]|(?<![\\p{L}\\p{N}_@.+'!#$%&*/=?^`{|}~\\\\-])@[\\p{L}\\p{N}_{][^\\s,;.)\\]]*");

    private RawHtmlCitations() {
    }

    /**
     * The warnings for a body whose article has a bibliography.
     *
     * @param source    the article, for the messages
     * @param firstLine the line of {@code source} on which the body starts
     */
    public static List<Problem> check(Path source, ParsedBody body, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                Matcher m = CITATION.matcher(NOT_TEXT.matcher(html.getLiteral()).replaceAll(" "));
                if (m.find()) {
                    problems.add(Problem.warning(source, MarkdownRenderer.lineOf(html, firstLine), "the block written in HTML holds "
                            + m.group() + ", which is not read as a citation (raw HTML prints as written: the key would be printed"
                            + " and its source left out of the reference list); leave a blank line after the block's opening tag"
                            + " and before its closing tag, so its contents are read as Markdown, or write &#64; for an @ that"
                            + " cites nothing"));
                }
            }
        });
        return problems;
    }
}
