package org.imprint.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * Editors who are also the translators, named once with the locale's "editortranslator" term,
 * as CSL asks of a {@code <names variable="editor translator">} with a label: citeproc-java 3.5
 * has no such rule and printed "Edited by Sam Ss. Translated by Sam Ss." where citeproc-js prints
 * "Edited and translated by Sam Ss" (chicago-notes-bibliography; "ed. and trans. Sam Ss" in its
 * notes, "(S. Ss, Ed. &amp; Trans.)" in APA, "Herausgegeben und übersetzt von" in German).
 *
 * <p>A source whose editors and translators are the same names, in the same order, carries a
 * mark (a text variable the style never names, {@link FreeVariables}); each such names element
 * becomes a choice: with the mark, the editors alone, their label in a form of the "editor" term
 * the style prints nowhere, which the style's own locale gives the editortranslator term's words
 * in the label's form (singular and plural, so the number of names still chooses); without it,
 * the element as it was. Where a substitute printed the editors already (citeproc-java then has
 * none), the choice prints the translators with their own label (its substitute, the term in
 * the same spare form), as citeproc-js does. As in citeproc-js, only an element of exactly these two variables with
 * a label is merged, and only where the language has the term. An element directly in a
 * {@code <substitute>} takes its names' label from the element it stands in for, and is left
 * as it is.
 */
final class EditorTranslators {

    /** The forms a spare one is chosen from, the least printed first. */
    private static final List<String> FORMS = List.of("symbol", "verb-short", "verb", "short", "long");
    private static final Pattern NAMES = Pattern.compile("(?s)<names\\b([^>]*?)(?<!/)>(.*?)</names>");
    private static final Pattern SUBSTITUTE = Pattern.compile("(?s)<substitute\\b.*?</substitute>");
    private static final Pattern LABEL = Pattern.compile("<label\\b([^>]*?)/>");
    /** A tag: "/" if closing, its name, its attributes, "/" if it closes itself. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)([^>]*?)(/?)>");
    private static final Pattern EDITOR_TERM = Pattern.compile("<(?:text|term)\\b[^>]*\\b(?:term|name)=\"(?:editor|translator)\"[^>]*>");
    private static final Set<String> ROLES = Set.of("editor", "translator");
    private static final Pattern VARIABLE = Pattern.compile("\\bvariable=\"([^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("\\bform=\"([^\"]*)\"");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    /** No element merges the two: the style and the sources as they are. */
    static final EditorTranslators NONE = new EditorTranslators(null);

    /** The variable a source whose editors are its translators carries, {@code null} for none. */
    private final String mark;

    private EditorTranslators(String mark) {
        this.mark = mark;
    }

    /** A style rewritten to name editors who are the translators once, and the marks its sources are then to carry. */
    record Rewritten(String xml, EditorTranslators marks) {
    }

    /**
     * The style with each names element of the editor and the translator a choice of the two.
     *
     * @param xml the style as {@link StyleLocales#forLanguage} leaves it: the locales that apply
     *            to the language without their language tag
     */
    static Rewritten apply(String xml, String language) {
        if (!xml.contains("translator") || !xml.contains("editor")) {
            return new Rewritten(xml, NONE);
        }
        String style = COMMENT.matcher(xml).replaceAll("");
        List<int[]> substitutes = new ArrayList<>();
        Matcher substitute = SUBSTITUTE.matcher(style);
        while (substitute.find()) {
            substitutes.add(new int[] {substitute.start(), substitute.end()});
        }
        List<String> free = FreeVariables.of(style);
        if (free.isEmpty()) {
            return new Rewritten(xml, NONE);
        }
        String mark = free.get(0);
        Set<String> used = usedForms(style);
        List<String> locales = CslLocaleFiles.termSources(style, language);
        Map<String, String> spares = new LinkedHashMap<>();   // a label's form → the spare form it is printed in
        Map<String, List<String>> terms = new LinkedHashMap<>();
        Matcher names = NAMES.matcher(style);
        String rewritten = names.replaceAll(m -> {
            Matcher variable = VARIABLE.matcher(m.group(1));
            Matcher label = LABEL.matcher(m.group(2));
            if (!variable.find() || !Set.copyOf(Arrays.asList(variable.group(1).trim().split("\\s+"))).equals(Set.of("editor", "translator"))
                    || variable.group(1).trim().split("\\s+").length != 2 || m.group(2).contains("<substitute") || !label.find()
                    || inside(substitutes, m.start())) {
                return Matcher.quoteReplacement(m.group());
            }
            Matcher formOf = FORM.matcher(label.group(1));
            String form = formOf.find() ? formOf.group(1) : "long";
            String single = TermValues.term(locales, "editortranslator", form, false);
            String plural = TermValues.term(locales, "editortranslator", form, true);
            String translator = TermValues.term(locales, "translator", form, false);
            String translators = TermValues.term(locales, "translator", form, true);
            String spare = spares.computeIfAbsent(form, f -> FORMS.stream().filter(s -> !used.contains(s) && !spares.containsValue(s))
                    .findFirst().orElse(null));
            if (single == null || plural == null || translator == null || translators == null || spare == null) {
                return Matcher.quoteReplacement(m.group());
            }
            terms.put("editor " + spare, List.of(single, plural));
            terms.put("translator " + spare, List.of(translator, translators));
            String attributes = m.group(1).substring(0, variable.start()) + "variable=\"editor\"" + m.group(1).substring(variable.end());
            String spareLabel = "<label" + label.group(1).replaceAll("\\s+form=\"[^\"]*\"", "") + " form=\"" + spare + "\"/>";
            // the editors printed already (a substitute's): the translators alone, with their own label, as citeproc-js
            String merged = "<names" + attributes + ">" + m.group(2).substring(0, label.start()) + spareLabel
                    + m.group(2).substring(label.end()) + "<substitute><names variable=\"translator\"/></substitute></names>";
            return Matcher.quoteReplacement("<choose><if variable=\"" + mark + "\">" + merged + "</if><else>" + m.group()
                    + "</else></choose>");
        });
        if (terms.isEmpty()) {
            return new Rewritten(xml, NONE);
        }
        return new Rewritten(NameLabelPlurals.withTerms(rewritten, terms), new EditorTranslators(mark));
    }

