package org.imprint.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;

/**
 * One citeproc-java processor for a style and a locale, reused for every report that uses them
 * (its state is reset per report). Formats one report at a time.
 */
final class Processor {

    /** Marks the id of a copy of a source made to cite it without its author; never in the list. */
    static final String SYNTHETIC = "\u0001";
    /** Marks the copy without its authors a collapsed citation cites after the first source by them. */
    private static final String YEAR_ONLY = SYNTHETIC + "year";
    private static final String BREAK = SYNTHETIC + "note";
    /** Marks the copy, with its title, of a source cited without its authors, for a style that prints nothing else then (MLA). */
    private static final String TITLED = "titled";
    /**
     * A condition testing "ibid-with-locator" alone with {@code match="any"} (27 bundled styles, as
     * Zotero's editor writes it), once {@link #of} has made it "ibid" and "has a locator": with
     * "any", an Ibid. without a locator took the branch for one, and a group of the term and the
     * empty locator printed nothing, universitat-bern-institut-fur-musikwissenschaft-note's "."
     * for "Ibid." (found with bench/cite-sample.py).
     */
    private static final Pattern IBID_WITH_LOCATOR_ANY = Pattern.compile(
            "<(if|else-if)(?=[^>]*\\bmatch=\"any\")(?=[^>]*\\bposition=\"ibid-with-locator\")(?:\\s+(?:match=\"any\"|position=\"ibid-with-locator\"))+\\s*>");
    /** A character reference escaped twice: gallia-prehistoire printed "2024&amp;#160;– Talks begin". */
    private static final Pattern DOUBLE_ESCAPED = Pattern.compile("&amp;#(\\d{1,7}|x[0-9a-fA-F]{1,6});");
    private static final Pattern LAYOUT = Pattern.compile("(?s)<citation\\b.*?<layout\\b([^>]*)>");
    /** Marks the key of the processors with the style's {@code disambiguate} tests decided true ({@link #ambiguous}). */
    private static final String DISAMBIGUATED = " disambiguated";
    /** Marks the key of the processors whose citations show more names ({@link AddedNames}), before their number. */
    private static final String NAMES = " names=";
    /** Marks the key of the processors for near-note cites ({@link NearNotes}), after the label. */
    private static final String NEAR = " near";
    /** Marks the key of the processors for cites at the locator of the cite right before ({@link #repeatedLocators}). */
    private static final String AGAIN = " again";
    /** citeproc-js's number for the position "ibid", as a citation item carries it ({@link #repeatedLocators}). */
    private static final int IBID = 2;
    /**
     * The label of a cite without a locator, which passes no {@code locator} test, as in
     * citeproc-js; the reference list's too. Read as "page", Chicago's first note of a volume of
     * a multi-volume book took its {@code is-numeric="volume" locator="page"} branch, which
     * leaves the volume to print before a page: "A Book, 2nd ed. (P, 2011), 3." for "A Book,
     * 2nd ed., vol. 3 (P, 2011)."
     */
    private static final String NO_LOCATOR = "";
    /** Marks the copy of a source cited with initials for a first author whose surname another shares. */
    static final String INITIALS = SYNTHETIC + "initials";
    /** Around the "no date" term in the output ("n.d."), which the writers keep on one line. */
    static final String NO_BREAK_START = "\uE020";
    static final String NO_BREAK_END = "\uE021";   // after RichText's marks
    /**
     * Set between a citation's layout bracket and an author's affix that starts (or ends) with a
     * bracket, and taken out of what citeproc-java makes: citeproc-java merges the two brackets
     * as repeated punctuation, so "[(see) @d]" lost the citation's own: "(see) Dunn, 2004)"
     * where citeproc-js prints "((see) Dunn, 2004)".
     */
    static final String AFFIX_GUARD = "\uE060";
    private static final Pattern NO_DATE = Pattern.compile("<text\\b[^>]*\\bterm=\"no date\"[^>]*/>");

    private final String xml;
    private final String language;
    private final Set<String> tested;
    /** One processor per copy of the style its locator labels need ({@link StaticConditions}), by that copy. */
    private final Map<String, CSL> variants = new java.util.HashMap<>();
    private final Items items;
    /** The stand-ins the style's conditions test for variables its substitutes may print ({@link SourceConditions}). */
    private final SourceConditions sourceConditions;
    private final String delimiter;
    private final String suffix;
    private final boolean yearSuffixes;
    /** Whether the style has a reference list ({@code <bibliography>}): 92 of the CSL repository's independent styles have none. */
    private final boolean lists;
    /** Whether the style prints citation numbers anywhere, which depend on the order the sources are registered in. */
    private final boolean numbered;
    /** The style's subsequent-author-substitute ("———"), or {@code null}. */
    private final AuthorSubstitute substitute;
    /** CSL's collapse="year": "(Smith, 2020a, 2020b)" for two sources by the same authors in one citation. */
    private final boolean collapse;
    /** What joins and follows one author's works where they collapse. */
    private final CollapseDelimiters collapseDelimiters;
    /** Whether the style sorts a citation's sources (then one author's are grouped before they collapse). */
    private final boolean citationSorted;
    /** CSL's collapse="citation-number": "1–3" for sources 1, 2 and 3 in one citation. */
    private final boolean collapseNumbers;
    /** How many names the style's citations abbreviate from ("and others" is made that long). */
    private final int etAlMinimum;
    private final EtAl.UseLast useLast;
    private final String layoutPrefix;
    private final String layoutSuffix;
    /** Whether the locale sets a full stop inside quotation marks (American English). */
    final boolean punctuationInQuote;
    /** Whether the style adds names to cites that read the same ({@link AddedNames}), and how many a cut one shows. */
    private final boolean addNames;
    private final int useFirst;
    /** How many names a subsequent cite cut short shows, and from how many it is cut; 0 where the style cuts as on a first cite. */
    private final int subsequentUseFirst;
    private final int subsequentMinimum;
    /** How many names the cites of a source of the report being formatted show, by key, where names were added ({@link AddedNames}). */
    private Map<String, Integer> namesShown = Map.of();
    /**
     * Whether the style tests CSL's {@code position="ibid-with-locator"} (made "ibid", a locator
     * and {@link StaticConditions#NEW_LOCATOR} by {@link #of}), which a cite repeating the locator
     * of the cite before it fails ({@link #repeatedLocators}).
     */
    private final boolean ibidWithLocator;
    /** Whether the style tests CSL's {@code position="near-note"} ({@link NearNotes}). */
    private final boolean nearNotes;
    /** Whether the style's citations test CSL's {@code position="first"}, as {@link #of} leaves them (subsequent made "not first"). */
    private final boolean firstTested;
    /** The names the style's citation prints where a source has no authors ({@link SuppressedAuthor#substitutes}). */
    private final List<List<String>> substitutes;
    /** Whether the style has CSL's {@code disambiguate="true"} tests, for the last step of disambiguation. */
    private final boolean disambiguates;
    /**
     * The locale citeproc-java fell back to where it has no CSL locale for the language (Urdu:
     * the style's default locale, else "en-US"), or {@code null}.
     */
    private String fallbackLocale;
    /** Whether the style has a locale of its own for the language, which then gives its terms. */
    private final boolean ownLocale;
    /** The processors of the report being formatted, by locator label (and {@link #DISAMBIGUATED}). */
    private Map<String, CSL> active = Map.of();
    /**
     * The sources of the report being formatted whose cites came out identical to another's
     * ({@link #findAmbiguous}), by key: cited with the style's {@code disambiguate} tests true.
     */
    private Set<String> ambiguous = Set.of();
    /**
     * What the active processors were shown, to share a source's positions with its copies: a
     * copy cited without its authors, with initials or with its title is the source; a copy
     * made to measure a collapsed citation ({@link #YEAR_ONLY}) and a break are themselves.
     */
    private final SourcePositions positions = new SourcePositions(BREAK,
            id -> id.startsWith(SYNTHETIC) || id.endsWith(YEAR_ONLY) ? id : sourceKey(id));

    /** The CSL locale files, with Imprint's corrections and CSL's form fallbacks ({@link LocalePatch}). */
    private final LocaleProvider locales;
    /** The locale's quotation marks, for the style's own straight quotes and quotations inside quotations. */
    private final QuoteMarks quotes;
    /** What finishes each citation and entry citeproc-java makes. */
    private final Finishing finishing;

