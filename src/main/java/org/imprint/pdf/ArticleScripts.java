package org.imprint.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.imprint.article.Article;
import org.imprint.fonts.ComplexScripts;

/**
 * What an article's file holds of the scripts the PDF engines set apart, found in one reading of
 * it, with the lines: the PDF stage decides its refusals and warnings from this.
 *
 * @param firstComplex  the first character that needs shaping and its line, or {@code null}
 * @param indic         each Indic script the text holds, with its first line, in the order they come
 */
record ArticleScripts(int[] firstComplex, Map<Character.UnicodeScript, Integer> indic) {

    static ArticleScripts of(Article article) throws IOException {
        String text = Files.readString(article.source());
        int[] first = null;
        Map<Character.UnicodeScript, Integer> indic = new LinkedHashMap<>();
        int line = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
            } else {
                if (first == null && ComplexScripts.needsShaping(cp)) {
                    first = new int[] {cp, line};
                }
                if (ComplexScripts.indic(cp)) {
                    indic.putIfAbsent(ComplexScripts.script(cp), line);
                }
            }
            i += Character.charCount(cp);
        }
        return new ArticleScripts(first, Collections.unmodifiableMap(indic));
    }
}
