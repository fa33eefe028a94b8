package org.imprint.cite;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * An organisation's name (a literal name, "World Health Organization") set in the case and font
 * of the style's family names, as citeproc-js sets it: a {@code <names>} without an
 * {@code <institution>} of its own takes one whose part has the text-case, font-style,
 * font-variant, font-weight and text-decoration of its {@code <name-part name="family">}. ABNT,
 * ISO 690 and the other styles that print surnames in capitals (165 bundled ones) print
 * "WORLD HEALTH ORGANIZATION"; citeproc-java 3.5 prints a literal name as written, whatever the
 * style asks of family names. Such a name is given to citeproc-java as a family name alone, which
 * it sets as the style sets family names.
 *
 * <p>Only the literal names the sources themselves give are so read: the names Imprint writes as
 * literals (initials added, "et al." and suppressed authors' marks, names in Chinese script) are
 * not organisations and keep their own case.
 */
final class InstitutionNames {

    /** A family name-part that sets a case or a font, which citeproc-js gives an institution. */
    private static final Pattern FAMILY_STYLED = Pattern.compile(
            "<name-part\\b(?=[^>]*\\bname=\"family\")[^>]*\\b(?:text-case|font-style|font-variant|font-weight|text-decoration)=\"");

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    private InstitutionNames() {
    }

    /**
     * Whether the style sets a family name's case or font, and no {@code <institution>} of its
     * own, which citeproc-js would follow instead (and citeproc-java does not read).
     */
    static boolean applies(String styleXml) {
        // an <institution/> in a comment is none (chinese-gb7714-2005-numeric)
        String elements = COMMENT.matcher(styleXml).replaceAll("");
        return FAMILY_STYLED.matcher(elements).find() && !elements.contains("<institution");
    }

    /** The literal names the sources give, in any name list: their organisations. */
    static Set<String> of(Collection<CSLItemData> sources) {
        Set<String> literals = new HashSet<>();
        for (CSLItemData source : sources) {
            for (NameVariables variable : NameVariables.BY_NAME.values()) {
                CSLName[] names = variable.get().apply(source);
                for (CSLName name : names == null ? new CSLName[0] : names) {
                    if (name.getLiteral() != null && !name.getLiteral().isBlank()) {
                        literals.add(name.getLiteral());
                    }
                }
            }
        }
        return literals;
    }

    /** The source with each of the organisations' names a family name alone; the source itself where it names none. */
    static CSLItemData styled(CSLItemData item, Set<String> organisations) {
        if (organisations.isEmpty()) {
            return item;
        }
        CSLItemDataBuilder builder = null;
        for (NameVariables variable : NameVariables.BY_NAME.values()) {
            CSLName[] names = variable.get().apply(item);
            if (names == null) {
                continue;
            }
            CSLName[] styled = names.clone();
            boolean changed = false;
            for (int i = 0; i < styled.length; i++) {
                if (styled[i].getLiteral() != null && organisations.contains(styled[i].getLiteral())) {
                    styled[i] = new CSLNameBuilder().family(styled[i].getLiteral()).build();
                    changed = true;
                }
            }
            if (changed) {
                builder = variable.set().apply(builder == null ? new CSLItemDataBuilder(item) : builder, styled);
            }
        }
        return builder == null ? item : builder.build();
    }
}
