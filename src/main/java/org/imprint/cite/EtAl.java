package org.imprint.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * BibTeX's "and others" (the list of names goes on, unnamed) as the style's "et al.": CSL has
 * no such mark, and citeproc-java abbreviates a list only by its length. The mark stands in the
 * list as {@link #OTHERS}; for a style it becomes as many unnamed names as make the list as long
 * as the style's citations abbreviate ({@code et-al-min}), so the style abbreviates it as it
 * would a long list (one unnamed name when its citations name none, as a numeric style's: the
 * reference list then names all and the mark becomes "et al."); {@link #text} then takes the unnamed names out of the formatted text, and
 * puts the style's "et al." where the style named them all (a reference list that abbreviates
 * only longer lists).
 */
final class EtAl {

    /** "and others", as a name. */
    static final CSLName OTHERS = new CSLNameBuilder().literal("\uE030").build();
    private static final String MARK = "\uE030";
    private static final Pattern MIN = Pattern.compile("<citation\\b[^>]*\\bet-al-min=\"(\\d+)\"");
    /** The last name of a list cut short by CSL's {@code et-al-use-last}, marked on its family name. */
    private static final String LAST = "\uE031";
    private static final Pattern BIBLIOGRAPHY = Pattern.compile("<bibliography\\b[^>]*>");
    /**
     * The "and" (or "&amp;") and delimiter citeproc-java set before the marked last name: the
     * delimiter before an "and" (group 1, its space group 2), or alone (group 3; "/" in
     * wirtschaftsuniversitat-wien), then the tags before the name (group 4).
     */
    private static final Pattern BEFORE_LAST = Pattern.compile("(?:([,;/])?(\\s+)(?:&amp;|&|\\p{L}+)\\s+|([,;/]\\s*)|\\s+)?((?:<[^>]*>)*)" + LAST);
    /** An unnamed name with the delimiter before it (", ", " and ", ", & "). */
    /** After the family name of the one name a list names before its "and others". */
    private static final String ONE = "\uE032";
    private static final Pattern UNNAMED = Pattern.compile("(?:,?\\s+(?:[\\p{L}.]+|&amp;|&)\\s+|,\\s*|\\s+)?" + MARK);

    private EtAl() {
    }

    /** How many names a style's citations abbreviate from, or 0 when they name all. */
    static int minimum(String xml) {
        Matcher m = MIN.matcher(xml);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * A reference list's rule for long lists with CSL's {@code et-al-use-last="true"} (APA: from 21
     * names, the first 19, an ellipsis, the last), which citeproc-java ignores: it sets the first
     * names and "et al.". Null when the style's reference list has no such rule.
     */
    record UseLast(int minimum, int first) {

        static UseLast of(String xml) {
            Matcher m = BIBLIOGRAPHY.matcher(xml);
            if (!m.find() || !m.group().matches("(?s).*\\bet-al-use-last=\"true\".*")) {
                return null;
            }
            Matcher min = Pattern.compile("\\bet-al-min=\"(\\d+)\"").matcher(m.group());
            Matcher first = Pattern.compile("\\bet-al-use-first=\"(\\d+)\"").matcher(m.group());
            return min.find() && first.find() ? new UseLast(Integer.parseInt(min.group(1)), Integer.parseInt(first.group(1))) : null;
        }
    }

    /**
     * The items whose authors are at least as many as {@code rule} cuts short, with only the first
     * ones and the last (marked): too few for citeproc-java to abbreviate, so it names them all, and
     * {@link #text} puts the ellipsis before the last. {@code rule} null: the items as they are.
     */
    static Map<String, CSLItemData> useLast(Map<String, CSLItemData> items, UseLast rule) {
        if (rule == null) {
            return items;
        }
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach((id, item) -> {
            CSLName[] names = item.getAuthor();
            if (names == null || names.length < rule.minimum() || names.length <= rule.first() + 1
                    || Arrays.stream(names).anyMatch(EtAl::isOthers)) {
                out.put(id, item);
                return;
            }
            CSLName last = names[names.length - 1];
            CSLName marked = last.getFamily() != null
                    ? new CSLNameBuilder().family(LAST + last.getFamily()).given(last.getGiven())
                            .nonDroppingParticle(last.getNonDroppingParticle()).droppingParticle(last.getDroppingParticle())
                            .suffix(last.getSuffix()).build()
                    : new CSLNameBuilder().literal(LAST + last.getLiteral()).build();
            CSLName[] cut = Arrays.copyOf(names, rule.first() + 1);
            cut[rule.first()] = marked;
            out.put(id, new CSLItemDataBuilder(item).author(cut).build());
        });
        return out;
    }

    /** The items with each "and others" made unnamed names enough for the style to abbreviate the list. */
    static Map<String, CSLItemData> expand(Map<String, CSLItemData> items, int minimum) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach((id, item) -> out.put(id, expand(item, minimum)));
        return out;
    }

    private static CSLItemData expand(CSLItemData item, int minimum) {
        CSLItemDataBuilder b = null;
        for (NameVariables variable : NameVariables.ALL) {
            CSLName[] names = variable.get().apply(item);
            if (names == null || Arrays.stream(names).noneMatch(EtAl::isOthers)) {
                continue;
            }
            List<CSLName> named = new ArrayList<>(Arrays.stream(names).filter(n -> !isOthers(n)).toList());
            if (named.isEmpty()) {
                // no one named: the role goes, not only its names, or the style prints its label
                // alone ("(Ed.). (2001)"); the bibliography's reader has warned of it
                b = variable.set().apply(b == null ? new CSLItemDataBuilder(item) : b, null);
                continue;
            }
            List<CSLName> padded = new ArrayList<>(named);
            if (named.size() == 1 && named.get(0).getFamily() != null) {
                // one name before "et al.": whether it is inverted decides the comma ({@link #text})
                CSLName one = named.get(0);
                padded.set(0, new CSLNameBuilder(one).family(one.getFamily() + ONE).build());
            }
            while (padded.size() < Math.max(minimum, named.size() + 1)) {
                padded.add(OTHERS);
            }
            b = variable.set().apply(b == null ? new CSLItemDataBuilder(item) : b, padded.toArray(new CSLName[0]));
        }
        return b == null ? item : b.build();
    }

    static boolean isOthers(CSLName name) {
        return MARK.equals(name.getLiteral());
    }

    /**
     * A formatted text without its unnamed names. Each list's run of them is handled alone (an
     * entry may have authors and editors "and others"): where the style abbreviated the list
     * they are gone with their delimiters; where it named all, they become "et al." ({@code term}),
     * after a comma when two or more names or an inverted one come before ("Adams, Zoe, et al.",
     * "Doe, Jones, et al."), without one after a single name in display order ("edited by Ann
     * Jones et al.", CSL's delimiter-precedes-et-al="contextual", CMOS 14.76).
     */
    static String text(String html, String term) {
        if (html.contains(LAST)) {
            // CSL: the names' delimiter (", " where only an "and" came before), an ellipsis, a space, the last name
            html = BEFORE_LAST.matcher(html).replaceAll(m -> Matcher.quoteReplacement(delimiter(m) + "\u2026 " + m.group(4)));
        }
        if (!html.contains(MARK)) {
            return html.replace(ONE, "");
        }
        Matcher m = UNNAMED.matcher(html);
        List<int[]> runs = new ArrayList<>();
        while (m.find()) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == m.start()) {
                runs.get(runs.size() - 1)[1] = m.end();
            } else {
                runs.add(new int[] {m.start(), m.end()});
            }
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] run : runs) {
            boolean abbreviated = plain(html.substring(run[1])).stripLeading().replaceFirst("^,\\s*", "").startsWith(term);
            out.append(html, at, run[0]);
            if (!abbreviated) {
                String before = html.substring(at, run[0]);
                int one = before.lastIndexOf(ONE);
                boolean displayOrderOne = one >= 0 && plain(before.substring(one + 1)).isEmpty();
                out.append(displayOrderOne ? " " : ", ").append(term);
            }
            at = run[1];
        }
        out.append(html.substring(at));
        // "et al." before the names' closing full stop
        return out.toString().replace(ONE, "").replace(term + ".", term).replace(term + ",,", term + ",");
    }

    /** The names' delimiter a match of {@link #BEFORE_LAST} shows, ", " where it shows none. */
    private static String delimiter(MatchResult m) {
        if (m.group(1) != null) {
            return m.group(1) + m.group(2);
        }
        return m.group(3) != null ? m.group(3) : ", ";
    }

    /** The text of some HTML, without its tags, its non-breaking spaces as characters. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&#160;", "\u00A0").replace("&nbsp;", "\u00A0");
    }
}
