package org.imprint.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The words of a cleaned SVG file, as the load stage checks them: what they say (for the fonts'
 * coverage) and which of their SVG text features the PDF's drawer does not keep, which the build
 * names rather than print the words somewhere else without a word.
 *
 * @param text   the content of its {@code text} elements, joined with spaces
 * @param unkept the text features the PDF does not keep, in words, e.g. "letter or word spacing"
 * @param rasterised the parts the PDF draws as pixels, not vectors, in words, e.g. "a filter (feGaussianBlur)"
 */
public record SvgWords(String text, List<String> unkept, List<String> rasterised) {

    /** Reads a cleaned SVG file (see {@link SafeSvg}). */
    public static SvgWords of(byte[] svg) {
        Document doc = Jsoup.parse(new String(svg, StandardCharsets.UTF_8), "", Parser.xmlParser());
        String text = doc.select("text").eachText().stream().collect(Collectors.joining(" "));
        List<String> unkept = new ArrayList<>();
        // text on a path (textPath), like stroked, gradient-filled, clipped or reused text, is drawn as
        // the drawing has it (in outlines) by the PDF's SVG drawer: nothing to name
        for (Element e : doc.select("text, tspan")) {
            for (String axis : List.of("x", "y", "dx", "dy")) {
                if (e.attr(axis).strip().split("[\\s,]+").length > 1) {
                    unkept.add("a position for each letter (" + axis + "=\"" + shorten(e.attr(axis)) + "\")");
                    break;
                }
            }
            if (e.hasAttr("rotate")) {
                unkept.add("rotated letters (rotate=\"" + shorten(e.attr("rotate")) + "\")");
            }
            if (e.hasAttr("textLength")) {
                unkept.add("a stretched text length (textLength)");
            }
        }
        String styles = (String.join(" ", doc.select("style").eachText()) + " " + String.join(" ", doc.select("[style]").eachAttr("style")))
                .toLowerCase(Locale.ROOT);
        // zero spacing and upright type (Figma writes letter-spacing="0em" on every word) change nothing
        boolean spaced = List.of("letter-spacing", "word-spacing", "font-style", "writing-mode").stream().anyMatch(p ->
                doc.select("[" + p + "]").eachAttr(p).stream().anyMatch(v -> !neutral(v))
                        || java.util.regex.Pattern.compile(p + "\\s*:\\s*([^;}\"]*)").matcher(styles).results().anyMatch(m -> !neutral(m.group(1))));
        if (spaced && !text.isBlank()) {
            unkept.add("letter or word spacing, italics or vertical writing");
        }
        return new SvgWords(text, unkept.stream().distinct().toList(), rasterised(doc));
    }

    /** A spacing or style value that leaves the words as they are: 0 in any unit, normal, initial. */
    private static boolean neutral(String value) {
        return value.strip().toLowerCase(Locale.ROOT).matches("[+-]?0*\\.?0*(px|em|pt|%|rem|ex)?|normal|initial|unset|horizontal-tb|lr-tb|lr|inherit")
                && !value.isBlank();
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("url\\(\\s*['\"]?#([^'\")\\s]+)");

    /** The filters and masks the drawing uses: the PDF's SVG drawer paints them as images. */
    private static List<String> rasterised(Document doc) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (String property : List.of("filter", "mask")) {
                String value = e.attr(property) + " " + styleValue(e.attr("style"), property);
                java.util.regex.Matcher m = URL.matcher(value);
                while (m.find()) {
                    Element target = doc.getElementById(m.group(1));
                    if (target == null) {
                        continue;
                    }
                    if (property.equals("filter")) {
                        String steps = target.children().stream().map(Element::tagName).distinct().collect(Collectors.joining(", "));
                        found.add("a filter (" + (steps.isEmpty() ? "#" + m.group(1) : steps) + ")");
                    } else {
                        found.add("a mask (#" + m.group(1) + ")");
                    }
                }
            }
        }
        for (Element e : doc.getAllElements()) {
            // what cleaning could not move onto fills and strokes (a faded group of overlapping shapes):
            // a text's own opacity is kept as text
            String value = styleValue(e.attr("style"), "opacity").strip();
            value = value.isEmpty() ? e.attr("opacity").strip() : value;
            if (FadedParts.value(value) < 1 && !Set.of("text", "tspan").contains(e.tagName().toLowerCase(Locale.ROOT))) {
                found.add("opacity on a <" + e.tagName() + ">" + (e.id().isBlank() ? "" : " (#" + e.id() + ")")
                        + " that cannot be given to its shapes");
            }
        }
        if (!doc.select("style").isEmpty() && String.join(" ", doc.select("style").eachText()).matches("(?s).*\\b(filter|mask)\\s*:\\s*url.*")) {
            found.add("a filter or mask set in a style sheet");
        }
        if (String.join(" ", doc.select("style").eachText()).matches("(?s).*(?<![\\w-])opacity\\s*:\\s*(0|0?\\.\\d+|\\d{1,2}(\\.\\d+)?%)\\s*(;|}|!).*")) {
            // a rule the cleaning could not move onto the shapes' fills and strokes
            found.add("opacity set in a style sheet");
        }
        return found.stream().distinct().toList();
    }

    private static String styleValue(String style, String property) {
        for (String declaration : style.split(";")) {
            String[] pair = declaration.split(":", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase(property)) {
                return pair[1];
            }
        }
        return "";
    }

    private static String shorten(String s) {
        String v = s.strip();
        return v.length() > 20 ? v.substring(0, 17) + "..." : v;
    }
}
