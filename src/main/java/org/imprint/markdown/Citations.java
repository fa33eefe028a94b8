package org.imprint.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The body's citations formatted by a CSL style, and its reference list: sanitised HTML that
 * every writer sets the same way.
 *
 * @param style   the CSL style's id (or file name)
 * @param notes   whether the style sets citations as notes (Chicago notes) rather than in the text
 * @param texts   each citation's formatted text, by {@link Citation#index()}
 * @param directions each citation's own direction ("ltr" or "rtl") where a note sets it and it
 *                is not the article's (its first strong letter's: a Latin source in an Arabic
 *                article), else empty; by index
 * @param targets each citation's link target in the reference list (the id of its first entry)
 * @param leads   the words a narrative citation ({@code @key}) puts in the sentence before it
 *                (the authors' names), by index; empty for the others
 * @param heading the reference list's heading (the brand's label)
 * @param entries the reference list in the style's order
 */
public record Citations(String style, boolean notes, List<String> texts, List<String> directions, List<String> targets, List<String> leads, String heading,
                        List<Entry> entries) {

    /** A report that cites nothing. */
    public static final Citations NONE = new Citations("", false, List.of(), List.of(), List.of(), List.of(), "", List.of());

    public Citations {
        texts = List.copyOf(texts);
        directions = List.copyOf(directions);
        targets = List.copyOf(targets);
        leads = List.copyOf(leads);
        entries = List.copyOf(entries);
    }

    /** A link around a citation's text, which a superscript citation has outside its sup. */
    private static final Pattern LINKS = Pattern.compile("</?a\\b[^>]*>");

    /**
     * Whether citation {@code index}, set in the text, is all superscript (a numeric style such
     * as Nature's: "¹⁻³"): it stands as a note's call does, so the sentence's punctuation goes
     * before it and a number beside it needs a comma between. A narrative one is not (its names
     * stand in the sentence), nor one a note style sets as a note.
     */
    public boolean superscript(int index) {
        return leads.size() > index && leads.get(index).isEmpty() && superscriptText(index);
    }

    /**
     * Whether citation {@code index}'s text, set in the text, is all superscript, after the names
     * a narrative one leads with ("Lee et al.¹"): its number reads left to right as a
     * superscript citation's does.
     */
    public boolean superscriptText(int index) {
        if (notes || index >= texts.size()) {
            return false;
        }
        String text = LINKS.matcher(texts.get(index)).replaceAll("").strip();
        return text.startsWith("<sup>") && text.endsWith("</sup>") && text.replaceAll("<sup>.*?</sup>", "").isBlank();
    }

    /**
     * One entry of the reference list.
     *
     * @param key  the source's key
     * @param id   its id in the documents ({@code ref-...})
     * @param dir  its own direction ("ltr" or "rtl", from its first strong letter) where that is
     *             not the article's, else empty
     * @param html its formatted text
     */
    public record Entry(String key, String id, String dir, String html) {
    }
}
