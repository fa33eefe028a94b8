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
        CSLItemDataBuilder b = null;
        for (NameVariables f : NameVariables.ALL) {
            CSLName[] names = f.get().apply(item);
            if (names != null && java.util.Arrays.stream(names).anyMatch(Particles::hasParticle)) {
                CSLName[] moved = names.clone();
                for (int i = 0; i < moved.length; i++) {
                    if (hasParticle(moved[i])) {
                        moved[i] = demoted(moved[i]);
                    }
                }
                b = b == null ? new CSLItemDataBuilder(item) : b;
                f.set().apply(b, moved);
            }
        }
        return b == null ? item : b.build();
    }

    /**
     * A source as a sort sees it where the names it compares tie ({@link CollatedSort}): each
     * non-dropping particle after the family name, in it ("Berg van der"). A key that prints the
     * family name alone (a short form) read "Berg" for "van der Berg" too, where citeproc-js sorts
     * "Berg" before "Berg van der"; the source itself where it has no particle.
     */
    static CSLItemData sorted(CSLItemData item) {
        CSLItemDataBuilder b = null;
        for (NameVariables f : NameVariables.ALL) {
            CSLName[] names = f.get().apply(item);
            if (names != null && java.util.Arrays.stream(names).anyMatch(Particles::hasParticle)) {
                CSLName[] moved = names.clone();
                for (int i = 0; i < moved.length; i++) {
                    if (hasParticle(moved[i])) {
                        moved[i] = new CSLNameBuilder(moved[i]).family(moved[i].getFamily().strip() + " "
                                + moved[i].getNonDroppingParticle().strip()).nonDroppingParticle(null).build();
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

    private Particles() {
    }
}