    /**
     * The forms of the "editor" and "translator" terms the style prints or words itself: its
     * texts of the terms, and the labels of its names elements that may print either (as a
     * substitute too, which prints with the label of the element it stands in for).
     */
    private static Set<String> usedForms(String style) {
        Set<String> used = new HashSet<>();
        int depth = 0;   // how deep in the outermost names element
        boolean editor = false;
        Set<String> forms = new HashSet<>();
        Matcher tag = TAG.matcher(style);
        while (tag.find()) {
            String name = tag.group(2);
            boolean closing = !tag.group(1).isEmpty();
            boolean empty = !tag.group(4).isEmpty();
            if (name.equals("names") && !closing) {
                Matcher variable = VARIABLE.matcher(tag.group(3));
                editor |= variable.find() && Arrays.stream(variable.group(1).trim().split("\\s+")).anyMatch(ROLES::contains);
                depth += empty ? 0 : 1;
            } else if (name.equals("names")) {
                depth--;
            } else if (name.equals("label") && depth > 0) {
                Matcher form = FORM.matcher(tag.group(3));
                forms.add(form.find() ? form.group(1) : "long");
            }
            if (depth == 0 && name.equals("names")) {
                if (editor) {
                    used.addAll(forms);
                }
                editor = false;
                forms.clear();
            }
        }
        Matcher term = EDITOR_TERM.matcher(style);
        while (term.find()) {
            Matcher form = FORM.matcher(term.group());
            used.add(form.find() ? form.group(1) : "long");
        }
        return used;
    }

    private static boolean inside(List<int[]> ranges, int at) {
        return ranges.stream().anyMatch(r -> r[0] <= at && at < r[1]);
    }

    /** A source with the mark where its editors are its translators; the same source where not. */
    CSLItemData withMark(CSLItemData item) {
        if (mark == null || item == null || !same(item.getEditor(), item.getTranslator())) {
            return item;
        }
        CSLItemDataBuilder builder = new CSLItemDataBuilder(item);
        FreeVariables.set(builder, mark, "1");
        return builder.build();
    }

    /** Whether two lists of names are the same names in the same order, part by part (as citeproc-js compares them). */
    private static boolean same(CSLName[] editors, CSLName[] translators) {
        if (editors == null || translators == null || editors.length == 0 || editors.length != translators.length) {
            return false;
        }
        for (int i = 0; i < editors.length; i++) {
            CSLName a = editors[i];
            CSLName b = translators[i];
            if (!Objects.equals(a.getFamily(), b.getFamily()) || !Objects.equals(a.getGiven(), b.getGiven())
                    || !Objects.equals(a.getLiteral(), b.getLiteral()) || !Objects.equals(a.getSuffix(), b.getSuffix())
                    || !Objects.equals(a.getDroppingParticle(), b.getDroppingParticle())
                    || !Objects.equals(a.getNonDroppingParticle(), b.getNonDroppingParticle())) {
                return false;
            }
        }
        return true;
    }
}
