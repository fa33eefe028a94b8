package org.imprint.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.imprint.article.Article;
import org.imprint.fonts.ComplexScripts;
import org.imprint.fonts.EmojiSequences;

/**
 * What an article's file holds of the scripts the PDF engines set apart, found in one reading of
 * it, with the lines: the PDF stage decides its refusals and warnings from this.
 *
 * @param firstComplex  the first character that needs shaping and its line, or {@code null}
 * @param shaped        each script the text holds that needs shaping, with its first character and
 *                      line ({@code [codePoint, line]}), in the order they come
 * @param emojiSequences the emoji sequences of several pictures ({@link EmojiSequences}) by line
 */
record ArticleScripts(int[] firstComplex, Map<Character.UnicodeScript, int[]> shaped, Map<Integer, Set<String>> emojiSequences) {

    static ArticleScripts of(Article article) throws IOException {
        String text = Files.readString(article.source());
        int[] first = null;
        Map<Character.UnicodeScript, int[]> shaped = new LinkedHashMap<>();
        int line = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
            } else {
                if (ComplexScripts.needsShaping(cp)) {
                    int[] here = {cp, line};
                    first = first == null ? here : first;
                    shaped.putIfAbsent(ComplexScripts.script(cp), here);
                }
            }
            i += Character.charCount(cp);
        }
        return new ArticleScripts(first, Collections.unmodifiableMap(shaped), EmojiSequences.in(text));
    }
}
