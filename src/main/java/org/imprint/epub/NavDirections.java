package org.imprint.epub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.imprint.markdown.HeadingLanguage;
import org.imprint.markdown.ParagraphDirections;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.documentnode.epub4j.domain.TOCReference;

/**
 * The direction and language of each entry of the navigation document. A reading system sets
 * its table of contents by the nav's own {@code dir}; an English heading of an Urdu e-book
 * (or an Urdu one of an English e-book) listed without its own would be ordered and aligned as
 * the book's language, its full stop on the wrong side. Each entry takes the {@code dir} its
 * heading was given in the part ({@link ParagraphDirections#mark}), else that of its text, and
 * the {@code lang} the author gave the heading ({@link HeadingLanguage}). Parts are parsed once, when first asked.
 */
final class NavDirections {

    private final Map<String, String> parts = new HashMap<>();
    private final Map<String, Document> parsed = new HashMap<>();
    private final boolean rightToLeft;
    private final String language;

    /**
     * @param parts       the book's documents
     * @param rightToLeft the book's direction
     * @param language    the book's language
     */
    NavDirections(List<EpubPart> parts, boolean rightToLeft, String language) {
        for (EpubPart part : parts) {
            this.parts.put(part.href(), part.xhtml());
        }
        this.rightToLeft = rightToLeft;
        this.language = language;
    }

    /** The attributes an entry's {@code li} gets: {@code dir} always, {@code lang} where the heading has another. */
    String attributes(TOCReference ref) {
        Element heading = heading(ref);
        String dir = heading == null ? "" : heading.attr("dir");
        if (!dir.equals("rtl") && !dir.equals("ltr")) {
            int strong = ParagraphDirections.direction(ref.getTitle() == null ? "" : ref.getTitle(), rightToLeft);
            dir = strong == 0 ? (rightToLeft ? "rtl" : "ltr") : strong > 0 ? "rtl" : "ltr";
        }
        StringBuilder attributes = new StringBuilder(" dir=\"").append(dir).append('"');
        String lang = heading == null ? "" : HeadingLanguage.of(heading);
        if (!lang.isBlank() && !lang.equalsIgnoreCase(language)) {
            String escaped = lang.strip().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
            attributes.append(" lang=\"").append(escaped).append("\" xml:lang=\"").append(escaped).append('"');
        }
        return attributes.toString();
    }

    /** The heading an entry points to, or {@code null} for a part's own entry or one not found. */
    private Element heading(TOCReference ref) {
        if (ref.getFragmentId() == null || ref.getFragmentId().isEmpty() || ref.getResource() == null) {
            return null;
        }
        String href = ref.getResource().getHref();
        String xhtml = parts.get(href);
        if (xhtml == null) {
            return null;
        }
        Document doc = parsed.computeIfAbsent(href, h -> Jsoup.parse(xhtml));
        return doc.getElementById(ref.getFragmentId());
    }
}
