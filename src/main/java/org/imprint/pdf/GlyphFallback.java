package org.imprint.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imprint.brand.FontFace;
import org.imprint.fonts.FontService;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;


/**
 * Per-glyph font fallback for Flying Saucer, which picks one font per run of text: the first
 * family of the font stack it has, even when that font lacks some of the run's glyphs. Text the
 * brand's first font cannot show (Chinese in an English report, say) is wrapped in a span naming
 * the first of the brand's families that can, as the PDFBox engine does by itself.
 */
final class GlyphFallback {

    private final FontService fonts;
    /** The families text may be wrapped in, or {@code null} for any. */
    private final java.util.Set<String> only;

    /** @param fonts tells which font has a glyph: the same answer the EPUB's subsetter gets */
    GlyphFallback(FontService fonts) {
        this(fonts, null);
    }

    /**
     * Wraps only the runs one of {@code only} shows: the PDFBox engine falls back glyph by glyph
     * through a stack by itself, but makes every line as tall as the tallest font of the stack, so
     * the brand's faces for other scripts stay out of its stacks and are named here, where needed.
     */
    GlyphFallback(FontService fonts, java.util.Set<String> only) {
        this.fonts = fonts;
        this.only = only;
    }

    /** Wraps the runs of text the first family cannot show, in place. */
    void apply(Document dom, List<FontFace> faces) throws IOException {
        if (faces.isEmpty()) {
            return;
        }
        // one regular face per family, in the brand's order: the first is the main font
        Map<String, FontFace> families = new LinkedHashMap<>();
        for (FontFace face : faces) {
            if (!face.italic() && (face.weight() == 400 || !families.containsKey(face.family()))) {
                families.put(face.family(), face);
            }
        }
        List<String> order = new ArrayList<>(families.keySet());
        try {
            wrap(dom.getDocumentElement(), order, faces);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void wrap(Node node, List<String> order, List<FontFace> faces) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                String name = child.getLocalName() != null ? child.getLocalName() : child.getNodeName();
                if (!name.equals("style") && !name.equals("head")) {
                    wrap(child, order, faces);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                split(child, order, faces);
            }
            child = next;
        }
    }

