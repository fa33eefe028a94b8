package org.imprint.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * The particles of a CSL JSON or YAML name, read as citeproc-js reads them. Reference managers
 * export a name's particle in its family name ({@code "family": "van der Berg"}): the lower-case
 * words that open it ("van der", "d'") are its non-dropping particle, as citeproc-js reads them; citeproc-java took
 * them for part of the surname, so Chicago listed "van der Berg, Jan" under V where citeproc-js
 * lists "Berg, Jan van der" under B. A given name after a comma ("John, Jr.") is the suffix.
 *
 * <p>A dropping particle ({@code "dropping-particle": "van"}) is set at the end of the given
 * names, where CSL prints it in an inverted name ("Beethoven, Ludwig van", sorted under B):
 * citeproc-java 3.5 set it before the family name ("van Beethoven, Ludwig", under V). Given
 * first it reads as before ("Ludwig van Beethoven"); a style that initials the given names makes
 * it an initial too ("Beethoven, L. v.", citeproc-js "L. van"). Given names that end in such a
 * word ("Ludwig van") are left so, for the same reason.
 *
 * <p>A name whose non-dropping particle is given, or that says {@code "parse-names": false} or
 * {@code "static-particles"}, is left as written; so is one without given names, and one whose
 * family name is in quotation marks ({@code "\"van Dyke\""}), which lose them.
 */
final class NameParticles {

    /**
     * A family name's first word and the space or apostrophe after it; the rest. citeproc-js also
     * splits at a hyphen ("al-Jabri"), but citeproc-java sets a space after any particle that
     * does not end in an apostrophe ("al- Jabri"), so such a name stays whole.
     */
    private static final Pattern FAMILY_WORD = Pattern.compile("^([^ ]+(?:\u02bb|\u2019| |') *)(.+)$");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[-'\u02bb\u2019\\s]*(.).*$", Pattern.DOTALL);
    private static final Pattern SUFFIX = Pattern.compile("\\s*,!*\\s*");

    private NameParticles() {
    }

    /** The source with its names' particles read; the source itself where it has none to read. */
    static CSLItemData parsed(CSLItemData item) {
        CSLItemDataBuilder builder = null;
        for (NameVariables variable : NameVariables.ALL) {
            CSLName[] names = variable.get().apply(item);
            if (names == null) {
                continue;
            }
            CSLName[] read = new CSLName[names.length];
            boolean changed = false;
            for (int i = 0; i < names.length; i++) {
                read[i] = parsed(names[i]);
                changed |= read[i] != names[i];
            }
            if (changed) {
                builder = variable.set().apply(builder == null ? new CSLItemDataBuilder(item) : builder, read);
            }
        }
        return builder == null ? item : builder.build();
    }

    private static CSLName parsed(CSLName name) {
        String family = name.getFamily();
        String given = name.getGiven();
        if (family != null && family.length() > 1 && family.startsWith("\"") && family.endsWith("\"")) {
            // citeproc-js's way to keep a name whole: its quotation marks are no part of it
            return new CSLNameBuilder(name).family(family.substring(1, family.length() - 1)).build();
        }
        if (family == null || given == null || name.getNonDroppingParticle() != null
                || Boolean.FALSE.equals(name.getParseNames()) || Boolean.TRUE.equals(name.getStaticParticles())) {
            return name;
        }
        Split leading = particles(family);
        String suffix = name.getSuffix();
        Boolean commaSuffix = name.getCommaSuffix();
        Matcher comma = SUFFIX.matcher(given);
        if (suffix == null && comma.find()) {
            suffix = given.substring(comma.end());
            commaSuffix = comma.group().replaceAll("\\s", "").length() == 2 ? Boolean.TRUE : commaSuffix;
            given = given.substring(0, comma.start());
        }
        if (name.getDroppingParticle() != null) {
            given = given + " " + name.getDroppingParticle();
        }
        if (leading.particles().isEmpty() && given.equals(name.getGiven())) {
            return name;
        }
        CSLNameBuilder b = new CSLNameBuilder(name).family(leading.rest()).given(given).droppingParticle(null).suffix(suffix)
                .commaSuffix(commaSuffix);
        if (!leading.particles().isEmpty()) {
            b.nonDroppingParticle(trimmed(leading.particles()));
        }
        return b.build();
    }

    /** A name's particles and the rest of it. */
    private record Split(String particles, String rest) {
    }

    /** The lower-case words that open a family name, as citeproc-js's {@code splitParticles}; its last word is never one. */
    private static Split particles(String family) {
        String rest = family;
        StringBuilder particles = new StringBuilder();
        Matcher m = FAMILY_WORD.matcher(rest);
        while (m.matches()) {
            Matcher first = EDGE_MARKS.matcher(m.group(1));
            String initial = first.matches() ? first.group(1) : "";
            if (initial.isEmpty() || initial.toUpperCase().equals(initial)) {
                break;
            }
            particles.append(m.group(1));
            rest = m.group(2);
            m = FAMILY_WORD.matcher(rest);
        }
        return new Split(particles.toString(), rest);
    }

    /** The particles without their edge spaces, but a space after a closing apostrophe ("d' Alembert" stays apart). */
    private static String trimmed(String particles) {
        String strip = particles.strip();
        return particles.endsWith(" ") && (strip.endsWith("'") || strip.endsWith("\u2019")) ? strip + " " : strip;
    }
}
