package org.imprint.image;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Selector;

/**
 * The parts of a cleaned SVG drawing that keep an {@code opacity} below 1 (what cleaning could not
 * move onto fills and strokes: a faded group of overlapping shapes, a faded shape with markers),
 * which the PDF's SVG drawer paints as an image with a soft mask over the part's bounds, like a
 * filter: 100 faded groups over a 600 by 400 figure made 200 images and took poppler 7.5 s to show
 * at 150 dpi (0.6 s without). A text's own opacity stays text and is not one.
 */
final class FadedParts {

    private static final Set<String> TEXT = Set.of("text", "tspan", "textpath");
    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)\\}");
    private static final Pattern OPACITY = Pattern.compile("(?i)(?:^|;)\\s*opacity\\s*:\\s*([^;!]*)");

    private FadedParts() {
    }

    /** How many parts of the cleaned file are drawn faded: by their own opacity, or by a style-sheet rule's. */
    static int count(byte[] cleanSvg) {
        Document doc = Jsoup.parse(new String(cleanSvg, StandardCharsets.UTF_8), "", Parser.xmlParser());
        Set<Element> faded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : doc.getAllElements()) {
            Matcher m = OPACITY.matcher(e.attr("style"));
            double own = value(m.find() ? m.group(1) : e.attr("opacity"));
            if (own < 1) {
                faded.add(e);
            }
        }
        for (Element sheet : doc.select("style")) {
            Matcher rule = RULE.matcher(sheet.wholeText());
            while (rule.find()) {
                Matcher m = OPACITY.matcher(rule.group(2).strip());
                if (m.find() && value(m.group(1)) < 1) {
                    for (String selector : rule.group(1).split(",")) {
                        try {
                            faded.addAll(doc.select(selector.strip()));
                        } catch (Selector.SelectorParseException e) {
                            // a selector jsoup does not read (a pseudo-class of the screen): it fades nothing on paper
                        }
                    }
                }
            }
        }
        faded.removeIf(e -> TEXT.contains(e.tagName().toLowerCase(Locale.ROOT)));
        return faded.size();
    }

    /** An opacity as written (a number or a percentage), clamped to 0..1; 1 when absent or not a number, as readers draw it. */
    static double value(String written) {
        String v = written.strip();
        if (v.isEmpty()) {
            return 1;
        }
        try {
            double d = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
            return Double.isNaN(d) ? 1 : Math.max(0, Math.min(1, d));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
