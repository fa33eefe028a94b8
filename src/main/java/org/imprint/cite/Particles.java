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
 * CSL's {@code demote-non-dropping-particle}, which citeproc-java 3.5 ignores: it always sets
 * and sorts "van Gogh, Vincent" under V, as the value "never" asks. A style that demotes the
 * particle (Chicago: "display-and-sort", the CSL default) lists "Gogh, Vincent van" under G; one
 * that demotes it for sorting only (IEEE, Harvard) lists "van Gogh, Vincent" under G.
 *
 * <p>The reference list is made a second time from copies of the sources whose particle is
 * moved to the end of the given names: inverted, that is "Gogh, Vincent van", sorted under G;
 * written given name first it is "Vincent van Gogh" as before. Citations keep the particle
 * ("van Gogh 1914"). Where the list so made has lost a particle (a style that abbreviates given
 * names to initials, "Gogh, V. v."; et al.), the entries are printed as citeproc-java sets them
 * ("van Gogh, V."), in the demoted order.
 *
 * <p>citeproc-java makes every word of the given names an initial, the particles moved there
 * too ("Gogh, V. v.", citeproc-js "Gogh, V. van"), but keeps whole a word a stop follows (an
 * initial already). So where the style initializes, the particles that end a Latin given name
 * (demoted, or a dropping particle, "Ludwig van") are given to it marked ({@link #whole}): the
 * marks and what it writes between them are taken out of the
 * citation or entry by {@link #unmarked}.
 */
final class Particles {

    private static final Pattern DEMOTE = Pattern.compile("<style\\b[^>]*\\bdemote-non-dropping-particle=\"([a-z-]+)\"");

    /** What the style asks: "never", "sort-only" or "display-and-sort" (CSL's default). */
    static String demotion(String styleXml) {
        Matcher m = DEMOTE.matcher(styleXml);
        return m.find() ? m.group(1) : "display-and-sort";
    }

    /** Whether the style demotes particles, for sorting at least. */
    static boolean applies(String styleXml) {
        return !demotion(styleXml).equals("never");
    }

    /** Whether an entry names every particle of its source's names, as a word (none became an initial). */
    static boolean kept(String entry, CSLItemData item) {
        String text = entry.replaceAll("<[^>]*>", "").replace('\u2019', '\'');
        for (NameVariables f : NameVariables.ALL) {
            CSLName[] names = item == null ? null : f.get().apply(item);
            for (CSLName name : names == null ? new CSLName[0] : names) {
                if (hasParticle(name) && !Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name.getNonDroppingParticle().strip().replace('\u2019', '\''))
                        + "(?![\\p{L}])").matcher(text).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether any of the sources' names has a non-dropping particle. */
    static boolean any(Map<String, CSLItemData> items) {
        return items.values().stream().anyMatch(item -> NameVariables.ALL.stream().anyMatch(f -> {
            CSLName[] names = f.get().apply(item);
            if (names == null) {
                return false;
            }
            for (CSLName name : names) {
                if (hasParticle(name)) {
                    return true;
                }
            }
            return false;
        }));
    }

    /** Copies of the sources, each non-dropping particle moved to the end of its given names. */
    static Map<String, CSLItemData> demoted(Map<String, CSLItemData> items) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach((id, item) -> out.put(id, demoted(item)));
        return out;
    }

    /** A source with each non-dropping particle moved to the end of its given names; the source itself where it has none. */
    static CSLItemData demoted(CSLItemData item) {
        return moved(item, Particles::demoted);
    }

    /**
     * A source as a sort sees it where the names it compares tie ({@link CollatedSort}): each
     * non-dropping particle after the family name, in it ("Berg van der"). A key that prints the
     * family name alone (a short form) read "Berg" for "van der Berg" too, where citeproc-js sorts
     * "Berg" before "Berg van der"; the source itself where it has no particle.
     */
    static CSLItemData sorted(CSLItemData item) {
        return moved(item, name -> new CSLNameBuilder(name).family(name.getFamily().strip() + " "
                + name.getNonDroppingParticle().strip()).nonDroppingParticle(null).build());
    }

    /** A source with each name that has a non-dropping particle as {@code move} makes it; the source itself where none has one. */
    private static CSLItemData moved(CSLItemData item, java.util.function.UnaryOperator<CSLName> move) {
        CSLItemDataBuilder b = null;
        for (NameVariables f : NameVariables.ALL) {
            CSLName[] names = f.get().apply(item);
            if (names != null && java.util.Arrays.stream(names).anyMatch(Particles::hasParticle)) {
                CSLName[] moved = names.clone();
                for (int i = 0; i < moved.length; i++) {
                    if (hasParticle(moved[i])) {
                        moved[i] = move.apply(moved[i]);
                    }
                }
                b = b == null ? new CSLItemDataBuilder(item) : b;
                f.set().apply(b, moved);
            }
        }
        return b == null ? item : b.build();
    }

    private static boolean hasParticle(CSLName name) {
        return name.getNonDroppingParticle() != null && !name.getNonDroppingParticle().isBlank() && name.getFamily() != null;
    }

    private static CSLName demoted(CSLName name) {
        String given = name.getGiven() == null || name.getGiven().isBlank() ? "" : name.getGiven().strip() + " ";
        String dropping = name.getDroppingParticle() == null || name.getDroppingParticle().isBlank() ? ""
                : name.getDroppingParticle().strip() + " ";
        return new CSLNameBuilder(name).given(given + dropping + name.getNonDroppingParticle().strip())
                .droppingParticle(null).nonDroppingParticle(null).build();
    }

    /** Opens a particle word kept whole in initials: no letter, and Common script, so citeproc-java still initializes the name. */
    private static final char OPEN = '\u2060';
    /** Closes it. */
    private static final char CLOSE = '\u2063';
    /**
     * Ends the given names after their last particle, as an initial and a hyphen ("\u2064.-"): so
     * they no longer end in a stop, which citeproc-java would take for the one a style sets after
     * the name ("Beethoven, L. van." in APA).
     */
    private static final char END = '\u2064';
    /** A particle word: lower case, no stop ("van", "der", "d'"). */
    private static final Pattern PARTICLE_WORD = Pattern.compile("\\p{Ll}[\\p{L}\\p{M}'\u2019\u02bb]*");
    /** What citeproc-java writes between marks: the initialize-with (or the stop, in full names), no letter. */
    private static final String BETWEEN = "(?:[^\\p{L}\\p{N}<>\\-]|&#?\\w+;){0,8}?";
    private static final Pattern LAST = Pattern.compile(CLOSE + BETWEEN + END + BETWEEN + "-");
    private static final Pattern INNER = Pattern.compile(CLOSE + BETWEEN + "(?=" + OPEN + ")");
    private static final Pattern SET_APART = Pattern.compile("(?<=[^\\s>(\\[])" + OPEN);
    private static final Pattern MARKS = Pattern.compile("[" + OPEN + CLOSE + END + "]");

    /**
     * Latin given names with the lower-case words that end them (particles: "Jan van der",
     * "Ludwig van") each marked to be kept whole by citeproc-java's initials: a word a stop
     * follows is an initial already. The names themselves where none ends so, all are such
     * words, or the names are in another script (left whole by citeproc-java).
     */
    static String whole(String given) {
        if (given == null || !given.codePoints().allMatch(Particles::latin)) {
            return given;
        }
        String[] words = given.strip().split("\\s+");
        int first = words.length;
        while (first > 1 && PARTICLE_WORD.matcher(words[first - 1]).matches()) {
            first--;
        }
        if (first == words.length) {
            return given;
        }
        StringBuilder out = new StringBuilder(String.join(" ", java.util.Arrays.asList(words).subList(0, first)));
        for (int i = first; i < words.length; i++) {
            out.append(' ').append(OPEN).append(words[i]).append(CLOSE).append('.');
        }
        return out.append(END).append(".-").toString();
    }

    /**
     * The citation or entry without the marks of {@link #whole} and what citeproc-java wrote
     * between them (each word's initialize-with, the end's initial and hyphen); each particle
     * set apart by a space ("Berg J van der", "Gogh, V. van").
     */
    static String unmarked(String html) {
        if (html.indexOf(OPEN) < 0) {
            return html;
        }
        String out = LAST.matcher(html).replaceAll("");
        out = INNER.matcher(out).replaceAll("");
        out = SET_APART.matcher(out).replaceAll(" ");
        return MARKS.matcher(out).replaceAll("");
    }

    private static boolean latin(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.INHERITED;
    }

    private Particles() {
    }
}
