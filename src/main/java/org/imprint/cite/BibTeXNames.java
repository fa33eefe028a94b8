package org.imprint.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * Names as BibTeX writes them, made what CSL means by them: citeproc-java's converter reads
 * "and others" as a person named "others". A Chinese, Japanese or Korean name ({@code {张, 伟}})
 * stays family and given name, which {@link CjkNames} sets family name first without a space
 * ("张伟") and its short form as the family name ("张").
 */
final class BibTeXNames {

    private BibTeXNames() {
    }

    /** The items with "others" marked in their name lists ({@link EtAl}). */
    static Map<String, CSLItemData> fix(Map<String, CSLItemData> items) {
        Map<String, CSLItemData> out = new LinkedHashMap<>();
        items.forEach((id, item) -> out.put(id, fix(item)));
        return out;
    }

    private static CSLItemData fix(CSLItemData item) {
        CSLItemDataBuilder b = new CSLItemDataBuilder(item);
        boolean changed = false;
        for (NameVariables field : NameVariables.ALL) {
            CSLName[] names = field.get().apply(item);
            if (names == null) {
                continue;
            }
            List<CSLName> fixed = new ArrayList<>();
            boolean fieldChanged = false;
            for (CSLName name : names) {
                if (isOthers(name)) {
                    // "and others": a mark the processor turns into the style's et al. (EtAl)
                    fixed.add(EtAl.OTHERS);
                    fieldChanged = true;
                } else {
                    fixed.add(name);
                }
            }
            if (fieldChanged) {
                changed = true;
                field.set().apply(b, fixed.toArray(new CSLName[0]));
            }
        }
        return changed ? b.build() : item;
    }

    private static boolean isOthers(CSLName name) {
        String family = name.getFamily() != null ? name.getFamily() : name.getLiteral();
        return "others".equalsIgnoreCase(family == null ? "" : family.strip()) && (name.getGiven() == null || name.getGiven().isBlank());
    }
}
