package org.imprint.cite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * Personal names written in Chinese, Japanese or Korean script, which CSL processors print
 * family name first and without a space or comma in every form: {"family": "王", "given": "小明"}
 * is "王小明" in a note, an author-date citation and a reference list alike, as citeproc-js
 * prints every name whose parts are not in a "romanesque" script. citeproc-java 3.5 sets them
 * as Latin names: "小明 王" given name first (Chicago's notes, IEEE, OSCOLA) and "王, 小明"
 * inverted (APA, Chicago's bibliography, MLA, ASA, Harvard, Nature).
 *
 * <p>Each such name's family and given names are marked ({@link #mark}) before citeproc-java
 * sets them; in what it makes the two marked parts are joined family first ({@link #joined}),
 * whichever order and separator the style put between them. A short form, the family name alone
 * ("王 2020"), keeps it and loses only the marks.
 *
 * <p>Only the East Asian scripts (Han, kana, Hangul, Bopomofo): citeproc-js joins names in any
 * script outside its romanesque list (Devanagari, Tamil, Ethiopic ...), where the name is written
 * given name first with a space, so Imprint keeps citeproc-java's setting of those.
 */
final class CjkNames {

    static final String FAMILY_START = "\uE0C0";
    static final String FAMILY_END = "\uE0C1";
    static final String GIVEN_START = "\uE0C2";
    static final String GIVEN_END = "\uE0C3";

    /**
     * citeproc-js's romanesque letters (CSL.ROMANESQUE_REGEXP): Latin, Greek, Cyrillic, Hebrew,
     * Arabic and Thai letters and digits; a name part with any of them is set as a Latin name.
     */
    private static final Pattern ROMANESQUE = Pattern.compile(
            "[-0-9a-zA-Z\\u0e01-\\u0e5b\\u00c0-\\u017f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u05ff\\u1f00-\\u1fff\\u0600-\\u06ff\\u1e00-\\u1eff]");

    /** The private-use marks of the other rewrites, no part of a name's script ({@link EtAl}'s, ...). */
    private static final Pattern OTHER_MARKS = Pattern.compile("[\\uE000-\\uF8FF]");

    private static final String TAGS = "((?:<[^>]*>)*)";
    private static final String PART = "([^\\uE0C0-\\uE0C3]*)";
    /** An inverted name: the family name, the sort separator (", "; name-part affixes), the given name. */
    private static final Pattern INVERTED = Pattern.compile(FAMILY_START + PART + FAMILY_END + TAGS
            + "[^<\\p{L}\\p{N}\\uE0C0-\\uE0C3]{0,6}?" + TAGS + GIVEN_START + PART + GIVEN_END);
    /** A name given name first: the given name, a space, the family name, each with its own formatting. */
    private static final Pattern GIVEN_FIRST = Pattern.compile("((?:<[^/>][^>]*>)*)" + GIVEN_START + PART + GIVEN_END
            + "((?:</[^>]*>)*)(?:\\s|&nbsp;|&#160;|\\u00A0)?((?:<[^/>][^>]*>)*)" + FAMILY_START + PART + FAMILY_END + "((?:</[^>]*>)*)");
    private static final Pattern MARKS = Pattern.compile("[\\uE0C0-\\uE0C3]");

    private CjkNames() {
    }

    /** Copies of the sources with the family and given names of each East Asian personal name marked. */
    static Map<String, CSLItemData> mark(Map<String, CSLItemData> items) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach((id, item) -> out.put(id, mark(item)));
        return out;
    }

    private static CSLItemData mark(CSLItemData item) {
        CSLItemDataBuilder b = null;
        for (NameVariables field : NameVariables.ALL) {
            CSLName[] names = field.get().apply(item);
            if (names == null || java.util.Arrays.stream(names).noneMatch(CjkNames::applies)) {
                continue;
            }
            CSLName[] marked = names.clone();
            for (int i = 0; i < marked.length; i++) {
                if (applies(marked[i])) {
                    marked[i] = new CSLNameBuilder(marked[i]).family(FAMILY_START + marked[i].getFamily() + FAMILY_END)
                            .given(GIVEN_START + marked[i].getGiven() + GIVEN_END).build();
                }
            }
            b = b == null ? new CSLItemDataBuilder(item) : b;
            field.set().apply(b, marked);
        }
        return b == null ? item : b.build();
    }

    /**
     * Whether a name is set family name first without a space: family and given names both in an
     * East Asian script, with no romanesque letter, and no particle or suffix (which citeproc-js
     * would drop).
     */
    static boolean applies(CSLName name) {
        return name != null && name.getLiteral() == null && eastAsian(name.getFamily()) && eastAsian(name.getGiven())
                && blank(name.getNonDroppingParticle()) && blank(name.getDroppingParticle()) && blank(name.getSuffix());
    }

    /** A name part with an East Asian letter and no romanesque one. */
    static boolean eastAsian(String part) {
        if (part == null || part.isBlank()) {
            return false;
        }
        String bare = OTHER_MARKS.matcher(RichText.plain(part)).replaceAll("");
        return !ROMANESQUE.matcher(bare).find() && bare.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.BOPOMOFO;
        });
    }

    private static boolean blank(String part) {
        return part == null || part.isBlank();
    }

    /** A marked name as a sort key compares it: family name then given name, nothing between ("王小明"). */
    static String sortKey(CSLName name) {
        return MARKS.matcher(name.getFamily() + name.getGiven()).replaceAll("").strip();
    }

    /** Whether a name's parts carry the marks ({@link #mark}). */
    static boolean marked(CSLName name) {
        return name != null && name.getFamily() != null && name.getFamily().startsWith(FAMILY_START);
    }

    /** A name as printed in full ("王小明"), where a name pattern is to find it; other names as they are. */
    static CSLName printed(CSLName name) {
        if (!marked(name)) {
            return name;
        }
        return new CSLNameBuilder().literal(sortKey(name)).build();
    }

    /** Copies of the sources with each marked name as printed ({@link #printed}). */
    static Map<String, CSLItemData> printed(Map<String, CSLItemData> items) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach((id, item) -> {
            CSLItemDataBuilder b = new CSLItemDataBuilder(item);
            for (NameVariables field : NameVariables.ALL) {
                CSLName[] names = field.get().apply(item);
                if (names != null) {
                    field.set().apply(b, java.util.Arrays.stream(names).map(CjkNames::printed).toArray(CSLName[]::new));
                }
            }
            out.put(id, b.build());
        });
        return out;
    }

    /**
     * Text made by citeproc-java with each marked name joined family name first, without what the
     * style set between its parts, and the marks taken out (a short form's family name stays).
     */
    static String joined(String html) {
        if (html == null || html.indexOf(FAMILY_START.charAt(0)) < 0) {
            return html;
        }
        String out = INVERTED.matcher(html).replaceAll("$1$2$3$4");
        out = replaceGivenFirst(out);
        return MARKS.matcher(out).replaceAll("");
    }

    /**
     * The given-first names reordered: the given name with its own formatting (as many opening
     * tags before it as it has closing tags after it) after the family name with its own.
     */
    private static String replaceGivenFirst(String html) {
        Matcher m = GIVEN_FIRST.matcher(html);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            String[] givenOpen = tags(m.group(1));
            String[] givenClose = tags(m.group(3));
            String[] familyOpen = tags(m.group(4));
            String[] familyClose = tags(m.group(6));
            // the given name's own tags are those it closes; the rest opened before it stay where they are
            int own = Math.min(givenOpen.length, givenClose.length);
            int ownFamily = Math.min(familyOpen.length, familyClose.length);
            out.append(html, at, m.start())
                    .append(join(givenOpen, 0, givenOpen.length - own))
                    .append(join(familyOpen, familyOpen.length - ownFamily, familyOpen.length)).append(m.group(5)).append(join(familyClose, 0, ownFamily))
                    .append(join(givenOpen, givenOpen.length - own, givenOpen.length)).append(m.group(2)).append(join(givenClose, 0, own))
                    .append(join(givenClose, own, givenClose.length))
                    .append(join(familyOpen, 0, familyOpen.length - ownFamily))
                    .append(join(familyClose, ownFamily, familyClose.length));
            at = m.end();
        }
        return at == 0 ? html : out.append(html, at, html.length()).toString();
    }

    private static String join(String[] tags, int from, int to) {
        return String.join("", java.util.Arrays.copyOfRange(tags, from, to));
    }

    private static String[] tags(String run) {
        return run == null || run.isEmpty() ? new String[0] : Pattern.compile("(?=<)").split(run);
    }
}
