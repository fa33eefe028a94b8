package org.imprint.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * Names as BibTeX writes them, made what CSL means by them. citeproc-java's converter reads
 * "and others" as a person named "others", and sets a Chinese, Japanese or Korean name
 * ({@code {张, 伟}}) given name first with a space ("伟 张"); citeproc-java orders names by
 * script no more than it knows "others".
 */
final class BibTeXNames {

    private BibTeXNames() {
    }

    /** The items with "others" marked in their name lists ({@link EtAl}) and CJK names as one literal, family name first. */
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
                } else if (isCjk(name.getFamily()) && isCjk(name.getGiven())) {
                    fixed.add(new CSLNameBuilder().literal(name.getFamily().strip() + name.getGiven().strip()).build());
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

    /** A name part written in Han, Hiragana, Katakana or Hangul only, which CSL sets family first without a space. */
    private static boolean isCjk(String part) {
        if (part == null || part.isBlank()) {
            return false;
        }
        return part.strip().codePoints().allMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }
}