    private Processor(String xml, String language, String suffix, Ordinals ordinals, boolean ownLocale, EditorTranslators editorTranslators) {
        this.xml = xml;
        this.ownLocale = ownLocale;
        this.language = language;
        this.locales = CslLocaleFiles.provider(language);
        this.tested = StaticConditions.labels(xml);
        this.substitute = AuthorSubstitute.of(xml);
        this.sourceConditions = SourceConditions.of(xml);
        ScriptInitials initials = ScriptInitials.of(xml);
        this.items = new Items(sourceConditions, editorTranslators, initials);
        this.demotedItems = new Items(sourceConditions, editorTranslators, initials);

        this.etAlMinimum = EtAl.minimum(xml);
        this.useLast = EtAl.UseLast.of(xml);
        this.collapseNumbers = CitationNumbers.collapses(xml);
        this.collapse = Pattern.compile("<citation\\b[^>]*\\bcollapse=\"year(-suffix)?\"").matcher(xml).find();
        String lang = language.toLowerCase(java.util.Locale.ROOT);
        this.punctuationInQuote = lang.equals("en") || lang.startsWith("en-us");
        this.quotes = QuoteMarks.of(xml, language, punctuationInQuote);
        this.finishing = new Finishing(language, quotes, CslLocaleFiles.punctuationInQuote(xml, language), ordinals, () -> literalDates);
        Matcher layout = LAYOUT.matcher(xml);
        String attributes = layout.find() ? layout.group(1) : "";
        this.layoutPrefix = unescape(attribute(attributes, "prefix", ""));
        this.layoutSuffix = unescape(attribute(attributes, "suffix", ""));
        this.delimiter = attribute(attributes, "delimiter", "; ");
        this.collapseDelimiters = CollapseDelimiters.of(xml, delimiter);
        this.citationSorted = Pattern.compile("(?s)<citation\\b(?:(?!</citation>).)*<sort\\b").matcher(xml).find();
        this.suffix = suffix;
        this.disambiguates = StaticConditions.disambiguates(xml);
        this.substitutes = SuppressedAuthor.substitutes(xml);
        this.ibidWithLocator = xml.contains(StaticConditions.NEW_LOCATOR);
        this.nearNotes = Pattern.compile("\\bposition=\"[^\"]*\\bnear-note\\b").matcher(xml).find();
        this.firstTested = Pattern.compile("\\bposition=\"[^\"]*\\bfirst\\b").matcher(xml).find();
        this.useFirst = AddedNames.useFirst(xml);
        this.subsequentUseFirst = AddedNames.subsequentUseFirst(xml);
        // a style may cut only cites after the first (decision-sciences: et-al-subsequent-* alone)
        this.addNames = AddedNames.applies(xml) && (useFirst > 0 || subsequentUseFirst > 0);
        this.subsequentMinimum = AddedNames.subsequentMinimum(xml);
        this.numbered = xml.contains("citation-number");
        this.lists = Pattern.compile("<bibliography\\b").matcher(xml).find();
        this.yearSuffixes = Pattern.compile("<citation\\b[^>]*disambiguate-add-year-suffix=\"true\"").matcher(xml).find();
    }

    /**
     * A note style's citation layout without its suffix (the note's closing full stop), which
     * {@link #format} adds after the last source instead: made by citeproc-java, it merges with the
     * full stop of an "Ibid." that then could not be told from it, and the "Ibid" before the
     * next source of the note lost its full stop.
     */
    private static String withoutLayoutSuffix(String xml) {
        Matcher layout = LAYOUT.matcher(xml);
        if (!layout.find()) {
            return xml;
        }
        String attributes = layout.group(1).replaceFirst("\\s*\\bsuffix=\"[^\"]*\"", "");
        return xml.substring(0, layout.start(1)) + attributes + xml.substring(layout.end(1));
    }

