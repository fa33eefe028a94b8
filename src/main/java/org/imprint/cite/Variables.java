package org.imprint.cite;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;

/** Whether a source has a CSL variable, as a style's {@code variable} test reads it. */
final class Variables {

    /** Variables whose getter is not the variable's name in camel case. */
    private static final Map<String, String> GETTERS = Map.of("abstract", "getAbstrct", "DOI", "getDOI", "URL", "getURL",
            "ISBN", "getISBN", "ISSN", "getISSN", "PMID", "getPMID", "PMCID", "getPMCID");

    private Variables() {
    }

    /** Whether the source has the variable, not empty; false for a name CSLItemData has no getter for. */
    static boolean has(CSLItemData item, String variable) {
        String getter = GETTERS.get(variable);
        if (getter == null) {
            StringBuilder camel = new StringBuilder("get");
            for (String part : variable.split("-")) {
                if (!part.isEmpty()) {
                    camel.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
                }
            }
            getter = camel.toString();
        }
        try {
            Method method = CSLItemData.class.getMethod(getter);
            Object value = method.invoke(item);
            if (value instanceof Object[] array) {
                return array.length > 0;
            }
            if (value instanceof CharSequence text) {
                return !text.toString().isBlank();
            }
            return value != null;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
