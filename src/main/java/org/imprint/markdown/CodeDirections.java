package org.imprint.markdown;

import org.imprint.fonts.ComplexScripts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks code set in right-to-left text {@code dir="ltr"}: code reads left to right whatever the
 * language of the article round it. Unmarked, inline code in an Urdu sentence was resolved with
 * the sentence, its Latin and Arabic-script parts each a run of their own, so
 * {@code print("سلام")} was drawn {@code ۔")سلام print("} in the PDF and in a reading system; a
 * code block's lines were set from the right ({@code x = "امن"} as {@code "امن" = x}).
 *
 * <p>Marked, inline code is an isolate, as a browser or reading system sets an inline element with
 * {@code dir} (the PDF writes the isolate into its text: pdf/BdiIsolates), and a code block is a
 * left-to-right block. Run on the markup {@link ParagraphDirections} has marked, whose {@code dir}
 * tells the direction each paragraph is set in; code in left-to-right text is left as it is.
 */
public final class CodeDirections {

    private CodeDirections() {
    }

    /**
     * Marks each code block, and each inline code outside one, that stands in right-to-left text.
     *
     * @param html        markup whose paragraphs' directions are marked
     * @param rightToLeft whether the article is written right to left (the direction of unmarked text)
     * @return the markup, unchanged when no code stands in right-to-left text
     */
    public static String mark(String html, boolean rightToLeft) {
        if (!html.contains("<code") && !html.contains("<pre") || !rightToLeft && !ComplexScripts.hasRightToLeft(html)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        boolean marked = false;
        for (Element code : doc.body().select("pre, code")) {
            if (code.tagName().equals("code") && code.closest("pre") != null || !setRightToLeft(code.parent(), rightToLeft)) {
                continue;
            }
            code.attr("dir", "ltr");
            marked = true;
        }
        if (!marked) {
            return html;
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        return doc.body().html();
    }

    /** Whether text in {@code element} is set right to left: the nearest {@code dir}, else the article's. */
    private static boolean setRightToLeft(Element element, boolean articleRtl) {
        for (Element e = element; e != null; e = e.parent()) {
            String dir = e.attr("dir");
            if (dir.equalsIgnoreCase("rtl") || dir.equalsIgnoreCase("ltr")) {
                return dir.equalsIgnoreCase("rtl");
            }
        }
        return articleRtl;
    }
}