    private static String attribute(String attributes, String name, String otherwise) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : otherwise;
    }

    /**
     * Parses a style and its locale. citeproc-java 3.5 evaluates CSL's "first" and "ibid"
     * positions but not "subsequent" or "ibid-with-locator", so a note style would repeat full
     * references and drop the page of an "Ibid."; the style is given the equivalent conditions
     * it does evaluate ("not first", "ibid with a locator").
     */
    static Processor of(StyleSource style, String language) {
        // "any" of one test: the locator test that stands for ibid-with-locator must hold too, not instead
        // a character reference escaped twice ("&amp;#160;", 21 bundled styles) is the character in citeproc-js
        String once = DOUBLE_ESCAPED.matcher(style.xml()).replaceAll("&#$1;");
        String ibid = IBID_WITH_LOCATOR_ANY.matcher(SubsequentPositions.ibidWithLocator(TypeLists.apply(once)))
                .replaceAll("<$1 " + StaticConditions.IBID_WITH_LOCATOR + ">");
        String xml = SubsequentPositions.apply(SubsequentEtAl.apply(InheritedNameOptions.apply(ibid)))
                .replace("position=\"ibid ibid-with-locator\"", "position=\"ibid\"")
                .replace("position=\"ibid-with-locator\"", StaticConditions.IBID_WITH_LOCATOR);
        if (style.notes()) {
            xml = withoutLayoutSuffix(xml);
        }
        xml = LocatorLabels.apply(xml);
        xml = EventTitles.apply(xml);
        xml = SubstitutedConditions.apply(xml);
        xml = SubstituteNames.apply(xml);
        xml = SubstitutedWords.apply(xml);
        xml = NameAffixes.apply(xml, language);
        xml = DateDelimiters.apply(xml);
        xml = ImplicitYearSuffixes.apply(xml);
        xml = MacroGroups.apply(xml);
        xml = SentenceCase.apply(xml);
        xml = NamesDelimiters.guard(NamesDelimiters.apply(xml));
        xml = StyleLocales.forLanguage(xml, language);
        xml = LocalizedDates.apply(xml, language);
        xml = StyleTermForms.apply(xml, language);
        EditorTranslators.Rewritten merged = EditorTranslators.apply(xml, language);
        xml = merged.xml();
        xml = LabelFirst.apply(xml, language, style.xml());
        xml = LabelPlurals.apply(xml);
        xml = NumberPlurals.mark(xml);
        Ordinals ordinals = Ordinals.of(style.xml(), language);
        xml = ordinals.mark(xml);
        xml = RomanNumbers.mark(xml);
        // a line could break inside "n.d." or "o. J.": the term is marked, as a group's affixes
        xml = NO_DATE.matcher(xml).replaceAll(m -> Matcher.quoteReplacement("<group prefix=\"" + NO_BREAK_START
                + "\" suffix=\"" + NO_BREAK_END + "\">" + m.group() + "</group>"));
        xml = TermValues.apply(xml, language);
        xml = NameLabelPlurals.apply(xml, language);
        xml = TermTitleCase.apply(xml, language);
        xml = QuoteMarks.markInnerOpen(QuoteMarks.mark(xml), language);
        xml = MonthDayDates.mark(xml);
        xml = DatePartCases.mark(xml);
        xml = ShortYears.mark(xml);
        // each field's bounds, for a field against the article's direction to be isolated whole
        xml = FieldBounds.mark(xml);
        xml = TextStrips.mark(xml);
        Matcher layout = LAYOUT.matcher(style.xml());
        String suffix = style.notes() ? attribute(layout.find() ? layout.group(1) : "", "suffix", "") : "";
        String base = java.util.Locale.forLanguageTag(language).getLanguage();
        boolean own = Pattern.compile("<locale\\b[^>]*\\bxml:lang=\"" + Pattern.quote(base) + "(-[^\"]*)?\"").matcher(style.xml()).find();
        Processor processor = new Processor(xml, language, suffix, ordinals, own, merged.marks());
        processor.variant("page", false, 0);   // a broken style fails here, when it is chosen
        return processor;
    }

    /** The prefix of the style's citation layout, as text ("("), "" for none. */
    String layoutPrefix() {
        return layoutPrefix;
    }

    /** The suffix of the style's citation layout, as text (")"), "" for none. */
    String layoutSuffix() {
        return layoutSuffix;
    }

    /**
     * The CSL locale the style's terms ("Ibid.", "et al.") come from instead of the article's
     * language, which has none in citeproc-java (Urdu), nor in the style; {@code null} when the
     * language has one.
     */
    String fallbackLocale() {
        return ownLocale ? null : fallbackLocale;
    }

    /** The sources with their particles demoted, for {@link #demoter}. */
    private final Items demotedItems;
    private CSL demoter;

    /**
     * A processor for the reference list of sources whose particles are demoted ({@link Particles}),
     * registered anew; a numbered list's in the order of its numbers ({@link #demotedOrder}).
     */
    private CSL demoter(Map<String, CSLItemData> all) {
        return demoter(Particles.demoted(all), numbered ? demotedOrder(all, new ArrayList<>(all.values())) : null);
    }

    /**
     * {@link #demoter} with these sources (demoted for printing, or for sorting) registered anew, in
     * this order, or in the style's where it is null.
     */
    private CSL demoter(Map<String, CSLItemData> items, List<String> order) {
        demotedItems.use(items);
        if (demoter == null) {
            try {
                String decided = sourceConditions.rewrite(StaticConditions.forLabel(xml, ""));
                try {
                    demoter = new CSL(demotedItems, locales, null, decided, language);
                } catch (IllegalArgumentException e) {
                    demoter = new CSL(demotedItems, locales, null, decided, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        demoter.reset();
        demoter.setOutputFormat("html");
        demoter.setConvertLinks(true);
        if (order != null) {
            demoter.registerCitationItems(order, true);
            return demoter;
        }
        demoter.registerCitationItems(items.keySet());
        return demoter;
    }

    /**
     * The processor for cites at this place ({@link #place}: with a locator of its label, near-note
     * or not, repeating the locator before or not), made on first use; with
     * {@code disambiguate}, the one for the cites of ambiguous sources ({@link #findAmbiguous});
     * with {@code names} more than 0, the one whose cites show that many names ({@link AddedNames}).
     */
    private CSL variant(String place, boolean disambiguate, int names) {
        String label = place.replace(NEAR, "").replace(AGAIN, "");
        String decided = StaticConditions.forCite(xml, tested.contains(label) ? label : "", disambiguate, place.contains(NEAR),
                place.contains(AGAIN));
        decided = names > 0 ? AddedNames.showing(decided, names) : decided;
        return variants.computeIfAbsent(decided, d -> {
            String x = sourceConditions.rewrite(d);
            try {
                try {
                    return new CSL(items, locales, null, x, language);
                } catch (IllegalArgumentException e) {
                    // no CSL locale for the language: the style's default
                    Matcher locale = Pattern.compile("<style\\b[^>]*\\bdefault-locale=\"([^\"]+)\"").matcher(x);
                    fallbackLocale = locale.find() ? locale.group(1) : "en-US";
                    return new CSL(items, locales, null, x, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A cite's locator label as CSL names it: "page" for a locator without one, {@link #NO_LOCATOR} without a locator. */
    private static String label(CSLCitationItem item) {
        if (item.getLocator() == null || item.getLocator().isBlank()) {
            return NO_LOCATOR;
        }
        return item.getLabel() == null ? "page" : item.getLabel().toString();
    }

    /**
     * A cite's place among the cites of its source, as far as its processor decides it: its
     * label ({@link #label}), then {@link #NEAR} where the style tests near-note and it is near
     * ({@link NearNotes}), and {@link #AGAIN} where its locator repeats the one before it
     * ({@link #repeatedLocators}).
     */
    private String place(CSLCitationItem item) {
        String label = label(item);
        return label + (nearNotes && Boolean.TRUE.equals(item.getNearNote()) ? NEAR : "")
                + (ibidWithLocator && !label.equals(NO_LOCATOR) && Integer.valueOf(IBID).equals(item.getPosition()) ? AGAIN : "");
    }

    /** The key of the processor a cite is made with: its place, the names it shows, and whether its source is ambiguous. */
    private String key(CSLCitationItem item) {
        return key(item, place(item));
    }

    /** The key of the processor a cite is made with as though it stood at this place (its locator of this label). */
    private String key(CSLCitationItem item, String place) {
        Integer names = namesShown.get(sourceKey(item.getId()));
        return place + (names == null ? "" : NAMES + names) + (isAmbiguous(item.getId()) ? DISAMBIGUATED : "");
    }

    /**
     * The processors for cites at these places ({@link #place}): one per place, one per number of
     * names shown ({@link #namesShown}), and with {@code disambiguated} those for ambiguous sources too.
     */
    private Map<String, CSL> processors(java.util.Collection<String> places, boolean disambiguated) {
        Map<String, CSL> out = new LinkedHashMap<>();
        java.util.SortedSet<Integer> counts = new java.util.TreeSet<>(namesShown.values());
        counts.add(0);
        for (boolean disambiguate : disambiguated ? List.of(false, true) : List.of(false)) {
            for (String place : places) {
                for (int n : counts) {
                    out.put(place + (n == 0 ? "" : NAMES + n) + (disambiguate ? DISAMBIGUATED : ""), variant(place, disambiguate, n));
                }
            }
        }
        return out;
    }

    /**
     * Sources each cited alone, first (after a break), by one processor that forgot every
     * citation before; by source, without the empty ones.
     */
    private Map<String, String> alone(java.util.Collection<String> ids, CSL csl, Map<String, CSLItemData> all) {
        return alone(ids, csl, all, false);
    }

    /** {@link #alone}, each source's cite with {@code subsequent} made after a first one (and a break, never "Ibid."). */
    private Map<String, String> alone(java.util.Collection<String> ids, CSL csl, Map<String, CSLItemData> all, boolean subsequent) {
        csl.reset();
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
        if (numbered) {
            register(csl, all, true);   // a cite's number is its place among all
        } else {
            // a cite without a number reads the same whatever else is registered: only the sources
            // cited here, in the order given (citeproc-java sorts each registration by rendering
            // the style's sort keys, which for every group of a 2,000-source list never ended)
            List<String> cited = new ArrayList<>(List.of(BREAK));
            ids.forEach(id -> cited.add(citedId(id, all)));
            csl.registerCitationItems(cited, true);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String id : ids) {
            csl.makeCitation(new CSLCitation(new CSLCitationItem(BREAK)));
            if (subsequent) {
                csl.makeCitation(new CSLCitation(new CSLCitationItem(citedId(id, all))));
                csl.makeCitation(new CSLCitation(new CSLCitationItem(BREAK)));
            }
            List<Citation> made = csl.makeCitation(new CSLCitation(new CSLCitationItem(citedId(id, all))));
            String text = NamesDelimiters.clean(made.get(made.size() - 1).getText());
            if (!isEmpty(text)) {
                texts.put(id, text);
            }
        }
        return texts;
    }

    /** The id a source is cited with: its copy with initials where it has one ({@link GivenNames}). */
    private static String citedId(String id, Map<String, CSLItemData> all) {
        return all.containsKey(id + INITIALS) ? id + INITIALS : id;
    }

    /**
     * CSL's first step of disambiguation, which citeproc-java 3.5 does not take
     * ({@link AddedNames}): the sources whose cites, cut to the first names and "et al.", read
     * the same, each with the number of names it is to show.
     */
    private Map<String, Integer> addedNames(Map<String, CSLItemData> all) {
        Map<String, Integer> shown = useFirst > 0 ? addedNames(all, useFirst, etAlMinimum, false) : new LinkedHashMap<>();
        if (subsequentUseFirst > 0 || subsequentMinimum > 0) {
            // cut shorter when cited again ({@link SubsequentEtAl}), sources may read the same only then
            addedNames(all, subsequentUseFirst > 0 ? subsequentUseFirst : useFirst,
                    subsequentMinimum > 0 ? subsequentMinimum : etAlMinimum, true).forEach((id, n) -> shown.merge(id, n, Math::max));
        }
        return shown;
    }

    /** The sources whose first (or subsequent) cites read the same, cut to {@code first} names from {@code minimum}. */
    private Map<String, Integer> addedNames(Map<String, CSLItemData> all, int first, int minimum, boolean subsequent) {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (String id : all.keySet()) {
            int length = nameCount(all.get(id));
            if (!id.contains(SYNTHETIC) && length > first && length >= minimum) {
                lengths.put(id, length);   // a list the style cuts
            }
        }
        Map<String, List<String>> byText = new LinkedHashMap<>();
        alone(lengths.keySet(), variant(NO_LOCATOR, false, 0), all, subsequent)
                .forEach((id, text) -> byText.computeIfAbsent(text, t -> new ArrayList<>()).add(id));
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (List<String> group : byText.values()) {
            if (group.size() > 1) {
                int most = group.stream().mapToInt(lengths::get).max().orElse(0);
                shown.putAll(AddedNames.forGroup(group, first, most, n -> alone(group, variant(NO_LOCATOR, false, n), all, subsequent)));
            }
        }
        return shown;
    }

    /**
     * The cited sources whose cites read the same after names and initials were added, as CSL's
     * {@code disambiguate-add-year-suffix} takes them: by different authors too where the style
     * cites them alike (Jane and John Smith, "J. Smith, 2020", in APA, which adds initials only).
     */
    private List<Set<String>> alike(Map<String, CSLItemData> all) {
        // each source by the processor of its cite without a locator, each processor once
        Map<CSL, List<String>> byProcessor = new LinkedHashMap<>();
        for (String id : all.keySet()) {
            if (!id.contains(SYNTHETIC)) {
                byProcessor.computeIfAbsent(active.get(key(new CSLCitationItem(citedId(id, all)))), c -> new ArrayList<>()).add(id);
            }
        }
        Map<String, Set<String>> byText = new LinkedHashMap<>();
        // compared as they read: a literal date "Spring  2019" of two spaces is "Spring 2019" on the page
        byProcessor.forEach((csl, ids) -> alone(ids, csl, all)
                .forEach((id, text) -> byText.computeIfAbsent(text.replaceAll("\\s+", " "), t -> new java.util.LinkedHashSet<>()).add(id)));
        return byText.values().stream().filter(ids -> ids.size() > 1).toList();
    }

    private static int nameCount(CSLItemData item) {
        if (item == null) {
            return 0;
        }
        de.undercouch.citeproc.csl.CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        return names == null ? 0 : names.length;
    }

    /**
     * The key of the processor a citation is made with: its first cite with a locator decides,
     * else its first cite (a citation whose cites need different ones is made cite by cite).
     */
    private String key(CSLCitation citation) {
        CSLCitationItem[] parts = citation.getCitationItems();
        for (CSLCitationItem item : parts) {
            if (item.getLocator() != null) {
                return key(item);
            }
        }
        return parts.length > 0 ? key(parts[0]) : NO_LOCATOR;
    }

    /**
     * Whether a cite's source is ambiguous: its copies without authors ({@code [-@key]}, a
     * narrative {@code @key}) too, whose author the sentence names but not which work; not the
     * copy with its title already.
     */
    private boolean isAmbiguous(String id) {
        if (ambiguous.isEmpty() || id.endsWith(SYNTHETIC + TITLED)) {
            return false;
        }
        return ambiguous.contains(sourceKey(id));
    }

    /** The key of the source an id stands for: a copy's id (its author suppressed, its initials added) is the key and a mark. */
    static String sourceKey(String id) {
        int mark = id.indexOf(SYNTHETIC);
        return mark < 0 ? id : id.substring(0, mark);
    }

    /**
     * CSL 1.0.2's last step of disambiguation, which citeproc-java 3.5 does not take: the cited
     * sources whose cite without a locator, first or subsequent, reads the same as another
     * source's after the earlier steps (year suffixes, initials) is done. Two works by one
     * author are "(Đặng 5; Đặng 102)" in MLA; the style tells them apart only under its
     * {@code <if disambiguate="true">} ("(Đặng, Mangroves 5)"), which these sources are then
     * cited with, and no other. Each source is cited once in a sequence of its own, which
     * {@link #forget} then undoes; a source cited with initials is compared as it is cited.
     */
    private Set<String> findAmbiguous(Map<String, CSLItemData> all) {
        forget(all);
        List<Map<String, List<String>>> byText = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (String id : all.keySet()) {
            if (id.contains(SYNTHETIC)) {
                continue;
            }
            String cited = citedId(id, all);
            for (Map<String, List<String>> position : byText) {
                // after a break: a first cite, then a subsequent one, never "Ibid."
                make(new CSLCitation(new CSLCitationItem(BREAK)));
                String text = make(new CSLCitation(new CSLCitationItem(cited)));
                if (!isEmpty(text)) {
                    position.computeIfAbsent(text, t -> new ArrayList<>()).add(id);
                }
            }
        }
        Set<String> found = new java.util.HashSet<>();
        byText.forEach(position -> position.values().stream().filter(ids -> ids.size() > 1).forEach(found::addAll));
        return found;
    }

    /**
     * Formats a report's citations, in reading order, and its reference list.
     *
     * @param cited     the sources the report cites, by key
     * @param citations its citations in reading order
     * @param notes     whether the style sets them as notes
     * @param breaks    the citations before which one of the article's own notes stands
     * @param open      the citations the text goes on after with its own punctuation: no layout suffix
     * @param bare      the citations that suppress the author ({@code [-@key]}), which fall back
     *                  to the title where the style prints nothing else (MLA without a page);
     *                  a narrative {@code @key} keeps its empty citation ("Kant says")
     * @param alone     the citations the layout may move away from their place in the text (in a
     *                  figure's caption): with a note style each is made as if nothing were cited
     *                  before it, a full reference and never "Ibid." or a short form, and the
     *                  others are made as if it were not there
     */
    synchronized Formatted format(Map<String, CSLItemData> cited, List<CSLCitation> citations, boolean notes,
                                  Set<Integer> breaks, Set<Integer> open, Set<Integer> bare, Set<Integer> alone) {
        Map<String, CSLItemData> sources = new LinkedHashMap<>(EtAl.useLast(EtAl.expand(NameSuffixes.mark(cited), etAlMinimum), useLast));
        if (!notes && collapse) {
            // each source of a citation of several may follow one by the same authors: a copy of it without them
            for (CSLCitation citation : citations) {
                for (CSLCitationItem part : citation.getCitationItems()) {
                    if (citation.getCitationItems().length > 1 && printedNames(cited.get(part.getId())) != null) {
                        sources.putIfAbsent(part.getId() + YEAR_ONLY, SuppressedAuthor.of(cited.get(part.getId()), part.getId() + YEAR_ONLY, substitutes));
                    }
                }
            }
        }
        if (!notes) {
            // a source cited without its authors and the title they take with them: MLA's citation
            // then has nothing left ("[-@key]" with no page); its copy with the title stands by
            for (Map.Entry<String, CSLItemData> source : cited.entrySet()) {
                String key = source.getKey().endsWith(SYNTHETIC) ? source.getKey().substring(0, source.getKey().length() - SYNTHETIC.length()) : null;
                if (key != null && cited.containsKey(key)) {
                    String id = source.getKey() + TITLED;
                    sources.putIfAbsent(id, nameless(cited.get(key), id));
                }
            }
        }
        // a status that is a CSL term ("in press") in the article's language, before year letters tell works apart
        // a collection editor that only repeats the editor of a source with no series is no second person
        // an abbreviation's full stop ("U.S. and") hidden from title case
        // a Chinese, Japanese or Korean name's parts marked, to be joined family name first (CjkNames)
        if (InstitutionNames.applies(xml)) {
            // the organisations the sources name, not the literal names Imprint's copies carry
            Set<String> organisations = InstitutionNames.of(cited.entrySet().stream()
                    .filter(source -> !source.getKey().contains(SYNTHETIC)).map(Map.Entry::getValue).toList());
            items.organisations(organisations);
            demotedItems.organisations(organisations);
        }
        Map<String, CSLItemData> all = new LinkedHashMap<>(CjkNames.mark(AbbreviationStops.mark(FieldQuotes.mark(StatusTerms.translated(SeriesCopies.without(sources), language, xml)))));
        all.put(BREAK, new CSLItemDataBuilder().id(BREAK).type(CSLType.ARTICLE).title("-").build());
        items.use(all);
        // the citations in their sequence, then each that stands alone, after the processor forgot the sequence
        List<Integer> sequence = new ArrayList<>();
        for (int c = 0; c < citations.size(); c++) {
            if (!(notes && alone.contains(c))) {
                sequence.add(c);
            }
        }
        int sequenced = sequence.size();
        for (int c = 0; c < citations.size(); c++) {
            if (notes && alone.contains(c)) {
                sequence.add(c);
            }
        }
        if (notes && ibidWithLocator) {
            citations = repeatedLocators(citations, sequence, sequenced, breaks);
        }
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        for (CSLCitation citation : citations) {
            places.add(NO_LOCATOR);
            for (CSLCitationItem item : citation.getCitationItems()) {
                places.add(place(item));
            }
        }
        // CSL's steps of disambiguation in order: names added, initials (GivenNames, before),
        // year suffixes, the style's disambiguate tests
        ambiguous = Set.of();   // the first pass: every disambiguate test false
        namesShown = Map.of();
        active = processors(places, false);
        if (addNames) {
            namesShown = addedNames(all);
            active = processors(places, false);
        }
        if (yearSuffixes) {
            Map<String, CSLItemData> suffixed = new LinkedHashMap<>(YearSuffixes.add(all, java.util.Locale.forLanguageTag(language), alike(all),
                    CollatedSort.bibliography(active.get(NO_LOCATOR), xml, language), StatusDates.dating(xml)));
            all.clear();
            all.putAll(suffixed);
        }
        // a work in press dated by its status where the style prints none, after its year letter was given
        all.putAll(StatusDates.dated(all, xml));
        all.putAll(ConditionEditors.forConditions(all, xml));
        literalDates = literalDates(all);
        ambiguous = disambiguates ? findAmbiguous(all) : Set.of();
        if (!ambiguous.isEmpty()) {
            active = processors(places, true);
        }
        forget(all);
        List<List<String>> texts = new ArrayList<>(java.util.Collections.nCopies(citations.size(), List.<String>of()));
        List<List<List<PrintedSource>>> groups = new ArrayList<>(java.util.Collections.nCopies(citations.size(), (List<List<PrintedSource>>) null));
        CSLCitationItem previous = null;
        for (int s = 0; s < sequence.size(); s++) {
            int c = sequence.get(s);
            CSLCitation citation = citations.get(c);
            if (s >= sequenced) {
                forget(all);
                previous = null;
            } else if (breaks.contains(c)) {
                make(new CSLCitation(new CSLCitationItem(BREAK)));   // stands for a note of the article's own
                previous = null;
            }
            CSLCitationItem[] parts = citation.getCitationItems();
            if (!notes && collapse && parts.length > 1) {
                List<List<PrintedSource>> printed = new ArrayList<>();
                texts.set(c, List.of(collapsed(citation, all, printed)));
                groups.set(c, printed.isEmpty() ? printedGroups(citation) : printed);
                continue;
            }
            if (!notes || parts.length == 1) {
                if (notes) {
                    noIbidWithoutLocator(previous, parts[0]);
                }
                String text = !notes && (mixedLabels(parts) || laterFirst(parts)) ? byLabel(citation) : null;
                text = text != null ? text : make(citation);
                if (!notes && parts.length > 1 && !collapseNumbers) {
                    groups.set(c, printedGroups(citation));
                }
                if (!notes && collapseNumbers && parts.length > 2) {
                    text = CitationNumbers.collapse(text, layoutPrefix, layoutSuffix, delimiter);
                }
                if (bare.contains(c) && isEmpty(text) && java.util.Arrays.stream(parts).anyMatch(p -> all.containsKey(p.getId() + TITLED))) {
                    text = make(new CSLCitation(java.util.Arrays.stream(parts).map(p -> all.containsKey(p.getId() + TITLED)
                            ? withId(p, p.getId() + TITLED) : p).toArray(CSLCitationItem[]::new)));
                }
                texts.set(c, List.of(open.contains(c) ? text : ended(text)));
                previous = parts.length == 1 ? parts[0] : null;
                continue;
            }
            // citeproc-java takes only a citation's first source for a first reference (a
            // citation of several sources made as one gives the second a short note the first
            // time it is cited), so a note citing several is made source by source, joined as the
            // style's layout joins them
            // in the style's citation order, as citeproc-js sorts a note's cites (made source by
            // source, citeproc-java sorted none: "World Bank 2020 ; van der Berg 2018" in a style
            // sorting by date, h15aa); the order printed tells the caller whose part is whose
            CSLCitationItem[] written = parts;
            parts = noteOrder(citation);
            if (!java.util.Arrays.equals(written, parts)) {
                groups.set(c, java.util.Arrays.stream(parts).map(part -> List.of(PrintedSource.first(sourceKey(part.getId())))).toList());
            }
            List<String> made = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                noIbidWithoutLocator(previous, parts[i]);
                String text = make(new CSLCitation(parts[i]));
                previous = parts[i];
                // a source that prints nothing here is left out with its delimiter, as citeproc-js
                // leaves it: a second cite of one source in the note, near-note, whose "Ibid." group
                // has no page to print (pontifical-gregorian-university)
                made.add(isEmpty(text) ? "" : text);
            }
            int last = made.size() - 1;
            while (last > 0 && made.get(last).isEmpty()) {
                last--;
            }
            if (!open.contains(c)) {
                made.set(last, ended(made.get(last)));
            }
            texts.set(c, made);
            // made source by source, the note's last source would be "Ibid." to the next note;
            // after a note citing several sources no note is "Ibid." (CSL 1.0.2, "ibid")
            make(new CSLCitation(new CSLCitationItem(BREAK)));
            previous = null;
        }
        if (sequence.size() > sequenced) {
            forget(all);   // the reference list as after the sequence alone
        }
        List<String> order = new ArrayList<>();
        // a style without a <bibliography> (Bluebook, legal note styles) gives the citations only
        List<String> entries = lists ? referenceList(all, order) : List.of();
        Map<String, String> suffixes = new LinkedHashMap<>();
        all.forEach((id, item) -> {
            if (item.getYearSuffix() != null && !id.contains(SYNTHETIC)) {
                suffixes.put(id, item.getYearSuffix());
            }
        });
        return new Formatted(texts, delimiter, entries.size() == order.size() ? order : List.of(), entries, suffixes, namesShown,
                java.util.Collections.unmodifiableList(groups));
    }

    /**
     * The reference list's entries, HTML, with the key of each added to {@code order}; in the
     * style's order by the collation of the article's language, particles demoted and repeated
     * authors substituted as the style says.
     */
    private List<String> referenceList(Map<String, CSLItemData> all, List<String> order) {
        Bibliography bibliography = active.get(NO_LOCATOR).makeBibliography(item -> !item.getId().contains(SYNTHETIC) && order.add(item.getId()));
        List<String> entries = new ArrayList<>(java.util.Arrays.stream(bibliography.getEntries()).map(Processor::withoutEmptyGroupStop).map(Processor::withoutEmptyDelimiters).map(ImplicitYearSuffixes::firstOnly).map(this::written).toList());
        collate(active.get(NO_LOCATOR), all, order, entries);
        if (Particles.applies(xml) && Particles.any(all) && entries.size() == order.size()) {
            // citeproc-java ignores demote-non-dropping-particle: the list made again with the particles demoted (Particles)
            List<String> demotedOrder = new ArrayList<>();
            List<String> demoted = java.util.Arrays.stream(demoter(all)
                    .makeBibliography(item -> !item.getId().contains(SYNTHETIC) && demotedOrder.add(item.getId())).getEntries())
                    .map(Processor::withoutEmptyGroupStop).map(Processor::withoutEmptyDelimiters).map(ImplicitYearSuffixes::firstOnly).map(this::written).toList();
            // a numbered list keeps the order its numbers, in entries and cites, follow (the demoted one,
            // #demotedOrder): reordered, springer-fachzeitschriften-medizin-psychologie listed "1. Anon", "11. van der Berg", "2. Bruno"
            if (demoted.size() == demotedOrder.size() && (!listNumbered(xml) || demotedOrder.equals(order))) {
                Map<String, String> byKey = new java.util.HashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    byKey.put(order.get(i), entries.get(i));
                }
                boolean display = Particles.demotion(xml).equals("display-and-sort");
                // in the demoted order; each entry demoted unless that lost one of its particles
                List<String> inOrder = new ArrayList<>();
                for (int i = 0; i < demotedOrder.size(); i++) {
                    String key = demotedOrder.get(i);
                    inOrder.add(display && Particles.kept(demoted.get(i), all.get(key)) ? demoted.get(i) : byKey.get(key));
                }
                entries = inOrder;
                order.clear();
                order.addAll(demotedOrder);
                collate(demoter, all, order, entries);
            }
        }
        if (substitute != null && entries.size() == order.size()) {
            entries = substitute.apply(order, entries, CjkNames.printed(all));   // a CJK name as printed, "王小明"
        }
        return entries;
    }

    /** What joins the sources of one author in a citation collapsed by year ({@link #collapsed}). */
    static final String GROUP_DELIMITER = ", ";

    /** A citation's sources as printed, each a group of its own ({@link Formatted#printedGroups}), or null where unknown. */
    private List<List<PrintedSource>> printedGroups(CSLCitation citation) {
        List<String> order = printedOrder(citation);
        return order == null ? null : order.stream().map(key -> List.of(PrintedSource.first(key))).toList();
    }

    /**
     * The keys of a citation's sources in the order it prints them (the style's citation sort, as
     * {@link #collated} puts them for citeproc-java to keep, else as written where the style does
     * not sort), or null where citeproc-java sorts them in its own way.
     */
    private List<String> printedOrder(CSLCitation citation) {
        CSLCitationItem[] parts = citation.getCitationItems();
        if (parts.length == 0) {
            return null;
        }
        CSLCitation sorted = collated(citation, active.get(key(citation)));
        int start = xml.indexOf("<citation");
        int end = start < 0 ? -1 : xml.indexOf("</citation>", start);
        boolean sorts = end > 0 && xml.substring(start, end).contains("<sort");
        return sorted != citation || parts.length == 1 || !sorts
                ? java.util.Arrays.stream(sorted.getCitationItems()).map(item -> sourceKey(item.getId())).toList() : null;
    }

    /** The literal dates of the sources ("Winter 2019"), as {@link MonthDayDates} takes them out. */
    private java.util.Set<String> literalDates = java.util.Set.of();

    private static java.util.Set<String> literalDates(Map<String, CSLItemData> all) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (CSLItemData item : all.values()) {
            var issued = item.getIssued();
            if (issued != null && (issued.getDateParts() == null || issued.getDateParts().length == 0)) {
                String words = issued.getLiteral() != null ? issued.getLiteral() : issued.getRaw();
                if (words != null && !words.isBlank()) {
                    out.add(RichText.plain(words).strip());
                }
            }
        }
        return out;
    }

    /** A citation or entry as citeproc-java made it, finished ({@link Finishing}). */
    private String written(String html) {
        return finishing.apply(html);
    }

    /** Whether the style's reference list prints the entries' numbers, in its layout or a macro it calls. */
    private static boolean listNumbered(String xml) {
        Matcher list = Pattern.compile("(?s)<bibliography\\b.*?</bibliography>").matcher(xml);
        if (!list.find()) {
            return false;
        }
        String printed = list.group().replaceAll("(?s)<sort\\b.*?</sort>", "");
        if (printed.contains("\"citation-number\"")) {
            return true;
        }
        Matcher macro = Pattern.compile("\\bmacro=\"([^\"]+)\"").matcher(printed);
        while (macro.find()) {
            Matcher body = Pattern.compile("(?s)<macro\\b[^>]*\\bname=\"" + Pattern.quote(macro.group(1)) + "\"[^>]*>(.*?)</macro>").matcher(xml);
            if (body.find() && body.group(1).contains("\"citation-number\"")) {
                return true;
            }
        }
        return false;
    }

    /** Sets the active processors back to before any citation, each source registered. */
    private void forget(Map<String, CSLItemData> all) {
        positions.forget();
        CSL lister = active.get(NO_LOCATOR);
        for (CSL csl : new java.util.LinkedHashSet<>(active.values())) {
            csl.reset();
            csl.setOutputFormat("html");
            csl.setConvertLinks(true);
            // registering every source first keeps citeproc-java from re-rendering earlier citations
            // as it meets new ones, which loses track of their positions (first, subsequent, ibid);
            // only the processor that makes the reference list, or one whose cites print numbers,
            // needs them in the list's order (sorting renders the sort keys: costly for thousands)
            register(csl, all, numbered || csl == lister);
        }
    }

    /**
     * The order the last registration in the list's order put a report's sources in, with the
     * processor and the sources (compared by identity) it was made for; {@code null} when none
     * can be repeated.
     */
    private record Registered(CSL csl, List<CSLItemData> sources, List<String> order) {
    }

    private Registered lastSorted;

    /**
     * Registers every source with a processor: in the reference list's order when {@code sorted}
     * (again in the order found the first time, where the same sources were registered with it
     * before and their numbers follow that order), else in the order given.
     */
    private void register(CSL csl, Map<String, CSLItemData> all, boolean sorted) {
        if (!sorted) {
            csl.registerCitationItems(all.keySet(), true);
            return;
        }
        List<CSLItemData> sources = new ArrayList<>(all.values());
        Registered last = lastSorted;
        if (last != null && last.csl() == csl && sameItems(last.sources(), sources)) {
            csl.registerCitationItems(last.order(), true);
            return;
        }
        List<String> demoted = numbered ? demotedOrder(all, sources) : null;
        if (demoted != null) {
            // numbered as the list is sorted with its particles demoted, which citeproc-java ignores
            csl.registerCitationItems(demoted, true);
            lastSorted = new Registered(csl, sources, demoted);
            return;
        }
        csl.registerCitationItems(all.keySet());
        List<String> order = new ArrayList<>();
        boolean counted = true;
        for (CSLItemData item : csl.getRegisteredItems()) {
            order.add(item.getId());
            counted &= String.valueOf(order.size()).equals(item.getCitationNumber());
        }
        List<String> sourcesFirst = sourcesFirst(order);
        if (counted && !sourcesFirst.equals(order)) {
            csl.registerCitationItems(sourcesFirst, true);
            order = sourcesFirst;
        }
        // numbers counted down (a list sorted by number, descending) come only from sorting
        lastSorted = counted ? new Registered(csl, sources, order) : null;
    }

    /** The order {@link #demotedOrder} found last, with the sources it was found for. */
    private Registered lastDemoted;

    /**
     * The reference list's order with the sources' particles demoted ({@link Particles}), by the
     * style's sort with the language's collation ({@link CollatedSort}); {@code null} where the style
     * demotes none, no source has one, or the list is sorted by number. citeproc-java sorts "van der
     * Berg" under V whatever the style says, and numbers the sources in that order:
     * american-medical-association-alphabetical (sort-only) numbered "d'Souza" 3 and "van der Berg"
     * 6 where citeproc-js numbers them 5 and 2, and every number between shifted, in the list and
     * in the cites.
     */
    private List<String> demotedOrder(Map<String, CSLItemData> all, List<CSLItemData> sources) {
        if (!lists || !Particles.applies(xml) || !Particles.any(all)) {
            return null;
        }
        Registered last = lastDemoted;
        if (last != null && sameItems(last.sources(), sources)) {
            return last.order();
        }
        java.util.Comparator<CSLItemData> by = CollatedSort.anyBibliography(active.get(NO_LOCATOR), xml, language);
        if (by == null) {
            return null;
        }
        // the sources Imprint adds to make cites (a break, a year alone) come after every listed one, unnumbered
        List<String> order = new ArrayList<>(all.keySet().stream().filter(id -> !id.contains(SYNTHETIC)).toList());
        order.sort(java.util.Comparator.comparing(all::get, by));
        all.keySet().stream().filter(id -> id.contains(SYNTHETIC)).forEach(order::add);
        lastDemoted = new Registered(active.get(NO_LOCATOR), sources, order);
        return order;
    }

    /**
     * The registered order with Imprint's own items ({@link #SYNTHETIC}: the break between notes,
     * copies of sources) after every source, each group in its order. citeproc-java numbers what
     * it registers by its place in the sorted list, and an item of Imprint's own sorts among the
     * sources: the break, titled "-" where an author macro falls back on the title, came first in
     * 27 bundled styles numbered in name order (revista-fave-seccion-ciencias-agrarias, pain), whose
     * lists then began at 2 and every cite said one more than citeproc-js.
     */
    private static List<String> sourcesFirst(List<String> order) {
        List<String> out = new ArrayList<>(order.stream().filter(id -> !id.contains(SYNTHETIC)).toList());
        order.stream().filter(id -> id.contains(SYNTHETIC)).forEach(out::add);
        return out;
    }

    private static boolean sameItems(List<CSLItemData> a, List<CSLItemData> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A citation of several sources with each run of sources by the same authors collapsed, as
     * CSL's {@code collapse="year"} asks: "(Smith, 2020a, 2020b; Lee, 2019)". citeproc-java does
     * not collapse: each source is also made alone (and those after the first of a run without
     * their authors), and the parts are put together in the order the style sorted them in the
     * whole citation (made source by source where their locators' labels need different
     * processors, {@link #byLabel}); when that order cannot be told, that whole citation.
     */
    private String collapsed(CSLCitation citation, Map<String, CSLItemData> all, List<List<PrintedSource>> printed) {
        CSLCitationItem[] parts = citation.getCitationItems();
        // made whole by one processor, the first locator's label would decide for all: "(Evans
        // 2005, 4; Brown 2010, 2)" for "[@evans, p. 4; @brown, chap. 2]"
        // nor is a source cited first after another source of the citation a first cite to it ({@link #laterFirst})
        String byLabel = mixedLabels(parts) || laterFirst(parts) ? byLabel(citation) : null;
        String whole = byLabel != null ? byLabel : make(citation);
        List<Integer> at = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (CSLCitationItem part : parts) {
            String text = inner(make(new CSLCitation(part)));
            alone.add(text);
            at.add(text == null ? -1 : whole.indexOf(text));
        }
        if (at.contains(-1) || new java.util.HashSet<>(at).size() < at.size()) {
            return whole;
        }
        // each cite's names as printed, what CSL groups cites by: two teams both "Kim et al." are one group
        List<String> years = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String year = all.containsKey(parts[i].getId() + YEAR_ONLY) ? inner(make(new CSLCitation(yearOnly(parts[i])))) : null;
            years.add(year);
            // a cite's own prefix ("see") is no part of its names: the group is what follows it
            String names = parts[i].getPrefix() == null ? alone.get(i) : inner(make(new CSLCitation(withoutPrefix(parts[i]))));
            shown.add(shownNames(names, year, printedNames(all.get(parts[i].getId()))));
        }
        withoutAuthorsGrouped(parts, shown, all);
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, parts.length).boxed().toList());
        order.sort(java.util.Comparator.comparing(at::get));
        if (citationSorted) {
            order = grouped(order, parts, shown);   // citeproc-js keeps an unsorted citation's order: Chicago's "(Smith 2019; Levi 2019; Smith 2020)"
        }
        StringBuilder out = new StringBuilder(layoutPrefix);
        String previous = null;
        boolean collapsedAny = false;
        // the group's last year as printed without a locator (for collapse="year-suffix"), null where it had one
        String lastYear = null;
        for (int n = 0; n < order.size(); n++) {
            int i = order.get(n);
            String names = shown.get(i);
            boolean same = n > 0 && names != null && names.equals(previous) && parts[i].getPrefix() == null
                    && all.containsKey(parts[i].getId() + YEAR_ONLY);
            boolean plain = parts[i].getLocator() == null && parts[i].getSuffix() == null;
            if (same) {
                String text = years.get(i);
                if (text == null) {
                    printed.clear();
                    return whole;
                }
                String separator = collapseDelimiters.citeGroup();
                String letters = collapseDelimiters.bySuffix() && plain ? CollapseDelimiters.letters(lastYear, text) : null;
                lastYear = plain ? text : null;
                if (letters != null) {
                    text = letters;
                    separator = collapseDelimiters.yearSuffix();
                }
                out.append(separator).append(text);
                printed.get(printed.size() - 1).add(new PrintedSource(sourceKey(parts[i].getId()), text, separator));
                collapsedAny = true;
            } else {
                String separator = n == 0 ? "" : printed.get(printed.size() - 1).size() > 1 ? collapseDelimiters.afterGroup() : delimiter;
                out.append(separator).append(alone.get(i));
                printed.add(new ArrayList<>(List.of(PrintedSource.first(sourceKey(parts[i].getId()), n == 0 ? null : separator))));
                lastYear = null;
                if (collapseDelimiters.bySuffix() && plain && all.containsKey(parts[i].getId() + YEAR_ONLY)) {
                    lastYear = inner(make(new CSLCitation(new CSLCitationItemBuilder(parts[i].getId() + YEAR_ONLY).build())));
                }
            }
            previous = names;
        }
        if (!collapsedAny) {
            printed.clear();
        }
        return collapsedAny ? out.append(layoutSuffix).toString() : whole;
    }

    /**
     * A cite without its authors ({@code [-@key]}) grouped as citeproc-js groups it: with the
     * cites of a source by the same authors (the names of one that prints them, else its
     * source's), not with every other cite without authors, whose mark read the same: APA's
     * {@code [-@ed, p. 7; -@tr]} of an edited book and a translated one was "(2017, p. 7, 1999)"
     * for "(2017, p. 7; 1999)" (h15z).
     */
    private void withoutAuthorsGrouped(CSLCitationItem[] parts, List<String> shown, Map<String, CSLItemData> all) {
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].getId().endsWith(SYNTHETIC)) {
                continue;
            }
            String names = printedNames(all.get(sourceKey(parts[i].getId())));
            String as = names == null ? null : "data " + names;
            for (int j = 0; j < parts.length && names != null; j++) {
                if (!parts[j].getId().endsWith(SYNTHETIC) && names.equals(printedNames(all.get(sourceKey(parts[j].getId()))))) {
                    as = shown.get(j);
                    break;
                }
            }
            shown.set(i, as);
        }
    }

    /**
     * Who a source is by as its citation names them, as a key: its authors, else the names the
     * style's substitute prints in their place (a translated book's translator in Chicago, none
     * in APA, which prints its title); {@code null} for none.
     */
    private String printedNames(CSLItemData item) {
        if (item == null) {
            return null;
        }
        List<List<String>> groups = new ArrayList<>(List.of(List.of("author")));
        groups.addAll(substitutes);
        for (List<String> group : groups) {
            StringBuilder key = new StringBuilder();
            for (String variable : group) {
                NameVariables names = NameVariables.BY_NAME.get(variable);
                de.undercouch.citeproc.csl.CSLName[] list = names == null ? null : names.get().apply(item);
                for (int n = 0; list != null && n < list.length; n++) {
                    key.append(variable).append(':').append(list[n].getFamily()).append('|').append(list[n].getGiven())
                            .append('|').append(list[n].getLiteral()).append(';');
                }
            }
            if (!key.isEmpty()) {
                return key.toString();
            }
        }
        return null;
    }

    /**
     * The sources in the style's order, each source by the same authors as one before it (and
     * without a prefix) moved next to the last of them, as citeproc-js groups the cites of a
     * citation the style sorts before collapsing them (an unsorted one keeps the author's
     * order): parasitology sorts a citation by date, and printed "(Kim, 2019a; b; Lee, 2020a; b;
     * Kim, 2021)" where citeproc-js prints "(Kim, 2019a; b, 2021; Lee, 2020a; b)".
     */
    private List<Integer> grouped(List<Integer> order, CSLCitationItem[] parts, List<String> shown) {
        List<Integer> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i : order) {
            String own = parts[i].getPrefix() == null ? shown.get(i) : null;
            int last = own == null ? -1 : names.lastIndexOf(own);
            out.add(last < 0 ? out.size() : last + 1, i);
            names.add(last < 0 ? names.size() : last + 1, own);
        }
        return out;
    }

    /** A cite without its prefix, with its locator and suffix. */
    private static CSLCitationItem withoutPrefix(CSLCitationItem part) {
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(part.getId());
        if (part.getLocator() != null) {
            b.locator(part.getLocator()).label(part.getLabel());
        }
        if (part.getSuffix() != null) {
            b.suffix(part.getSuffix());
        }
        return b.build();
    }

    /** A cite's copy without its authors ({@link #YEAR_ONLY}), with its locator and suffix. */
    private static CSLCitationItem yearOnly(CSLCitationItem part) {
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(part.getId() + YEAR_ONLY);
        if (part.getLocator() != null) {
            b.locator(part.getLocator()).label(part.getLabel());
        }
        if (part.getSuffix() != null) {
            b.suffix(part.getSuffix());
        }
        return b.build();
    }

    /**
     * What a cite prints for its names, by which CSL groups the cites of a collapsing citation
     * ("cites with identical rendered names"): its text less what it prints without them. Two
     * teams whose cites both read "Kim et al." were not grouped, their source data differing:
     * "(Kim et al., 2019a; Kim et al., 2019b; c, 2020)" for "(Kim et al., 2019a; b; c, 2020)".
     * The names as data ({@link #printedNames}) where the text does not end with the rest; {@code null} for none.
     */
    private static String shownNames(String alone, String year, String names) {
        if (alone != null && year != null && !year.isEmpty() && alone.length() > year.length() && alone.endsWith(year)) {
            return "printed " + alone.substring(0, alone.length() - year.length());
        }
        return names == null ? null : "data " + names;
    }

    /** Whether the sources of a citation need different processors for their locators' labels ({@link StaticConditions}). */
    private boolean mixedLabels(CSLCitationItem[] parts) {
        // a cite without a locator goes with the citation's first label ("[@a, p. 2; @b]" is made
        // whole, and IEEE keeps its order by number), as it went before it had a processor of its own
        String shared = java.util.Arrays.stream(parts).map(Processor::label).filter(l -> !l.equals(NO_LOCATOR)).findFirst().orElse(NO_LOCATOR);
        return java.util.Arrays.stream(parts).map(p -> active.get(key(p, label(p).equals(NO_LOCATOR) ? shared : label(p)))).distinct().count() > 1;
    }

    /**
     * An in-text citation of sources whose locators have different labels ("(Kant 3; Lee, ch. 2)"
     * in MLA, which prints "p." for no page but a label for a chapter), made source by source,
     * each with the processor of its own label (made whole, the first source's label decided for
     * all: "(Kant 3; Lee 2)"), in the style's order, joined as its layout joins them; {@code null}
     * when a source's part cannot be cut from its layout.
     */
    private String byLabel(CSLCitation citation) {
        CSLCitationItem[] parts = noteOrder(citation);
        StringBuilder out = new StringBuilder(layoutPrefix);
        String result = null;
        for (int i = 0; i < parts.length; i++) {
            String text = inner(make(new CSLCitation(parts[i])));
            if (text == null) {
                break;
            }
            out.append(i == 0 ? "" : delimiter).append(text);
            result = i == parts.length - 1 ? out.append(layoutSuffix).toString() : null;
        }
        if (parts.length > 1) {
            // made source by source, its last source would be "Ibid." to the next citation; after a
            // citation of several sources none is (CSL 1.0.2, "ibid"), as when it is made whole
            make(new CSLCitation(new CSLCitationItem(BREAK)));
        }
        return result;
    }

    /**
     * Whether a citation cites a source for the first time after another of its sources, where
     * the style tells first cites from later ones. citeproc-java 3.5 finds a cite "first" only as
     * the first of its citation ({@code SIf.isFirstCitation}), so made whole the citation printed
     * such a source in its later form: american-sociological-association's "(Smith, Lee, and Kim
     * 2002; Smith, Oh, et al. 2002)" for a first cite of both, where citeproc-js names Smith, Oh,
     * and Kim (issue 15, h15ab). Made source by source ({@link #byLabel}), each is first of its own.
     */
    private boolean laterFirst(CSLCitationItem[] parts) {
        if (!firstTested || parts.length < 2) {
            return false;
        }
        Set<String> seen = new java.util.HashSet<>();
        boolean later = false;
        // in the order the citation prints them, which decides which is first
        for (CSLCitationItem part : noteOrder(new CSLCitation(parts))) {
            String source = sourceKey(part.getId());
            if (later && positions.first(part.getId()) && !seen.contains(source)) {
                return true;
            }
            seen.add(source);
            later = true;
        }
        return false;
    }

    /** A cite of another copy of its source, with its prefix, suffix and locator. */
    private static CSLCitationItem withId(CSLCitationItem item, String id) {
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(id).prefix(item.getPrefix()).suffix(item.getSuffix());
        return (item.getLocator() == null ? b : b.locator(item.getLocator()).label(item.getLabel())).build();
    }

    /** Whether a citation's HTML prints nothing but its layout's brackets and punctuation. */
    static boolean isEmpty(String html) {
        return html == null || html.replaceAll("<[^>]*>", "").replaceAll("[\\s\\p{Ps}\\p{Pe}\\p{Po}" + NO_BREAK_START + NO_BREAK_END + "]", "").isEmpty();
    }

    /** A citation of one source without its layout's prefix and suffix ("Smith, 2020a"), or {@code null}. */
    private String inner(String text) {
        if (text == null || !text.startsWith(escape(layoutPrefix)) || !text.endsWith(escape(layoutSuffix))) {
            return null;
        }
        return text.substring(escape(layoutPrefix).length(), text.length() - escape(layoutSuffix).length());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String attribute) {
        // numeric references too: the-optical-society's prefix is "&#160;["
        String named = attribute.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
        named = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);").matcher(named).replaceAll(m -> Matcher.quoteReplacement(Character.toString(
                m.group(1).startsWith("x") ? Integer.parseInt(m.group(1).substring(1), 16) : Integer.parseInt(m.group(1)))));
        return named.replace("&amp;", "&");
    }

    /** Who a source is by, as a key: its authors, else its editors; {@code null} for neither. */
    private static String names(CSLItemData item) {
        if (item == null) {
            return null;
        }
        de.undercouch.citeproc.csl.CSLName[] names = item.getAuthor() != null && item.getAuthor().length > 0 ? item.getAuthor() : item.getEditor();
        if (names == null || names.length == 0) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (de.undercouch.citeproc.csl.CSLName name : names) {
            key.append(name.getFamily()).append('|').append(name.getGiven()).append('|').append(name.getLiteral()).append(';');
        }
        return key.toString();
    }

    /**
     * A copy of a source without its names, which the style replaces by what it substitutes for
     * them (MLA: the title); {@link SuppressedAuthor} prints none.
     */
    static CSLItemData nameless(CSLItemData data, String id) {
        CSLItemDataBuilder nameless = new CSLItemDataBuilder(data).id(id).author((de.undercouch.citeproc.csl.CSLName[]) null)
                .editor((de.undercouch.citeproc.csl.CSLName[]) null).translator((de.undercouch.citeproc.csl.CSLName[]) null)
                .collectionEditor((de.undercouch.citeproc.csl.CSLName[]) null).containerAuthor((de.undercouch.citeproc.csl.CSLName[]) null)
                .compiler((de.undercouch.citeproc.csl.CSLName[]) null).composer((de.undercouch.citeproc.csl.CSLName[]) null)
                .director((de.undercouch.citeproc.csl.CSLName[]) null).editorialDirector((de.undercouch.citeproc.csl.CSLName[]) null)
                .curator((de.undercouch.citeproc.csl.CSLName[]) null).originalAuthor((de.undercouch.citeproc.csl.CSLName[]) null)
                .contributor((de.undercouch.citeproc.csl.CSLName[]) null).organizer((de.undercouch.citeproc.csl.CSLName[]) null);
        return nameless.build();
    }

    /**
     * A source cited without a locator right after a citation of it with one ("p. 33") is no
     * "Ibid." (which would stand for that page) but a short reference (CSL 1.0.2, "ibid");
     * citeproc-java makes it "Ibid.", so it is told a break stands between them.
     */
    private void noIbidWithoutLocator(CSLCitationItem previous, CSLCitationItem current) {
        if (previous != null && sourceKey(previous.getId()).equals(sourceKey(current.getId())) && previous.getLocator() != null
                && current.getLocator() == null) {
            make(new CSLCitation(new CSLCitationItem(BREAK)));
        }
    }

    /** ". ." between two parts of an entry, not an ellipsis (". . ."): a stop no longer ending anything. */
    private static final Pattern EMPTY_GROUP_STOP = Pattern.compile("(?<![.\\u00A0 ])((?:</[a-z]+>)?)\\. \\. (?=\\p{Lu})");

    /**
     * An entry without the second stop citeproc-java leaves where a delimited group of the style
     * came out empty (Chicago author-date: "War and Peace. . Translated by").
     */
    private static String withoutEmptyGroupStop(String entry) {
        return EMPTY_GROUP_STOP.matcher(entry).replaceAll("$1. ");
    }

    private static final Pattern EMPTY_COMMA = Pattern.compile(",((?:</[a-z]+>)?) ,(?= )");
    private static final Pattern EMPTY_OPENING = Pattern.compile("\\(((?:<[a-z]+[^>]*>)?); ");

    /**
     * A text without the delimiter citeproc-java leaves before a group of the style that came
     * out empty: Chicago's note for an edited and translated book ("Edited Book, , trans. Susan
     * White"), APA's "(; S. White, Trans.)".
     */
    private static String withoutEmptyDelimiters(String html) {
        html = NamesDelimiters.clean(html);
        return html == null ? null : STOP_COMMA.matcher(EMPTY_OPENING.matcher(EMPTY_COMMA.matcher(html).replaceAll(",$1"))
                .replaceAll("($1")).replaceAll(".$1$2");
    }

    /**
     * A part whose suffix ends the sentence (". ") followed by a group's delimiter (", "): IEEE's
     * series macro ends with ". " inside the comma-delimited group of a chapter or a paper, and
     * printed "in Handbooks of Water. , Hanoi: Delta Press". The full stop stands, as IEEE sets
     * a series before its place ("no. 12. Hanoi"): "in Handbooks of Water. Hanoi".
     */
    private static final Pattern STOP_COMMA = Pattern.compile("\\.((?:</[a-z]+>)*) ((?:</[a-z]+>)*)[,;](?= )");

    /**
     * The citations with each cite of a source at the same place as the cite right before it
     * marked as CSL's "ibid" ({@link #IBID}), not "ibid-with-locator": it is made by the processor
     * whose ibid-with-locator tests are decided false ({@link #AGAIN}), so it is "Ibid." alone, not
     * "Ibid., 40." again (CMOS 14.34), and keeps its locator for what the style prints there. The
     * locator used to be left out instead, and a style testing {@code variable="locator"} in
     * its "ibid" branch lost it: "…LEE, Anna." where citeproc-js prints "…LEE, Anna 4." (h15aa 10).
     * The cite before is the one {@link #format} makes before it: none after a break, after the
     * sequence or after a note citing several sources; the one before it in such a note.
     */
    private List<CSLCitation> repeatedLocators(List<CSLCitation> citations, List<Integer> sequence, int sequenced, Set<Integer> breaks) {
        List<CSLCitation> out = new ArrayList<>(citations);
        CSLCitationItem previous = null;
        for (int s = 0; s < sequence.size(); s++) {
            int c = sequence.get(s);
            if (s >= sequenced || breaks.contains(c)) {
                previous = null;
            }
            CSLCitationItem[] parts = citations.get(c).getCitationItems().clone();
            boolean changed = false;
            for (int i = 0; i < parts.length; i++) {
                CSLCitationItem current = parts[i];
                if (previous != null && sourceKey(previous.getId()).equals(sourceKey(current.getId())) && !label(current).equals(NO_LOCATOR)
                        && current.getLocator().strip().equals(previous.getLocator() == null ? null : previous.getLocator().strip())
                        && label(current).equals(label(previous))) {
                    parts[i] = new CSLCitationItemBuilder(current).position(IBID).build();
                    changed = true;
                }
                previous = current;
            }
            if (changed) {
                out.set(c, new CSLCitation(parts, citations.get(c).getCitationID(), citations.get(c).getProperties()));
            }
            if (parts.length > 1) {
                previous = null;
            }
        }
        return out;
    }

    /** A citation with the layout's suffix, unless it ends with that punctuation already ("Ibid."). */
    private String ended(String html) {
        String plain = FieldBounds.without(html.replaceAll("<[^>]*>", "").replace(NO_BREAK_START, "").replace(NO_BREAK_END, "")).stripTrailing();
        if (suffix.isEmpty() || plain.endsWith(suffix) || (suffix.equals(".") && (plain.endsWith("?") || plain.endsWith("!")))) {
            return html;
        }
        String quoted = (suffix.equals(".") || suffix.equals(",")) && punctuationInQuote ? intoQuote(html, suffix.charAt(0)) : null;
        return quoted != null ? quoted : html + suffix;
    }

    /**
     * The text with a full stop or comma set inside its closing quotation mark, as American
     * English (CSL's punctuation-in-quote) sets it: "“A Chapter.”", not "“A Chapter”.";
     * {@code null} when the text does not end with one.
     */
    static String intoQuote(String html, char mark) {
        // citeproc-java's HTML writes the mark as an entity, the cleaned text as the character;
        // a title's closing mark is ” left to right, “ in a right-to-left note (FacedQuotes)
        int quote = Math.max(Math.max(html.lastIndexOf('\u201D'), html.lastIndexOf("&rdquo;")),
                Math.max(html.lastIndexOf('\u201C'), html.lastIndexOf("&ldquo;")));
        if (quote < 0) {
            return null;
        }
        int after = html.charAt(quote) == '&' ? html.indexOf(';', quote) + 1 : quote + 1;
        if (!html.substring(after).replaceAll("<[^>]*>", "").replace(NO_BREAK_END, "").isBlank()) {
            return null;
        }
        return html.substring(0, quote) + mark + html.substring(quote);
    }

    /**
     * Makes a citation with each of the report's processors, so that each knows every citation
     * before it (positions: first, subsequent, ibid), and gives the text of the one for its label.
     */
    private String make(CSLCitation citation) {
        CSL wanted = active.get(key(citation));
        citation = collated(citation, wanted);
        // a copy of a source takes the source's position (SourcePositions)
        for (CSLCitation before : positions.before(citation)) {
            for (CSL csl : new java.util.LinkedHashSet<>(active.values())) {
                csl.makeCitation(before);
            }
            positions.made(before);
        }
        String text = null;
        for (CSL csl : new java.util.LinkedHashSet<>(active.values())) {
            List<Citation> made = csl.makeCitation(citation);
            if (csl == wanted) {
                text = written(withoutEmptyDelimiters(SuppressedAuthor.strip(NamesDelimiters.clean(made.get(made.size() - 1).getText()))));
            }
        }
        positions.made(citation);
        return text;
    }

    /** The style's citation sorts by comparator, made on first use (empty: no sort to mend). */
    private final Map<CSL, java.util.Optional<java.util.Comparator<CSLItemData>>> citationSorts = new java.util.HashMap<>();

    /**
     * A citation of several sources in the style's order by the collation of the article's
     * language ({@link CollatedSort}), marked as sorted so citeproc-java keeps that order.
     */
    private CSLCitation collated(CSLCitation citation, CSL csl) {
        CSLCitationItem[] parts = citation.getCitationItems();
        if (parts.length < 2 || csl == null) {
            return citation;
        }
        java.util.Comparator<CSLItemData> order = citationSorts.computeIfAbsent(csl,
                c -> java.util.Optional.ofNullable(CollatedSort.citation(c, xml, language))).orElse(null);
        if (order == null) {
            return citation;
        }
        CSLCitationItem[] sorted = parts.clone();
        // a copy of a source sorts as the source, as citeproc-js sorts it: one cited with its first
        // author's initials ("J. Smith", GivenNames) under her surname, not under "J."; one cited
        // without its authors (SuppressedAuthor) under them, not under the mark that stands for them
        java.util.Arrays.sort(sorted, java.util.Comparator.comparing((CSLCitationItem part) -> sortedAs(part.getId()), order));
        return new CSLCitation(sorted, citation.getCitationID(), new de.undercouch.citeproc.csl.CSLProperties(null, true));
    }

    /**
     * A note's cites in the style's citation order: by {@link #collated}, or, where the style
     * sorts by citation number (the source's place in the reference list, which citeproc-java
     * leaves to a citation made whole), by the numbers the note's processor registered.
     */
    private CSLCitationItem[] noteOrder(CSLCitation citation) {
        CSL csl = active.get(key(citation));
        CSLCitation sorted = collated(citation, csl);
        int byNumber = CollatedSort.citationByNumber(xml);
        if (sorted != citation || byNumber == 0 || csl == null) {
            return sorted.getCitationItems();
        }
        Map<String, Integer> numbers = new java.util.HashMap<>();
        for (CSLItemData item : csl.getRegisteredItems()) {
            if (item.getCitationNumber() != null && item.getCitationNumber().matches("\\d+")) {
                numbers.put(item.getId(), Integer.parseInt(item.getCitationNumber()));
            }
        }
        CSLCitationItem[] parts = citation.getCitationItems().clone();
        java.util.Arrays.sort(parts, java.util.Comparator.comparingInt(
                (CSLCitationItem part) -> byNumber * numbers.getOrDefault(sortedAs(part.getId()).getId(), Integer.MAX_VALUE / 2)));
        return parts;
    }

    /** The source a cited copy ({@link #SYNTHETIC} and what follows it in its id) sorts as: the source itself. */
    private CSLItemData sortedAs(String id) {
        int mark = id.indexOf(SYNTHETIC);
        CSLItemData source = mark > 0 ? items.retrieveItem(id.substring(0, mark)) : null;
        return source != null ? source : items.retrieveItem(id);
    }

    /**
     * The reference list in the style's order by the collation of the article's language
     * ({@link CollatedSort}); ties keep citeproc-java's order. Unchanged where the style's list is
     * not sorted by name.
     */
    private void collate(CSL csl, Map<String, CSLItemData> sources, List<String> order, List<String> entries) {
        java.util.Comparator<CSLItemData> by = CollatedSort.bibliography(csl, xml, language);
        if (by == null || order.size() != entries.size()) {
            return;
        }
        List<Integer> at = new ArrayList<>(java.util.stream.IntStream.range(0, order.size()).boxed().toList());
        at.sort(java.util.Comparator.comparing((Integer i) -> sources.get(order.get(i)), by));
        List<String> keys = at.stream().map(order::get).toList();
        List<String> texts = at.stream().map(entries::get).toList();
        order.clear();
        order.addAll(keys);
        entries.clear();
        entries.addAll(texts);
    }

    /**
     * @param citations each citation's HTML: one part, or in a note citing several sources one
     *                  part per source in the order written, to be joined with {@code delimiter}
     * @param delimiter what the style puts between the sources of a citation
     * @param keys      the key of each entry, in the list's order (empty when unknown)
     * @param entries   the reference list's entries, HTML
     * @param yearSuffixes the year suffix ("a" of "2020a") of each source given one, by key
     * @param namesShown how many names the cites of a source show where names were added to tell
     *                   it from another ({@link AddedNames}), by key: a narrative {@code @key} names as many
     * @param printedGroups each in-text citation's sources as printed: in the style's order, the
     *                  sources by one author that CSL's collapse joins ("Kim, 2019a, 2019b") one group,
     *                  every other source a group of its own; the groups stand between the style's
     *                  delimiters, a group's sources between {@link #GROUP_DELIMITER}s; null where a
     *                  citation cites one source, is a note, or its order cannot be told
     */
    record Formatted(List<List<String>> citations, String delimiter, List<String> keys, List<String> entries,
                     Map<String, String> yearSuffixes, Map<String, Integer> namesShown,
                     List<List<List<PrintedSource>>> printedGroups) {
    }

    /** The sources of the report being formatted. */
    private static final class Items implements ItemDataProvider {
        private final SourceConditions conditions;
        private final EditorTranslators editorTranslators;
        private final ScriptInitials initials;
        private Map<String, CSLItemData> items = Map.of();
        /**
         * Each source as the processors read it, by the source (the map given is changed in place):
         * one initial for a given name such as "Ji-hoon" ({@link HyphenatedNames}), the editors'
         * mark ({@link EditorTranslators}) and the conditions' stand-ins ({@link SourceConditions}).
         */
        private final Map<CSLItemData, CSLItemData> read = new java.util.IdentityHashMap<>();
        /** The organisations' names, set as family names ({@link InstitutionNames}); none where the style styles no family name. */
        private Set<String> organisations = Set.of();

        Items(SourceConditions conditions, EditorTranslators editorTranslators, ScriptInitials initials) {
            this.conditions = conditions;
            this.editorTranslators = editorTranslators;
            this.initials = initials;
        }

        /** A source with its given names in Greek, Cyrillic, Hebrew or Arabic as initials where the style initializes ({@link ScriptInitials}). */
        private CSLItemData initialled(CSLItemData item) {
            return initials == null ? item : initials.apply(item);
        }

        void use(Map<String, CSLItemData> items) {
            this.items = items;
            read.clear();
        }

        void organisations(Set<String> organisations) {
            this.organisations = organisations;
            read.clear();
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            // by the source itself, which the report's steps replace in the map (year letters, ...)
            CSLItemData item = items.get(id);
            return item == null ? null
                    : read.computeIfAbsent(item, i -> InstitutionNames.styled(
                            conditions.withStandIns(editorTranslators.withMark(initialled(HyphenatedNames.mark(i)))), organisations));
        }

        @Override
        public java.util.Collection<String> getIds() {
            return items.keySet();
        }
    }
}
