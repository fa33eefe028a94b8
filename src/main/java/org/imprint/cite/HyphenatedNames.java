package org.imprint.cite;

import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * A given name whose part after a hyphen starts lower-case ("Ji-hoon", a Korean given name in
 * the Revised Romanization) is one name, and one initial: "J.", as citeproc-js initializes it
 * (it splits a given name at a hyphen only before a capital: "Jean-Paul" is "J.-P."). citeproc-java
 * splits at every hyphen and printed "J.-h." (APA, IEEE, Nature, Harvard).
 *
 * <p>The hyphen of such a name is given to citeproc-java as {@link #JOINER}, a punctuation mark of
 * no script that it neither splits at nor takes for a non-Latin letter; the name written in full
 * gets its hyphen back ({@link #restored}).
 */
final class HyphenatedNames {

    /** Stands for a hyphen inside one given name (U+2043 HYPHEN BULLET, which no name holds). */
    static final char JOINER = '\u2043';

    /** A hyphen before a lower-case letter, as citeproc-js finds it ({@code /-([a-z])/}). */
    private static final Pattern INNER_HYPHEN = Pattern.compile("\\s*-\\s*(?=[a-z])");

    private HyphenatedNames() {
    }

    /** A source with the inner hyphens of its given names as {@link #JOINER}; the source itself where it has none. */
    static CSLItemData mark(CSLItemData item) {
        if (item == null) {
            return null;
        }
        CSLItemDataBuilder b = null;
        for (NameVariables field : NameVariables.ALL) {
            CSLName[] names = field.get().apply(item);
            if (names == null || java.util.Arrays.stream(names).noneMatch(HyphenatedNames::applies)) {
                continue;
            }
            CSLName[] marked = names.clone();
            for (int i = 0; i < marked.length; i++) {
                if (applies(marked[i])) {
                    marked[i] = new CSLNameBuilder(marked[i]).given(INNER_HYPHEN.matcher(marked[i].getGiven()).replaceAll(String.valueOf(JOINER))).build();
                }
            }
            b = b == null ? new CSLItemDataBuilder(item) : b;
            field.set().apply(b, marked);
        }
        return b == null ? item : b.build();
    }

    private static boolean applies(CSLName name) {
        return name != null && name.getGiven() != null && INNER_HYPHEN.matcher(name.getGiven()).find();
    }

    /** Text made by citeproc-java with each such name's hyphen back where the name is written in full ("Ji-hoon Kim"). */
    static String restored(String html) {
        return html == null || html.indexOf(JOINER) < 0 ? html : html.replace(JOINER, '-');
    }
}
