package org.imprint.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

/**
 * CSL's {@code subsequent-author-substitute}, which citeproc-java 3.5 does not apply: in a
 * reference list an entry by the same authors as the entry before it puts the style's
 * substitute (Chicago: a 3-em dash, "———.") in place of their names, by the style's
 * {@code subsequent-author-substitute-rule} as CSL 1.0.2 defines them:
 * <ul>
 * <li>complete-all (CSL's default): when every name is the same, the whole list, its "and" and
 * "et al." too, is one substitute ("———. 2003.");
 * <li>complete-each: when every name is the same, each name is one ("———, and ———. 2004.");
 * <li>partial-each: each name the same as the one in its place before, from the first on;
 * <li>partial-first: the first name, when it is the same.
 * </ul>
 * A name is found in the entry as styles print it: family name with or without the given names,
 * in full or as initials, either way round, with its particles; the full stop after initials
 * that is also the list's own stays ("Novak A. 2003." → "———. 2003."), one before other
 * punctuation goes with the name ("Novak, A., Title" → "———, Title").
 */
final class AuthorSubstitute {

    private static final Pattern SUBSTITUTE = Pattern.compile("<bibliography\\b[^>]*\\bsubsequent-author-substitute=\"([^\"]*)\"");
    private static final Pattern RULE = Pattern.compile("<bibliography\\b[^>]*\\bsubsequent-author-substitute-rule=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    /** Space or markup between the words of a name. */
    private static final String GAP = "(?:\\s|&nbsp;|\\u00A0|\\u202F|<[^>]*>)*";
    /** The same, with the comma of an inverted name ("Novak, A."). */
    private static final String COMMA_GAP = "(?:\\s|&nbsp;|\\u00A0|\\u202F|<[^>]*>|,)*";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** A named entity. */
    private static final Pattern LETTER_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final java.util.Set<String> MARKUP_ENTITIES = java.util.Set.of("amp", "lt", "gt", "quot", "apos", "nbsp");
    private static final Pattern ET_AL = Pattern.compile("^,?" + GAP + "et al\\.?");

    /** The rules of CSL 1.0.2. */
    enum Rule {
        COMPLETE_ALL, COMPLETE_EACH, PARTIAL_EACH, PARTIAL_FIRST
    }

    private final String substitute;
    private final Rule rule;

    private AuthorSubstitute(String substitute, Rule rule) {
        this.substitute = substitute;
        this.rule = rule;
    }

    /** The style's substitute and rule, or {@code null} when it has none (or a rule CSL does not know). */
    static AuthorSubstitute of(String xml) {
        Matcher m = SUBSTITUTE.matcher(xml);
        if (!m.find()) {
            return null;
        }
        Matcher ruled = RULE.matcher(xml);
        Rule rule;
        try {
            rule = ruled.find() ? Rule.valueOf(ruled.group(1).toUpperCase(java.util.Locale.ROOT).replace('-', '_')) : Rule.COMPLETE_ALL;
        } catch (IllegalArgumentException e) {
            return null;   // an invalid style: CSL's schema allows only the four
        }
        StringBuilder out = new StringBuilder();
        Matcher e = ENTITY.matcher(m.group(1));
        while (e.find()) {
            e.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(
                    Integer.parseInt(e.group(2), e.group(1).isEmpty() ? 10 : 16)))));
        }
        e.appendTail(out);
        return new AuthorSubstitute(out.toString().replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">"), rule);
    }

    /** The style's rule. */
    Rule rule() {
        return rule;
    }

    /**
     * The entries with the names of each entry whose names (authors, else editors) are those of
     * the entry before it replaced by the substitute, as the rule says.
     *
     * @param keys    the item id of each entry, in the list's order
     * @param entries the entries' HTML
     */
    List<String> apply(List<String> keys, List<String> entries, Map<String, CSLItemData> items) {
        List<String> out = new ArrayList<>(entries);
        for (int i = 1; i < entries.size(); i++) {
            CSLName[] names = names(items.get(keys.get(i)));
            CSLName[] before = names(items.get(keys.get(i - 1)));
            if (names == null || before == null) {
                continue;
            }
            String entry = readable(entries.get(i));
            List<int[]> spans = spans(entry, names);
            List<int[]> spansBefore = spans(readable(entries.get(i - 1)), before);
            if (spans == null) {
                continue;
            }
            // the names the entries print: a list cut by et al. ("Lee, A., and Coauthors") is
            // compared and replaced as printed, as citeproc-js does ("——, and Coauthors")
            int printed = spans.size();
            int printedBefore = spansBefore == null ? before.length : spansBefore.size();
            int alike = 0;
            while (alike < printed && alike < printedBefore && same(names[alike], before[alike])) {
                alike++;
            }
            boolean all = alike == printed && printed == printedBefore;
            if (alike == 0 || !all && (rule == Rule.COMPLETE_ALL || rule == Rule.COMPLETE_EACH)) {
                continue;
            }
            int replaced = switch (rule) {
                case COMPLETE_ALL, COMPLETE_EACH -> printed;
                case PARTIAL_EACH -> alike;
                case PARTIAL_FIRST -> 1;
            };
            if (rule == Rule.COMPLETE_ALL) {
                int end = spans.get(spans.size() - 1)[1];
                Matcher etAl = ET_AL.matcher(entry.substring(end));
                if (etAl.find()) {
                    end += etAl.end();
                }
                spans = List.of(new int[] {spans.get(0)[0], end});
                replaced = 1;
            }
            StringBuilder text = new StringBuilder(entry);
            for (int n = replaced - 1; n >= 0; n--) {
                int[] span = spans.get(n);
                String kept = tags(entry.substring(span[0], span[1]));
                int end = span[1];
                String rest = entry.substring(end).replaceAll("^(?:<[^>]*>)+", "");
                if (!substitute.isEmpty() && !rest.isEmpty() && rest.charAt(0) == substitute.charAt(substitute.length() - 1)
                        && ".,;:".indexOf(rest.charAt(0)) >= 0) {
                    // the substitute's own punctuation and the list's merge, as CSL merges them: "___." not "___.."
                    int at = entry.indexOf(rest.charAt(0), end);
                    kept += entry.substring(end, at);
                    end = at + 1;
                }
                text.replace(span[0], end, substitute + kept);
            }
            out.set(i, text.toString());
        }
        return out;
    }

    /**
     * The entry with its letters that citeproc-java's HTML writes as entities ("M&amp;uuml;ller")
     * as letters, where the names are looked for: found as read only, a name with such a letter
     * (Müller, García, Gödel) was never found, and its repeated entries kept it where citeproc-js
     * prints MLA's "———". The entities of markup ("&amp;amp;", "&amp;lt;") and spaces stay.
     */
    private static String readable(String entry) {
        return LETTER_ENTITY.matcher(entry).replaceAll(m -> MARKUP_ENTITIES.contains(m.group(1)) ? Matcher.quoteReplacement(m.group())
                : Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), false)));
    }

    /** The markup inside a replaced stretch, kept so that the entry's elements stay closed. */
    private static String tags(String html) {
        StringBuilder out = new StringBuilder();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            out.append(m.group());
        }
        return out.toString();
    }

    /**
     * Where each name stands in the entry, in order, up to the first it does not print (after
     * et al.); {@code null} when it prints none.
     */
    private static List<int[]> spans(String entry, CSLName[] names) {
        List<int[]> spans = new ArrayList<>();
        int at = 0;
        for (CSLName name : names) {
            Matcher m = pattern(name).matcher(entry);
            if (!m.find(at)) {
                return spans.isEmpty() ? null : spans;
            }
            int end = m.end();
            // the full stop of the last initial: the delimiter's when a space or the end follows
            // ("Novak A. 2003." → "———. 2003."), the name's before other punctuation ("Novak, A., Title")
            if (end > m.start() && entry.charAt(end - 1) == '.') {
                String rest = entry.substring(end).replaceAll("^(?:<[^>]*>)+", "");
                if (rest.isEmpty() || Character.isWhitespace(rest.charAt(0)) || rest.startsWith("&nbsp;")) {
                    end--;
                }
            }
            spans.add(new int[] {m.start(), end});
            at = m.end();
        }
        return spans;
    }

    /** A name as styles print it. */
    private static Pattern pattern(CSLName name) {
        if (name.getLiteral() != null && !name.getLiteral().isBlank()) {
            return Pattern.compile(Pattern.quote(RichText.plain(name.getLiteral())), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        String family = words(name.getFamily());
        if (family == null) {
            return Pattern.compile("(?!)");
        }
        String particles = optional(name.getNonDroppingParticle()) + optional(name.getDroppingParticle());
        String given = given(name.getGiven());
        String suffix = name.getSuffix() == null || name.getSuffix().isBlank() ? "" : "(?:" + COMMA_GAP + words(name.getSuffix()) + ")?";
        String before = given == null ? "" : "(?:" + given + GAP + ")?";
        String after = given == null ? "" : "(?:" + COMMA_GAP + given + "(?:" + GAP + particlesAfter(name) + ")?)?";
        return Pattern.compile(before + particles + family + suffix + after + suffix + "(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String particlesAfter(CSLName name) {
        String p = (name.getDroppingParticle() == null ? "" : name.getDroppingParticle()) + " "
                + (name.getNonDroppingParticle() == null ? "" : name.getNonDroppingParticle());
        String w = words(p.strip());
        return w == null ? "(?!)" : w;
    }

    private static String optional(String particle) {
        String w = words(particle);
        return w == null ? "" : "(?:" + w + "['’]?" + GAP + ")?";
    }

    /** Words as written, any space or markup between them. */
    private static String words(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = RichText.plain(text).strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(out.length() == 0 ? "" : GAP).append(Pattern.quote(part));
        }
        return out.toString();
    }

    /** Given names in full or as initials, with or without their full stops, hyphens kept or not ("Jean-Paul", "J.-P.", "JP"). */
    private static String given(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        // "Ji-hoon" is one name, one initial ("J."), as citeproc-js takes it (HyphenatedNames)
        String[] parts = RichText.plain(given).strip().split("\\s+|\\s*-\\s*(?![a-z])");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            String initial = part.replace(".", "").isEmpty() ? Pattern.quote(part) : Pattern.quote(part.substring(0, part.offsetByCodePoints(0, 1)));
            out.append(out.length() == 0 ? "" : "(?:" + GAP + "-?" + GAP + ")")
                    .append("(?:").append(Pattern.quote(part)).append("|").append(initial).append("\\.?)");
        }
        return "(?:" + out + ")";
    }

    private static CSLName[] names(CSLItemData item) {
        if (item == null) {
            return null;
        }
        CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        return names == null || names.length == 0 ? null : names;
    }

    private static boolean same(CSLName a, CSLName b) {
        return Arrays.equals(new String[] {a.getFamily(), a.getGiven(), a.getLiteral(), a.getNonDroppingParticle(), a.getDroppingParticle()},
                new String[] {b.getFamily(), b.getGiven(), b.getLiteral(), b.getNonDroppingParticle(), b.getDroppingParticle()});
    }
}
