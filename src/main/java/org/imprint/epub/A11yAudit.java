package org.imprint.epub;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks the facts the accessibility metadata claims: every image has a text alternative, and
 * each document's headings start at h1 and never skip a level.
 *
 * @param allImagesDescribed every {@code img} has a non-empty {@code alt}
 * @param headingsInOrder    no document skips a heading level
 */
record A11yAudit(boolean allImagesDescribed, boolean headingsInOrder) {

    /** Whether the book may claim EPUB Accessibility 1.1 at WCAG 2.1 AA. */
    boolean conforms() {
        return allImagesDescribed && headingsInOrder;
    }

    static A11yAudit of(List<EpubPart> parts) {
        boolean described = true;
        boolean ordered = true;
        for (EpubPart part : parts) {
            Document doc = Jsoup.parse(part.xhtml(), "", Parser.xmlParser());
            for (Element img : doc.select("img")) {
                described &= !img.attr("alt").isBlank();
            }
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                ordered &= level <= previous + 1;
                previous = level;
            }
        }
        return new A11yAudit(described, ordered);
    }
}
