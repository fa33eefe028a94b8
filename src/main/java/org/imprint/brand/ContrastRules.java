package org.imprint.brand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.imprint.ReportException;

/**
 * Reads a brand's {@code accessibility:} section, the colour pairs its layouts set text in, and
 * measures each pair against WCAG 2.1 AA: 4.5:1 for normal text, 3:1 for large text (18 pt, or
 * 14 pt bold, and up), and 3:1 between links and the text around them unless links are
 * underlined.
 *
 * <pre>
 * accessibility:
 *   contrast: warning              # or error
 *   links: { colour: primary, underline: true, beside: [text, muted] }
 *   text_pairs:                    # what the text is: its colour, the colour it stands on
 *     body_text: { text: text, on: page }
 *     cover_title: { text: primary_dark, on: paper, size: large }
 * </pre>
 */
final class ContrastRules {

    private static final String SECTION = "accessibility";
    private static final double NORMAL = 4.5;
    private static final double LARGE = 3.0;
    private static final double LINK_BESIDE_TEXT = 3.0;

    private final Map<String, Object> colours;
    private final ProfileLines lines;

    private ContrastRules(Map<String, Object> colours, ProfileLines lines) {
        this.colours = colours;
        this.lines = lines;
    }

    /** The brand's colour pairs measured; {@link BrandAccessibility#UNCHECKED} when it declares none. */
    static BrandAccessibility check(Map<String, Object> profile, ProfileLines lines) throws ReportException {
        if (profile.get(SECTION) == null) {
            return BrandAccessibility.UNCHECKED;
        }
        Map<String, Object> section = mapping(profile.get(SECTION), SECTION, lines);
        Map<String, Object> colours = profile.get("colours") instanceof Map<?, ?> m ? strings(m) : Map.of();
        ContrastRules rules = new ContrastRules(colours, lines);
        Object mode = section.getOrDefault("contrast", "warning");
        if (!"warning".equals(mode) && !"error".equals(mode)) {
            throw lines.error(SECTION + ".contrast", "accessibility.contrast must be warning or error, not \"" + mode
                    + "\": whether a colour pair below WCAG 2.1 AA only warns (and the e-book claims no WCAG conformance) or stops the build");
        }
        List<ContrastResult> results = new ArrayList<>();
        if (!(section.get("text_pairs") instanceof Map<?, ?> pairs) || pairs.isEmpty()) {
            throw lines.error(SECTION + ".text_pairs", "accessibility.text_pairs must name the colour pairs the layouts set text in,"
                    + " e.g. text_pairs: { body_text: { text: text, on: page } }");
        }
        for (var e : strings(pairs).entrySet()) {
            if (e.getValue() != null) {
                results.add(rules.pair(e.getKey(), e.getValue(), SECTION + ".text_pairs." + e.getKey()));
            }
        }
        boolean underlined = false;
        if (section.get("links") != null) {
            String path = SECTION + ".links";
            Map<String, Object> links = mapping(section.get("links"), path, lines);
            if (!(links.getOrDefault("underline", false) instanceof Boolean u)) {
                throw lines.error(path + ".underline", "accessibility.links.underline must be true or false");
            }
            underlined = u;
            String colourKey = rules.key(links.get("colour"), path + ".colour");
            Object beside = links.get("beside");
            if (!(beside instanceof List<?> besides) || besides.isEmpty()) {
                throw lines.error(path + ".beside", "accessibility.links.beside must list the text colours links stand among, e.g. beside: [text, muted]");
            }
            for (int i = 0; i < besides.size(); i++) {
                String besidePath = path + ".beside[" + (i + 1) + "]";
                String textKey = rules.key(besides.get(i), besidePath);
                // underlined links are told apart by their underline: the colours may be alike
                double needed = underlined ? 1.0 : LINK_BESIDE_TEXT;
                results.add(rules.measure("links", colourKey, textKey, needed, lines.at(underlined ? path + ".underline" : besidePath), true));
            }
        }
        return new BrandAccessibility(results, "error".equals(mode), underlined);
    }

    private ContrastResult pair(String use, Object entry, String path) throws ReportException {
        Map<String, Object> pair = mapping(entry, path, lines);
        String text = key(pair.get("text"), path + ".text");
        String on = key(pair.get("on"), path + ".on");
        Object size = pair.getOrDefault("size", "normal");
        if (!"normal".equals(size) && !"large".equals(size)) {
            throw lines.error(path + ".size", "size must be normal or large (large: 18 pt and up, or 14 pt bold and up), not \"" + size + "\"");
        }
        return measure(use, text, on, "large".equals(size) ? LARGE : NORMAL, lines.at(path), false);
    }

    private ContrastResult measure(String use, String textKey, String onKey, double needed, ProfileLines.Line line, boolean link) {
        Colour text = colour(textKey);
        Colour on = colour(onKey);
        return new ContrastResult(use, textKey, text, onKey, on, text.contrast(on), needed,
                text.nearestReaching(needed, on), line, link);
    }

    /** A key of {@code colours:} naming a colour; {@link #colour} then parses it. */
    private String key(Object value, String path) throws ReportException {
        if (!(value instanceof String key) || key.isBlank()) {
            throw lines.error(path, path + " must name a colour of colours: (one of " + String.join(", ", new TreeSet<>(colours.keySet())) + ")");
        }
        if (!colours.containsKey(key)) {
            throw lines.error(path, path + " names \"" + key + "\", which is not a key of colours: (they are "
                    + String.join(", ", new TreeSet<>(colours.keySet())) + "); add it to colours: or name another");
        }
        if (Colour.parse(String.valueOf(colours.get(key))).isEmpty()) {
            throw lines.error("colours." + key, "colours." + key + " \"" + colours.get(key)
                    + "\" is not a colour: write it as \"#RRGGBB\", in quotes (e.g. \"#7B1E2B\")");
        }
        return key;
    }

    private Colour colour(String key) {
        return Colour.parse(String.valueOf(colours.get(key))).orElseThrow();
    }

    private static Map<String, Object> mapping(Object value, String path, ProfileLines lines) throws ReportException {
        if (value instanceof Map<?, ?> m) {
            return strings(m);
        }
        throw lines.error(path, path + " must be a mapping of keys to values");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
