package org.imprint.model;

import java.util.List;

import org.imprint.article.Article;
import org.imprint.brand.Brand;
import org.imprint.markdown.Citations;

/**
 * One report made ready for every output: built once from the article and the brand, then read
 * by each writer, so the PDF, the EPUB and what follows cannot drift apart. Nothing in it is
 * scraped back out of rendered output.
 *
 * @param article   the validated article (texts the layouts print as they are)
 * @param brand     its brand
 * @param parts     the layouts of its parts, in reading order
 * @param metadata  what every output says about it
 * @param outline   the body's headings, nested, at any depth
 * @param figures   the numbered figures
 * @param notes     the footnote labels in the order of their first call, numbered from 1
 * @param resources its checked images, read once
 * @param markup    its texts as sanitised HTML, each made once
 * @param cover     the cover as a JPEG picture (for the e-book), made on first use
 * @param citations the body's citations as its CSL style formats them, and its reference list
 *                  (sanitised HTML; {@link Citations#NONE} when it cites nothing)
 */
public record Publication(
        Article article,
        Brand brand,
        List<String> parts,
        Metadata metadata,
        List<OutlineEntry> outline,
        List<FigureEntry> figures,
        List<String> notes,
        Resources resources,
        Markup markup,
        Memo<byte[]> cover,
        Citations citations) {

    public Publication {
        parts = List.copyOf(parts);
        outline = List.copyOf(outline);
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** The report's name, which its output files are named after. */
    public String slug() {
        return article.slug();
    }
}
