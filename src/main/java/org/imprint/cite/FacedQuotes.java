package org.imprint.cite;

import java.util.ArrayList;
import java.util.List;

import org.imprint.markdown.MarkDirections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * Turns the curly quotation marks of a citation or reference entry to the direction each is
 * set in, by the rule the body's marks follow ({@link MarkDirections#faced}). A style's marks
 * are its locale's, made for that locale's direction: an Urdu article, which has no CSL locale,
 * took English's “ ”, and in its right-to-left notes and reference list they drew ”پاکستان…“,
 * each mark facing away from the title, the other picture from the body's marks on the page
 * before. Run on the entry's text once its isolates are written ({@link Isolates}), which decide
 * the direction each mark stands in.
 */
final class FacedQuotes {

    private FacedQuotes() {
    }

    /**
     * Faces the marks of the fragment's texts, read together as one paragraph.
     *
     * @param rightToLeft the direction the citation or entry is set in
     */
    static void apply(Document doc, boolean rightToLeft) {
        List<TextNode> texts = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                texts.add(t);
                all.append(t.getWholeText());
            }
        });
        String faced = MarkDirections.faced(all.toString(), rightToLeft);
        if (faced.contentEquals(all)) {
            return;
        }
        int at = 0;
        for (TextNode text : texts) {
            int length = text.getWholeText().length();
            String own = faced.substring(at, at + length);
            if (!own.equals(text.getWholeText())) {
                text.text(own);
            }
            at += length;
        }
    }
}