    /** Replaces a text node by runs: as they are, or in a span naming the family that has their glyphs. */
    private void split(Node text, List<String> order, List<FontFace> faces) {
        String s = text.getNodeValue();
        if (s.codePoints().allMatch(c -> familyFor(c, order, faces) == null)) {
            return;
        }
        Document doc = text.getOwnerDocument();
        Node parent = text.getParentNode();
        StringBuilder run = new StringBuilder();
        String runFamily = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String family = familyFor(cp, order, faces);
            int next = i + Character.charCount(cp);
            if (InvisibleFormatCharacters.steersLetters(cp)) {
                // a joiner, a variation selector: part of the run it stands in,
                // whatever face has a glyph for it. Given a face of its own it would split the
                // word there, each piece shaped alone (the ک of پاک‍ستان final), and be drawn
                // in that face, where it has ink (ShapedMeasure draws none of them)
                run.appendCodePoint(cp);
                i = next;
                continue;
            }
            if (!java.util.Objects.equals(family, runFamily) && onlyInvisible(run)) {
                // joiners opening the text go with the run they open
                runFamily = family;
            }
            if (!java.util.Objects.equals(family, runFamily)
                    && !(staysInRun(cp, s, next, runFamily, order, faces) && draws(runFamily, family, cp, faces))) {
                // an opening mark before the run's word joins the run: a font change is a place the
                // layout may break a line at, and "“" must not end a line without its word
                int opening = only != null && runFamily == null && family != null ? openingMarks(run) : run.length();
                String marks = run.substring(opening);
                run.setLength(opening);
                flush(doc, parent, text, run, runFamily, only != null ? order.get(0) : null);
                run.append(marks);
                runFamily = family;
            }
            run.appendCodePoint(cp);
            i = next;
        }
        flush(doc, parent, text, run, runFamily, only != null ? order.get(0) : null);
        parent.removeChild(text);
    }

    /**
     * Where the quotation marks and opening brackets that end {@code run} begin, with the format
     * characters among them (the isolate inside the marks of a quotation of the other direction),
     * when they open something: at the run's start or after a space. The run's length otherwise.
     */
    private static int openingMarks(CharSequence run) {
        int i = run.length();
        boolean mark = false;
        while (i > 0) {
            char c = run.charAt(i - 1);
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                i--;
            } else if (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.START_PUNCTUATION || c == '"' || c == '\'') {
                mark = true;
                i--;
            } else {
                break;
            }
        }
        return mark && (i == 0 || Character.isWhitespace(run.charAt(i - 1))) ? i : run.length();
    }

    /** Whether the run is empty or holds only joiners and selectors. */
    private static boolean onlyInvisible(CharSequence run) {
        return run.codePoints().allMatch(InvisibleFormatCharacters::steersLetters);
    }

    /**
     * Whether a character of another family may stay in the run it stands in: a space; and, for
     * the PDFBox engine, numbers and punctuation.
     */
    private boolean staysInRun(int cp, String s, int next, String runFamily, List<String> order, List<FontFace> faces) {
        if (Character.isWhitespace(cp)) {
            // between two words of the run's font; at a change of font the main font's space
            // (an emoji font's space is an em and more wide)
            String after = nextFamily(s, next, order, faces);
            return runFamily == null || after == null || after.equals(runFamily);
        }
        return only != null && runFamily != null && neutral(cp);
    }

    /**
     * The family of the next character that decides a run (not a space, nor, for the PDFBox
     * engine, a number or punctuation the main font has); {@code null} at the end of the text.
     */
    private String nextFamily(String s, int from, List<String> order, List<FontFace> faces) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String family = familyFor(cp, order, faces);
            if (Character.isWhitespace(cp) || InvisibleFormatCharacters.steersLetters(cp) || (only != null && family == null && neutral(cp))) {
                continue;
            }
            return family == null ? "" : family;
        }
        return null;
    }

    /**
     * Whether the run's fonts draw the character: its family's face, or (the family being
     * {@code null}) the main font or none, when {@link org.imprint.fonts.GlyphCoverage} has
     * warned. A character is never left in a run whose fonts lack it while another font has it:
     * the engine would print {@code #} for it (an emoji in a Devanagari run), without a warning.
     */
    private boolean draws(String runFamily, String family, int cp, List<FontFace> faces) {
        if (family == null) {
            return true;
        }
        for (FontFace face : faces) {
            if (face.family().equals(runFamily)) {
                try {
                    return fonts.covers(face.file(), cp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return false;
    }

    /**
     * For the PDFBox engine, numbers, punctuation and spaces stay in the run they stand in (the
     * span names the main family after the run's, and PDFBox falls back glyph by glyph): a
     * right-to-left run is reordered as a whole only while it is one piece of text ("ایک لاکھ 20
     * ہزار" split at the number would come out in the wrong order). Flying Saucer takes one font
     * per run, so there a run stays with the glyphs its font has.
     */
    private static boolean neutral(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER, Character.DIRECTIONALITY_ARABIC_NUMBER,
                 Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR, Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR,
                 Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR, Character.DIRECTIONALITY_OTHER_NEUTRALS,
                 Character.DIRECTIONALITY_WHITESPACE, Character.DIRECTIONALITY_NONSPACING_MARK -> true;
            default -> false;
        };
    }

    /** Null when the main font has the glyph (or nothing has it), else the first family that has it. */
    private String familyFor(int cp, List<String> order, List<FontFace> faces) {
        if (cp < 0x250) {
            return null;
        }
        try {
            String family = fonts.familyFor(cp, order, faces);
            return family == null || order.get(0).equals(family) || (only != null && !only.contains(family)) ? null : family;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Document doc, Node parent, Node before, StringBuilder run, String family, String main) {
        if (run.isEmpty()) {
            return;
        }
        Node content = doc.createTextNode(run.toString());
        if (family != null) {
            Element span = doc.createElementNS(parent.getNamespaceURI(), "span");
            span.setAttribute("style", "font-family: \"" + family + "\"" + (main != null ? ", \"" + main + "\"" : ""));
            span.appendChild(content);
            content = span;
        }
        parent.insertBefore(content, before);
        run.setLength(0);
    }
}
