package org.imprint.cite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLName;
import org.imprint.ReportException;
import org.imprint.article.Article;
import org.imprint.article.Suggest;
import org.imprint.brand.Brand;
import org.imprint.markdown.Citation;
import org.imprint.markdown.Citations;
import org.imprint.markdown.CiteItem;
import org.imprint.markdown.HtmlSanitizer;
import org.imprint.markdown.ParsedBody;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The citation stage: reads the report's bibliography, checks every key its body cites, and
 * has its CSL style (through citeproc-java) format the citations and the reference list.
 */
public final class CitationFormatter {

    /** A suffix that begins with a roman numeral alone ("xiv", ", xiv, emphasis added"), which pandoc does not read as a page. */
    private static final Pattern BARE_ROMAN = Pattern.compile(
            "^,?\\s*((?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
                    + "|(?=[IVXLCDM])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?=\\s*(?:[,;]|$))");

    private final CitationStyles styles;
    private final BibliographyFiles files = new BibliographyFiles();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** @param styles the styles and processors, shared by the reports of one Imprint */
    public CitationFormatter(CitationStyles styles) {
        this.styles = styles;
    }

    /** The warning for a language without a CSL locale: its terms come from another, and how to give them. */
    static String noLocale(String language, String fallback, String style) {
        String name = java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH);
        return "there is no CSL locale for the language \"" + language + "\"" + (name.isEmpty() || name.equals(language) ? "" : " (" + name + ")")
                + ": the words of the citations and the reference list (\"Ibid.\", \"et al.\", \"edited by\", \"p.\") are "
                + fallback + "'s; to have them in the article's language, cite with a copy of the style \"" + style
                + "\" in the report's or the brand's folder (citation_style: my-style.csl) that has a <locale xml:lang=\""
                + language + "\"> with its terms";
    }

    /**
     * The body with its citations formatted; as it was when it cites nothing.
     *
     * @param warnings receives what the bibliography holds that is printed otherwise than it may mean
     * @throws ReportException for a citation in a report without a bibliography, an unknown
     *                         key, an unreadable bibliography or an unknown style
     */
    public ParsedBody format(Article article, Brand brand, ParsedBody body, java.util.function.Consumer<org.imprint.Problem> warnings)
            throws ReportException {
        List<Citation> citations = body.citations();
        // citeproc-java decides "Ibid." and short notes by the order it is given: the reader's,
        // in which a citation in a note's text comes where the note is called
        List<Citation> reading = body.citationsInReadingOrder();
        refuseOutsideTheBody(article);
        refuseKeysInText(article, citations);
        if (article.bibliography().isEmpty()) {
            for (Citation citation : citations) {
                if (!citation.narrative()) {
                    throw new ReportException(article.source(), citation.line(), "the citation " + citation.literal()
                            + " needs a bibliography; add bibliography: references.bib (or .json, .yaml) to the front matter");
                }
            }
            return body;   // "@name" without a bibliography is text (a handle, not a citation)
        }
        Map<String, String> datedStatuses = new java.util.HashMap<>();
        Map<String, CSLItemData> read = files.read(article, warnings, datedStatuses);
        StyleSource style = styles.style(article, brand);
        // a status written as the date stays that date where the style cannot print the status in its place
        Map<String, CSLItemData> items = LiteralStatuses.settle(read, datedStatuses, style.xml());
        List<List<String>> substitutes = SuppressedAuthor.substitutes(style.xml());
        if (citations.isEmpty()) {
            // legal: a bibliography kept for later, or emptied; the report has no reference list
            try {
                styles.processor(style, article.language());   // the chosen style is checked all the same
            } catch (RuntimeException e) {
                throw unusable(article, style, e);
            }
            String files = String.join(" and ", article.bibliography());
            warnings.accept(org.imprint.Problem.warning(article.source(), article.lineOf("bibliography"), (items.isEmpty()
                    ? files + " holds no entries" : "the article cites none of the " + items.size() + " entries of " + files)
                    + ", so the report has no reference list; cite a source ([@key]), or take bibliography: out of the front matter"));
            return body;
        }
        boolean notes = style.notes();
        Map<String, CSLItemData> cited = new LinkedHashMap<>();
        Map<String, CSLItemData> initialled = notes || !style.xml().matches("(?s).*<citation\\b[^>]*disambiguate-add-givenname=\"true\".*")
                ? Map.of() : GivenNames.initialled(reading, items, style.xml());
        refuseUnknownKeys(article, reading, items);
        List<CSLCitation> csl = new ArrayList<>();
        // "[@k, עמ' 12]": a locator written with a term of the article's own language (its CSL locale's)
        LocatorTerms terms = LocatorTerms.of(article.language());
        for (Citation citation : reading) {
            List<CSLCitationItem> cslItems = new ArrayList<>();
            for (CiteItem written : citation.items()) {
                CiteItem item = written.withTerms(terms);
                CSLItemData data = items.get(item.key());
                cited.put(item.key(), data);
                Matcher roman = BARE_ROMAN.matcher(item.suffix());
                if (item.locator() == null && roman.find()) {
                    warnings.accept(org.imprint.Problem.warning(article.source(), citation.line(), "\"" + roman.group(1)
                            + "\" after @" + item.key() + " is no page number: a locator without a label is read only when it "
                            + "has digits (as pandoc reads it), so it is printed as written after the citation; write [@"
                            + item.key() + ", p. " + roman.group(1) + "] for a page"));
                }
                String id = item.key();
                if ((item.suppressAuthor() || (!notes && citation.narrative())) && !style.numeric()) {
                    // [-@key], and @key whose author the sentence names: citeproc-java has no
                    // suppress-author, so a copy with a mark for its authors is cited (SuppressedAuthor)
                    id = item.key() + Processor.SYNTHETIC;
                    cited.put(id, SuppressedAuthor.of(data, id, substitutes));
                } else if (initialled.containsKey(item.key())) {
                    // two first authors of one surname: each cited with initials, "(J. Smith, 2020)" (APA 7, 8.20)
                    id = item.key() + Processor.INITIALS;
                    cited.put(id, new CSLItemDataBuilder(initialled.get(item.key())).id(id).build());
                }
                CSLCitationItemBuilder b = new CSLCitationItemBuilder(id);
                if (!item.prefix().isEmpty()) {
                    b.prefix(guarded(spacedPrefix(item.prefix()), true));
                }
                if (item.locator() != null) {
                    b.locator(item.locator()).label(CSLLabel.fromString(item.label()));
                }
                if (!item.suffix().isEmpty()) {
                    // "p. 5." or ", passim": punctuation follows the locator without a space
                    b.suffix(guarded((item.suffix().startsWith(")") || !org.imprint.markdown.NotePunctuation.leading(item.suffix()).isEmpty()
                            ? "" : " ") + item.suffix(), false));
                }
                cslItems.add(b.build());
            }
            csl.add(new CSLCitation(cslItems.toArray(new CSLCitationItem[0])));
        }
        // citeproc-java knows nothing of the article's own notes: a citation after one is no "Ibid."
        Set<Integer> breaks = new HashSet<>();
        // a citation set in running text (the article's own note, a figure's caption) goes on with
        // the sentence: "6, and again" and "6 and again", not "6., and again"; the sentence's own
        // punctuation ends it
        Set<Integer> open = new HashSet<>();
        if (notes) {
            int[] byIndex = body.citationNoteNumbers();
            for (int i = 0; i < reading.size(); i++) {
                int number = byIndex[reading.get(i).index()];
                int before = i == 0 ? 0 : byIndex[reading.get(i - 1).index()];
                if (i > 0 && number > 0 && before > 0 && number - before > 1) {
                    breaks.add(i);
                }
                if (reading.get(i).setInText() && (reading.get(i).textAfter() || reading.get(i).parenthesisedInCaption())) {
                    open.add(i);
                }
            }
        }
        Set<Integer> bare = new HashSet<>();
        for (int i = 0; i < reading.size(); i++) {
            if (!reading.get(i).narrative() && reading.get(i).items().stream().anyMatch(CiteItem::suppressAuthor)) {
                bare.add(i);
            }
        }
        // a figure floats: its caption's citations are no "Ibid." nor short form of what the text cites near it
        Set<Integer> movable = new HashSet<>();
        for (int i = 0; i < reading.size(); i++) {
            if (reading.get(i).movable()) {
                movable.add(i);
            }
        }
        // "submitted", "in preparation": states CSL has no term for, in the brand's words for the language
        Brand localized = brand.forLanguage(article.language());
        cited.putAll(StatusLabels.labelled(cited, localized::label));
        // "xii–xv" and "e1234–e1240" as written: citeproc-java would collapse them as numbers
        cited.replaceAll((key, data) -> WrittenPages.mark(data));
        if (notes) {
            firstReferenceNotes(cited, csl, reading, body.citationNoteNumbers());
            int[] byIndex = body.citationNoteNumbers();
            int[] numbers = reading.stream().mapToInt(citation -> byIndex[citation.index()]).toArray();
            csl = NearNotes.marked(csl, numbers, movable, NearNotes.distance(style.xml()));
        }
        Processor.Formatted formatted;
        Processor processor;
        try {
            processor = styles.processor(style, article.language());
            formatted = processor.format(cited, csl, notes, breaks, open, bare, movable);
            if (processor.fallbackLocale() != null) {
                warnings.accept(org.imprint.Problem.warning(article.source(), article.lineOf("language"), noLocale(article.language(),
                        processor.fallbackLocale(), style.name())));
            }
        } catch (RuntimeException e) {
            throw unusable(article, style, e);
        }
        Map<String, String> ids = ids(cited.keySet());
        boolean listed = style.listed();
        boolean rightToLeft = article.rightToLeft();
        NarrativeNames narrative = NarrativeNames.of(style.xml(), article.language());
        String etAl = narrative.etAl();
        NameSuffixes suffixes = NameSuffixes.of(cited.values(), style.xml());
        List<String> texts = new ArrayList<>();
        List<String> directions = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        List<List<String>> byIndex = new ArrayList<>(java.util.Collections.nCopies(citations.size(), List.<String>of()));
        int[] readingAt = new int[citations.size()];
        for (int r = 0; r < reading.size(); r++) {
            readingAt[reading.get(r).index()] = r;
            byIndex.set(reading.get(r).index(), formatted.citations().get(r));
        }
        // each source as its cites print it: "A. Brown" where two first authors share a surname
        Map<String, CSLItemData> asCited = new java.util.HashMap<>(items);
        asCited.putAll(initialled);
        for (int i = 0; i < citations.size(); i++) {
            // each source's part links to its entry: in a note citing several, each part to its own
            List<String> parts = byIndex.get(i);
            List<CiteItem> written = citations.get(i).items();
            StringBuilder html = new StringBuilder();
            // what the author wrote round a source is that source's, whatever it names
            Affixes affixes = notes ? Affixes.NONE : Affixes.of(written);
            // a numeric style's layout prefix of words ("(Ref " of journal-of-thermal-spray-technology)
            // stood before the first number, which then started no group: the citation was one link
            String[] framed = listed && !notes && parts.size() == 1 && written.size() > 1 && style.numeric()
                    ? framed(parts.get(0), processor.layoutPrefix(), processor.layoutSuffix()) : null;
            String whole0 = framed != null ? framed[1] : parts.isEmpty() ? "" : parts.get(0);
            List<CitationParts.Mark> marks = listed && !notes && parts.size() == 1 && written.size() > 1
                    ? marks(written, style.numeric(), formatted, asCited, whole0, affixes) : List.of();
            Map<String, String> prefixes = prefixes(written, ids, notes);
            // a style without a reference list has nothing to link to
            java.util.function.BiFunction<String, String, String> linker = !listed ? (piece, id) -> piece
                    : (piece, id) -> linked(piece, id, prefixes.get(id));
            String perSource = null;
            if (listed && !notes && parts.size() == 1 && written.size() > 1 && !style.numeric()) {
                // each source's part in the order the processor printed them, where its words bear that out
                perSource = CitationOrder.link(parts.get(0), formatted.delimiter(), formatted.printedGroups().get(readingAt[i]),
                        affixes, linker, ids);
                if (perSource != null && !LinkedPartsCheck.trusted(perSource, surnames(written, asCited, ids),
                        suppressed(written, citations.get(i).narrative(), ids), affixes, formatted.delimiter())) {
                    perSource = null;
                }
            }
            if (perSource == null && !marks.isEmpty()) {
                perSource = CitationParts.link(whole0, formatted.delimiter(), marks, affixes, style.numeric(), linker, ids);
            }
            if (perSource != null && framed != null) {
                perSource = framed[0] + perSource + framed[2];
            }
            if (perSource == null && !marks.isEmpty() && !style.numeric()) {
                // only the stretches whose source cannot be told are left without a link
                perSource = CitationSpans.link(parts.get(0), formatted.delimiter(), marks, affixes, marks.size() == written.size(),
                        linker, ids);
            }
            // a numeric style's part is told by its number alone; an author-date part must name its author
            if (perSource != null && !style.numeric() && !LinkedPartsCheck.trusted(perSource, surnames(written, asCited, ids),
                    suppressed(written, citations.get(i).narrative(), ids), affixes, formatted.delimiter())) {
                perSource = null;   // a part linked on evidence its text does not bear out
            }
            Set<String> sources = new java.util.LinkedHashSet<>();
            written.forEach(item -> sources.add(item.key()));
            if (perSource == null && listed && !notes && parts.size() == 1 && sources.size() > 1) {
                // the parts of several sources that cannot be told apart: no link rather than one
                // taking every source's words to the entry of one (the author is told)
                perSource = parts.get(0);
            }
            if (perSource != null) {
                html.append(perSource);
            }
            if (listed && !notes && sources.size() > 1) {
                unlinkedWarning(article, citations.get(i), style.name(), sources, perSource, ids, warnings);
            }
            // a note of its own that starts in Latin reads left to right in a right-to-left article;
            // a citation in a sentence, or in the author's note, in the sentence's direction
            Boolean own = notes && !citations.get(i).inNote() ? ownDirection(String.join(formatted.delimiter(), parts), rightToLeft) : null;
            boolean isolated = rightToLeft && own == null;
            // a note's sources in the order the style sorted them, where it did
            List<List<PrintedSource>> printed = notes ? formatted.printedGroups().get(readingAt[i]) : null;
            for (int p = 0; perSource == null && p < parts.size(); p++) {
                // one part per source (a note), or one source however often it is cited
                String key = printed != null && printed.size() == parts.size() ? printed.get(p).get(0).key()
                        : parts.size() == written.size() ? written.get(p).key() : written.get(0).key();
                // in a right-to-left note each source written left to right is one isolate, with its
                // page and full stop (an Arabic "see" before it stays outside)
                if (parts.size() > 1 && parts.get(p).isEmpty()) {
                    continue;   // a source of a note that printed nothing: no delimiter for it (Processor)
                }
                String part = notes && isolated ? Isolates.whole(parts.get(p), true) : parts.get(p);
                html.append(html.isEmpty() ? "" : formatted.delimiter()).append(linker.apply(part, ids.get(key)));
            }
            if (!notes && isolated) {
                // an author-date citation set in a right-to-left sentence: one isolate, its prefix outside
                String whole = Isolates.whole(html.toString(), true);
                html.setLength(0);
                html.append(whole);
            }
            if (!notes && listed && !isolated) {
                // the style's brackets round a citation, of one source or several, are no source's text;
                // not yet in a right-to-left sentence, where Isolates then set a second isolate inside
                // the brackets and the PDF's line put the semicolon after the space ("2019 ;Novak")
                String bracketed = CitationBrackets.eachOutside(CitationBrackets.outside(html.toString(), processor.layoutPrefix(),
                        processor.layoutSuffix()), Affixes.of(written).suffixes());
                html.setLength(0);
                html.append(bracketed);
            }
            String text = clean(html.toString(), own == null ? rightToLeft : own, items.get(written.get(0).key()), etAl, suffixes);
            directions.add(own == null || own == rightToLeft ? "" : own ? "rtl" : "ltr");
            if (notes && citations.get(i).inNote() && processor.punctuationInQuote) {
                // "citing [@child]." in a note: the sentence's full stop goes inside the title's quotation marks
                String mark = citations.get(i).punctuationMark();
                String quoted = mark.equals(".") || mark.equals(",") ? Processor.intoQuote(text, mark.charAt(0)) : null;
                if (quoted != null) {
                    text = quoted;
                    citations.get(i).dropPunctuationAfter();
                }
            }
            if (notes && citations.get(i).parenthesisedInCaption()) {
                text = "(" + text + ")";
            }
            texts.add(notes && citations.get(i).opensNote() ? capitalised(text) : text);
            targets.add(ids.get(citations.get(i).items().get(0).key()));
            String first = citations.get(i).items().get(0).key();
            // in a note's own text or a caption a note style sets the whole citation, which names the author already
            leads.add(citations.get(i).narrative() && !(notes && citations.get(i).setInText())
                    ? Isolates.isolate(names(initialled.getOrDefault(first, items.get(first)), narrative,
                            formatted.namesShown().getOrDefault(first, 0)), rightToLeft) : "");
            if (Processor.isEmpty(text) && leads.get(i).isEmpty()) {
                // never silently nothing: the author is told where, and what the style needs
                warnings.accept(org.imprint.Problem.warning(article.source(), citations.get(i).line(), "the citation "
                        + citations.get(i).literal() + " prints nothing in the style \"" + style.name() + "\" (it has no name, "
                        + "title, date or locator left to print); add a locator, e.g. [-@" + first + ", 4], or cite [@" + first + "]"));
            }
        }
        // a status the style's conditions leave out (IEEE's article with a volume) is lost: the author is told
        LostStatuses.warn(article, style, cited, formatted.keys(), formatted.entries(), warnings);
        List<Citations.Entry> entries = new ArrayList<>();
        for (int i = 0; i < formatted.entries().size(); i++) {
            String key = formatted.keys().isEmpty() ? "" : formatted.keys().get(i);
            String id = formatted.keys().isEmpty() ? "ref-" + (i + 1) : ids.get(key);
            Boolean own = ownDirection(formatted.entries().get(i), rightToLeft);
            entries.add(new Citations.Entry(key, id, own == null || own == rightToLeft ? "" : own ? "rtl" : "ltr",
                    clean(formatted.entries().get(i), own == null ? rightToLeft : own, items.get(key), etAl, suffixes)));
        }
        // the heading in the article's language, from the brand's words for it
        String heading = brand.forLanguage(article.language()).label(notes ? "bibliography" : "references");
        return body.withCitations(new Citations(style.name(), notes, texts, directions, targets, leads, heading, entries));
    }

    /**
     * Tells the author where a citation of several sources leaves a source without a link: its
     * part could not be told from another's in the printed text (see README, citations).
     */
    private static void unlinkedWarning(Article article, Citation citation, String styleName, Set<String> sources, String linkedHtml,
                                        Map<String, String> ids, java.util.function.Consumer<org.imprint.Problem> warnings) {
        Set<String> linked = new HashSet<>();
        if (linkedHtml != null) {
            Jsoup.parseBodyFragment(linkedHtml).select("a.citation[href^=#]").forEach(a -> linked.add(a.attr("href").substring(1)));
        }
        List<String> unlinked = sources.stream().filter(key -> !linked.contains(ids.get(key))).toList();
        if (!unlinked.isEmpty()) {
            boolean one = unlinked.size() == 1;
            String named = unlinked.stream().map(key -> "@" + key).collect(java.util.stream.Collectors.joining(", "));
            warnings.accept(org.imprint.Problem.warning(article.source(), citation.line(), "in the citation " + citation.literal()
                    + " the style \"" + styleName + "\" prints " + (one ? "the part of " : "the parts of ") + named
                    + " so that " + (one ? "it" : "they") + " cannot be told from another source's part: "
                    + (one ? "it links" : "they link") + " to no entry rather than to a wrong one; cite "
                    + (one ? "it" : "each") + " in a citation of its own, e.g. [@" + unlinked.get(0) + "], to link it"));
        }
    }

    /** A broken .csl file, or a style citeproc-java cannot follow, named at the article's citation_style line. */
    private static ReportException unusable(Article article, StyleSource style, RuntimeException e) {
        return new ReportException(article.source(), article.lineOf("citation_style"), "the citation style \""
                + style.name() + "\" cannot be used: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("")) + "; check the style, or choose another", e);
    }

    /**
     * A {@code @key} after a cited key's locator ({@code [@a, p. 3 and @b]}, {@code [@a, cf. @b]})
     * is suffix text: it would print as written, its key never checked. Citations in one bracket
     * are separated by semicolons.
     */
    private static void refuseKeysInText(Article article, List<Citation> citations) throws ReportException {
        for (Citation citation : citations) {
            for (CiteItem item : citation.items()) {
                java.util.Optional<String> key = item.keyInText();
                if (key.isPresent()) {
                    throw new ReportException(article.source(), citation.line(), "the citation " + citation.literal() + " has "
                            + key.get() + " in the text after @" + item.key() + ", where it would be printed as written and its key "
                            + "never checked; separate citations with ';' ([@" + item.key() + "; " + key.get()
                            + "]), or write \\@ for a literal @");
                }
            }
        }
    }

    /** A bracketed citation, as pandoc writes one: "[@key]", "[see -@key, p. 4]". */
    private static final java.util.regex.Pattern BRACKETED =
            java.util.regex.Pattern.compile("\\[(?:[^\\[\\]]*\\s)?-?@[\\p{L}\\p{N}_{][^\\[\\]]*\\]");

    /**
     * The title, subtitle, abstract and the authors' biographies are set where no citation is
     * formatted (the cover, the metadata, the catalogue, the about-the-authors page): a citation
     * there would print as written.
     */
    private static void refuseOutsideTheBody(Article article) throws ReportException {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", article.title());
        fields.put("subtitle", article.subtitle());
        fields.put("abstract", article.abstractText());
        for (int i = 0; i < article.authors().size(); i++) {
            fields.put("authors[" + (i + 1) + "].bio", article.authors().get(i).bio());
        }
        for (var field : fields.entrySet()) {
            if (field.getValue() != null && BRACKETED.matcher(field.getValue()).find()) {
                String name = field.getKey().endsWith(".bio") ? "biography (" + field.getKey() + ")" : field.getKey();
                throw new ReportException(article.source(), article.lineOf(field.getKey()), "the " + name
                        + " has a citation (" + firstMatch(field.getValue()) + "), which is formatted only in the body; "
                        + "cite the source in the body, or write \\@ for a literal @");
            }
        }
    }

    private static String firstMatch(String text) {
        java.util.regex.Matcher m = BRACKETED.matcher(text);
        return m.find() ? m.group() : "";
    }

    /** A family name as CSL's short form sets it: with its non-dropping particle ("bin Talal", "van der Berg"). */
    private static String family(CSLName name) {
        if (name.getFamily() == null) {
            return name.getLiteral() != null ? name.getLiteral() : "";
        }
        String particle = name.getNonDroppingParticle();
        return particle == null || particle.isBlank() ? name.getFamily() : particle.strip() + " " + name.getFamily();
    }

    /**
     * The authors' names as a sentence names them ("García", "Smith and Jones", "Lee et al."),
     * for a narrative {@code @key}; editors when there are no authors. With {@code shown} more
     * than 0 as many names as the bracketed cites show where names were added ({@link AddedNames}).
     */
    private static String names(CSLItemData data, NarrativeNames style, int shown) {
        // "author = {others}" names no one: the editors stand in, else the title, as in the bracketed form
        CSLName[] names = named(data.getAuthor()).length > 0 ? data.getAuthor() : data.getEditor();
        if (named(names).length == 0) {
            return data.getTitle() == null ? data.getId() : RichText.plain(data.getTitle());
        }
        List<String> family = new ArrayList<>();
        boolean others = java.util.Arrays.stream(names).anyMatch(EtAl::isOthers);
        names = named(names);
        for (CSLName name : names) {
            family.add(RichText.plain(family(name)));
        }
        return style.join(family, others, shown);
    }

    /** The names that are someone's, without the mark of "and others". */
    private static CSLName[] named(CSLName[] names) {
        return names == null ? new CSLName[0] : java.util.Arrays.stream(names).filter(n -> !EtAl.isOthers(n)).toArray(CSLName[]::new);
    }

    /**
     * The direction a reference or a citation note is set in when it is not the article's (true
     * right to left, false left to right), else null. A CSL style's order and punctuation are made
     * for left-to-right lines: a source whose first strong letter is Latin reads right only left
     * to right, even in an Arabic article, where the page's direction put its full stop before
     * its first word (".Hobbes, Thomas"). An Arabic source in an English article keeps the
     * article's direction, its Arabic runs isolated ({@link Isolates}), so that the English
     * punctuation and the year stay where the style put them.
     */
    private static Boolean ownDirection(String html, boolean rightToLeft) {
        return rightToLeft && Boolean.FALSE.equals(Isolates.firstStrong(Jsoup.parseBodyFragment(html).body().text())) ? false : null;
    }

    /**
     * citeproc-java's HTML, made what the body may hold: its inline styles become elements (the
     * sanitiser keeps no style attribute), its entry wrapper goes, and the sanitiser judges the rest.
     */
    private String clean(String html, boolean rightToLeft, CSLItemData source, String etAl, NameSuffixes suffixes) {
        // "n.d." before the entry's closing full stop: citeproc-java, which sees the mark between
        // them, did not merge the two
        html = WrittenPages.restore(html);
        html = html.replaceAll("\\.(" + Processor.NO_BREAK_END + "(?:</[a-z]+>)*)\\.", ".$1");
        html = suffixes.text(EtAl.text(html, etAl));
        Document doc = Jsoup.parseBodyFragment(html.replace(Processor.NO_BREAK_START, "<span class=\"nobreak\">")
                .replace(Processor.NO_BREAK_END, "</span>"));
        for (Element span : doc.body().select("span[style]")) {
            String style = span.attr("style");
            span.removeAttr("style");
            if (style.contains("italic") || style.contains("oblique")) {
                span.tagName("i");
            } else if (style.contains("bold")) {
                span.tagName("b");
            } else if (style.contains("small-caps")) {
                span.attr("class", "small-caps");
            } else if (style.contains("underline")) {
                span.tagName("u");
            } else if (style.contains("normal")) {
                span.attr("class", "normal");
            }
        }
        for (Element div : doc.body().select("div")) {
            // the style's display parts (IEEE's label "[1]" in the left margin, then the entry)
            // were blocks apart: run into one line, they keep a space between them
            org.jsoup.nodes.Node next = div.nextSibling();
            if (next instanceof Element e && e.tagName().equals("div") && !div.text().isBlank() && !div.text().endsWith(" ")) {
                div.after(" ");
            }
            div.unwrap();
        }
        for (Element a : doc.body().select("a[href]")) {
            a.attr("href", org.imprint.markdown.Hrefs.encode(a.attr("href")));
        }
        RichText.toElements(doc);
        String language = source == null || source.getLanguage() == null ? "" : source.getLanguage().toLowerCase(java.util.Locale.ROOT);
        CjkRuns.mark(doc, language.matches("(zh|ja|ko)([-_].*)?") ? language.substring(0, 2) : null);
        Isolates.apply(doc, rightToLeft);
        Isolates.nest(doc);
        FacedQuotes.apply(doc, rightToLeft);
        return sanitizer.clean(doc.body().html().strip());
    }

    /**
     * Each cited source's prefix as the author wrote it ("see", "ראה"), by the id of its entry,
     * for an in-text citation: a style that moves it before its bracket ("see [3]") prints it
     * where the link of the source would start, and the author's words are no part of the link.
     */
    private static Map<String, String> prefixes(List<CiteItem> written, Map<String, String> ids, boolean notes) {
        Map<String, String> prefixes = new java.util.HashMap<>();
        for (CiteItem item : notes ? List.<CiteItem>of() : written) {
            if (!item.prefix().isBlank()) {
                prefixes.putIfAbsent(ids.get(item.key()), item.prefix().strip());
            }
        }
        return prefixes;
    }

    /**
     * The citation with its words linked to the source's entry in the reference list, up to the
     * first link of its own (a DOI or URL), which cannot sit inside another link; the source's
     * prefix (or null), where the citation starts with it, stays before the link.
     */
    private static String linked(String html, String target, String prefix) {
        Document doc = Jsoup.parseBodyFragment(html);
        Element holder = doc.body();
        // one element round the whole (Nature's "<sup>cf. 1</sup>"): the link and the prefix kept
        // out of it are inside, as in a citation of several sources (CitationParts)
        while (prefix != null && holder.childNodes().stream().filter(n -> !(n instanceof org.jsoup.nodes.TextNode t && t.isBlank()))
                .count() == 1 && holder.children().size() == 1 && !holder.child(0).tagName().equals("a")
                && holder.child(0).select("a").isEmpty()) {
            holder = holder.child(0);
        }
        List<org.jsoup.nodes.Node> lead = new ArrayList<>();
        for (org.jsoup.nodes.Node node : holder.childNodes()) {
            if (node instanceof Element e && (e.tagName().equals("a") || !e.select("a").isEmpty())) {
                break;
            }
            lead.add(node);
        }
        if (lead.isEmpty() || lead.stream().allMatch(n -> n instanceof org.jsoup.nodes.TextNode t && t.isBlank())) {
            return html;
        }
        // a prefix in the article's direction ("دیکھیے") and the isolate's opening stay before the
        // link: the isolate holds the link, not the link the isolate's start (Isolates.nest)
        if (lead.get(0) instanceof org.jsoup.nodes.TextNode first) {
            int opening = Isolates.openingIn(first.getWholeText());
            if (opening >= 0 && opening + 1 < first.getWholeText().length()) {
                lead.set(0, first.splitText(opening + 1));
            } else if (opening >= 0 && lead.size() > 1) {
                lead.remove(0);
            }
        }
        // a prefix that opens in italics ("*see* 3"): its elements stay out of the link
        String rest = prefix == null ? null : prefix.replaceAll("[\uE000-\uE00F]", "").strip();
        while (rest != null && !rest.isEmpty() && lead.size() > 1 && lead.get(0) instanceof Element e && !e.text().isBlank()
                && rest.startsWith(e.text().strip())) {
            rest = rest.substring(e.text().strip().length()).strip();
            lead.remove(0);
        }
        if (rest != null && rest.isEmpty() && lead.get(0) instanceof org.jsoup.nodes.TextNode first) {
            // the spaces after the prefix stay out of the link too
            String text = first.getWholeText();
            int after = 0;
            while (after < text.length() && ignorable(text.charAt(after))) {
                after++;
            }
            if (after > 0 && after < text.length()) {
                lead.set(0, first.splitText(after));
            } else if (after > 0 && lead.size() > 1) {
                lead.remove(0);
            }
        } else if (prefix != null && lead.get(0) instanceof org.jsoup.nodes.TextNode first) {
            int after = afterPrefix(first.getWholeText(), prefix);
            if (after > 0 && after < first.getWholeText().length()) {
                lead.set(0, first.splitText(after));
            } else if (after > 0 && lead.size() > 1) {
                lead.remove(0);
            }
        }
        Element link = new Element("a").attr("href", "#" + target).addClass("citation");
        lead.get(0).before(link);
        lead.forEach(link::appendChild);
        return doc.body().html();
    }

    /**
     * Where a text that starts with the prefix (after spaces and directional marks, which may
     * also stand round it) goes on after it and the spaces after it, or -1 when it does not start with it.
     */
    private static int afterPrefix(String text, String prefix) {
        int i = 0;
        while (i < text.length() && ignorable(text.charAt(i))) {
            i++;
        }
        // the first source's prefix follows the citation's opening bracket: "(see Lee, 2019; see Kim, 2020)"
        // keeps "(see " out of the link as later sources keep "see "
        if (i < text.length() && Character.getType(text.charAt(i)) == Character.START_PUNCTUATION && text.startsWith(prefix, i + 1)) {
            i++;
        }
        if (!text.startsWith(prefix, i)) {
            return -1;
        }
        i += prefix.length();
        while (i < text.length() && ignorable(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /**
     * What tells each cited source's part of a citation (CitationParts): its number in a numeric
     * style, else its year suffix ("2020b", an undated work's "n.d.-b"), else its first author's name or its title when no
     * other source of the citation has it (with the initials the cite prints, "A. Brown"), else
     * its year when no other has that ("Smith 2019, 2020"), else its names and year together;
     * an empty list when a source has none. A source cited twice has one mark.
     */
    /**
     * A citation's HTML cut into the style's layout prefix, what stands between, and its suffix,
     * where it starts with the one and ends with the other as text ("(Ref ", "1,2", ")"); null
     * where it does not.
     */
    private static String[] framed(String html, String prefix, String suffix) {
        // inside one element round the whole, qeios's "<sup>{m/1,2/}</sup>"
        java.util.regex.Matcher round = java.util.regex.Pattern.compile("(?s)^(<(sup|sub|span)\\b[^>]*>)(.*)(</\\2>)$").matcher(html);
        if (round.matches() && !round.group(3).contains("<" + round.group(2))) {
            String[] inner = framed(round.group(3), prefix, suffix);
            return inner == null ? null : new String[] {round.group(1) + inner[0], inner[1], inner[2] + round.group(4)};
        }
        String open = org.jsoup.nodes.Entities.escape(prefix);
        String close = org.jsoup.nodes.Entities.escape(suffix);
        if (prefix.isEmpty() || !html.startsWith(open) || !html.endsWith(close) || html.length() <= open.length() + close.length()) {
            return null;
        }
        return new String[] {open, html.substring(open.length(), html.length() - close.length()), close};
    }

    private static List<CitationParts.Mark> marks(List<CiteItem> cites, boolean numeric, Processor.Formatted formatted,
                                                  Map<String, CSLItemData> items, String html, Affixes affixes) {
        // a source cited twice in one citation is one source: all its parts are its own
        Map<String, CiteItem> once = new LinkedHashMap<>();
        cites.forEach(item -> once.putIfAbsent(item.key(), item));
        List<CiteItem> written = new ArrayList<>(once.values());
        String text = CitationParts.Plain.of(html).masked(affixes, formatted.delimiter()).text();
        List<String> names = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        // what an undated work prints for its date: its status ("in press"), else "no date"
        List<String> undated = new ArrayList<>();
        for (CiteItem item : written) {
            String name = item.suppressAuthor() ? null : mark(items.get(item.key()));
            names.add(name == null || name.isBlank() ? null : name);
            CSLItemData data = items.get(item.key());
            years.add(data == null ? null : YearSuffixes.year(data));
            String when = data == null || data.getIssued() != null ? null : YearSuffixes.undatedAs(data);
            // a status the citation does not print (a style that prints it in the list only): "n.d."
            boolean printed = when == null || !when.startsWith(YearSuffixes.STATUS)
                    || CitationParts.Mark.status(item.key(), status(when), null).pattern().matcher(text).find();
            undated.add(printed ? when : YearSuffixes.UNDATED);
        }
        boolean statuses = undated.stream().anyMatch(when -> when != null && !when.equals(YearSuffixes.UNDATED));
        List<CitationParts.Mark> marks = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String key = written.get(i).key();
            int number = formatted.keys().indexOf(key) + 1;
            String suffix = formatted.yearSuffixes().get(key);
            String name = names.get(i);
            Integer year = years.get(i);
            String when = undated.get(i);
            boolean nameShared = false;
            boolean yearShared = false;
            boolean whenShared = false;
            for (int j = 0; j < written.size(); j++) {
                if (j != i) {
                    nameShared |= name != null && names.get(j) != null && (names.get(j).contains(name) || name.contains(names.get(j)));
                    yearShared |= year != null && year.equals(years.get(j));
                    whenShared |= when != null && when.equals(undated.get(j));
                }
            }
            if (numeric && number > 0) {
                marks.add(CitationParts.Mark.number(key, number, cites.stream().filter(c -> c.key().equals(key)).count() > 1));
            } else if (!numeric && suffix != null && year != null && !suffixShared(formatted, written, years, i)) {
                marks.add(CitationParts.Mark.yearSuffix(key, year, suffix));
            } else if (!numeric && suffix != null && year != null && name != null && !formatted.delimiter().isBlank()) {
                // every team has its own "2019a": the letter tells a source only with its names
                marks.add(namesAndYear(key, items.get(key), name, year + suffix, formatted.delimiter(), text));
            } else if (!numeric && suffix != null && year == null && when != null && !suffixShared(formatted, written, undated, i)) {
                // "(Novak, n.d.-c, n.d.-d)": an undated work's letter tells it as "2020c" does,
                // "in press-a" beside "n.d.-a" with its status
                marks.add(!when.equals(YearSuffixes.UNDATED) ? CitationParts.Mark.status(key, status(when), suffix)
                        : statuses ? CitationParts.Mark.noDateSuffix(key, suffix) : CitationParts.Mark.undatedSuffix(key, suffix));
            } else if (!numeric && suffix != null) {
                return List.of();
            } else if (!numeric && name != null && !nameShared) {
                marks.add(CitationParts.Mark.name(key, name));
            } else if (!numeric && year != null && !yearShared) {
                marks.add(CitationParts.Mark.year(key, year));
            } else if (!numeric && when != null && !whenShared) {
                // "(Novak, 2019, in press, n.d.)": the one work of its status, the one undated
                marks.add(when.equals(YearSuffixes.UNDATED) ? CitationParts.Mark.noDate(key) : CitationParts.Mark.status(key, status(when), null));
            } else if (!numeric && year != null && name != null && !formatted.delimiter().isBlank()) {
                marks.add(namesAndYear(key, items.get(key), name, String.valueOf(year), formatted.delimiter(), text));
            } else {
                return List.of();
            }
        }
        return marks;
    }

    /** Each cited source's id with its first author's (or editor's) family name as its cites print it, for {@link LinkedPartsCheck}. */
    private static Map<String, String> surnames(List<CiteItem> written, Map<String, CSLItemData> items, Map<String, String> ids) {
        Map<String, String> surnames = new java.util.HashMap<>();
        for (CiteItem item : written) {
            CSLItemData data = items.get(item.key());
            boolean named = data != null && (named(data.getAuthor()).length > 0 || named(data.getEditor()).length > 0);
            String name = named ? mark(data) : null;   // a title the style may shorten is no evidence either way
            if (name != null && !name.isBlank()) {
                surnames.put(ids.get(item.key()), name);
            }
        }
        return surnames;
    }

    /** The ids of the sources a citation prints without their author: "-@key", or all in a narrative citation. */
    private static Set<String> suppressed(List<CiteItem> written, boolean narrative, Map<String, String> ids) {
        Set<String> suppressed = new HashSet<>();
        written.stream().filter(item -> narrative || item.suppressAuthor()).forEach(item -> suppressed.add(ids.get(item.key())));
        return suppressed;
    }

    /** The status of {@link YearSuffixes#undatedAs}'s "status in press". */
    private static String status(String undatedAs) {
        return undatedAs.substring(YearSuffixes.STATUS.length());
    }

    /** Whether another source of the citation has the same year (or status, or none) and suffix as source {@code i} ("2019a" of another team). */
    private static boolean suffixShared(Processor.Formatted formatted, List<CiteItem> written, List<?> years, int i) {
        String own = years.get(i) + formatted.yearSuffixes().get(written.get(i).key());
        for (int j = 0; j < written.size(); j++) {
            String suffix = formatted.yearSuffixes().get(written.get(j).key());
            if (j != i && suffix != null && own.equals(years.get(j) + suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source's first name and year, with as many of its further names as make them stand once
     * in the citation: teams told apart by the names the style adds ("Kim, Park, &amp; Choi,
     * 2019; Kim, Park, &amp; Jung, 2019"); the first name alone where no number of names does.
     */
    private static CitationParts.Mark namesAndYear(String key, CSLItemData data, String name, String year, String delimiter, String text) {
        CSLName[] all = named(data.getAuthor()).length > 0 ? named(data.getAuthor()) : named(data.getEditor());
        List<String> names = new ArrayList<>(List.of(name));
        for (int n = 1; n < all.length; n++) {
            CitationParts.Mark mark = CitationParts.Mark.namesAndYear(key, names, year, delimiter);
            if (mark.pattern().matcher(text).results().count() == 1) {
                return mark;
            }
            String next = all[n].getFamily() != null ? all[n].getFamily() : all[n].getLiteral();
            if (next == null || next.isBlank()) {
                break;
            }
            names.add(RichText.plain(next));
        }
        CitationParts.Mark mark = CitationParts.Mark.namesAndYear(key, names, year, delimiter);
        return mark.pattern().matcher(text).results().count() == 1 ? mark : CitationParts.Mark.nameAndYear(key, name, year, delimiter);
    }

    /** What a source's part of a citation surely holds: its first author's (or editor's) family name, else its title. */
    private static String mark(CSLItemData data) {
        if (data == null) {
            return null;
        }
        CSLName[] names = named(data.getAuthor()).length > 0 ? named(data.getAuthor()) : named(data.getEditor());
        if (names.length > 0) {
            return RichText.plain(names[0].getFamily() != null ? names[0].getFamily() : names[0].getLiteral() == null ? "" : names[0].getLiteral());
        }
        return data.getTitle() == null ? null : RichText.plain(data.getTitle());
    }

    /** A note starts with a capital ("Ibid.", "See"), as citeproc-js and pandoc set it; a citation inside a note's sentence does not. */
    /**
     * Refuses the article when it cites a key the bibliography lacks, naming each such key with
     * its line (the first with a did-you-mean), so one build tells the author every slip.
     */
    private static void refuseUnknownKeys(Article article, List<Citation> reading, Map<String, CSLItemData> items) throws ReportException {
        Map<String, Integer> unknown = new LinkedHashMap<>();
        reading.stream().sorted(java.util.Comparator.comparingInt(Citation::line)).forEach(citation -> citation.items().stream()
                .map(CiteItem::key).filter(key -> !items.containsKey(key)).forEach(key -> unknown.putIfAbsent(key, citation.line())));
        if (unknown.isEmpty()) {
            return;
        }
        Map.Entry<String, Integer> first = unknown.entrySet().iterator().next();
        String hint = Suggest.closest(first.getKey(), items.keySet()).map(k -> "; did you mean @" + k + "?")
                .orElse("; add it to " + String.join(" or ", article.bibliography()));
        StringBuilder others = new StringBuilder();
        unknown.entrySet().stream().skip(1).forEach(e -> others.append(others.length() == 0 ? "; also unknown: " : ", ")
                .append('@').append(e.getKey()).append(" (line ").append(e.getValue()).append(')'));
        throw new ReportException(article.source(), first.getValue(), "unknown citation key @" + first.getKey()
                + " (no such entry in the bibliography)" + hint + others);
    }

    private static String capitalised(String html) {
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag && !Character.isWhitespace(c) && !FieldBounds.isMark(c)) {
                return Character.isLowerCase(c) ? html.substring(0, i) + Character.toUpperCase(c) + html.substring(i + 1) : html;
            }
        }
        return html;
    }

    /** An XML id for each cited key, unique among them. */
    private static Map<String, String> ids(Set<String> keys) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String key : keys) {
            String base = "ref-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(key, id);
        }
        return ids;
    }

    /**
     * An author's prefix that starts with an opening bracket, or suffix that ends with a closing
     * one, with {@link Processor#AFFIX_GUARD} on that side, which keeps citeproc-java from merging
     * it with the layout's bracket next to it ("((see) Dunn, 2004)" printed "(see) Dunn, 2004)").
     */
    private static String guarded(String affix, boolean prefix) {
        if (affix.isEmpty()) {
            return affix;
        }
        int type = Character.getType(prefix ? affix.codePointAt(0) : affix.codePointBefore(affix.length()));
        if (prefix && type == Character.START_PUNCTUATION) {
            return Processor.AFFIX_GUARD + affix;
        }
        return !prefix && type == Character.END_PUNCTUATION ? affix + Processor.AFFIX_GUARD : affix;
    }

    /** What citeproc-java looks past at a prefix's end before it reads its last character. */
    private static final Pattern IGNORED_END = Pattern.compile("[\\p{Space}\\p{Pf}\"']+$");

    /**
     * A prefix with the space its author typed before the key ({@code [see— @lee]}): citeproc-java
     * gives a prefix a space only where it ends (past closing quotes) in a letter, a digit or
     * ":.,;!?)]&", so "see—Lee", "50%Lee", "“see”ibid." and, as a prefix in emphasis ends in a
     * mark, "(seeLee" lost it. Where citeproc-java gives none, the prefix brings its own.
     */
    private static String spacedPrefix(String prefix) {
        String looked = IGNORED_END.matcher(prefix).replaceAll("");
        char last = looked.isEmpty() ? ' ' : looked.charAt(looked.length() - 1);
        return Character.isLetterOrDigit(last) || ":.,;!?)]&".indexOf(last) >= 0 ? prefix : prefix + " ";
    }

    /**
     * Gives each source the number of the note that first cites it, CSL's
     * first-reference-note-number, which citeproc-java reads from the item and never works out:
     * a law style's later note printed "Novak, supra note at 4" for "supra note 1, at 4" (Bluebook,
     * OSCOLA's "(n 1)"). A source's copies (its author suppressed, its initials added) share it.
     * A citation that may float with its figure (in a caption, or in a note a caption calls) is
     * not counted: the text's notes are made as if it were not there, so the text cites the source
     * in full again, and that later note is the one "supra" names.
     */
    private static void firstReferenceNotes(Map<String, CSLItemData> cited, List<CSLCitation> csl, List<Citation> reading,
                                            int[] noteNumbers) {
        Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < reading.size(); i++) {
            int number = noteNumbers[reading.get(i).index()];
            for (CSLCitationItem item : csl.get(i).getCitationItems()) {
                if (number > 0 && !reading.get(i).movable()) {
                    first.putIfAbsent(Processor.sourceKey(item.getId()), number);
                }
            }
        }
        cited.replaceAll((id, data) -> first.containsKey(Processor.sourceKey(id))
                ? new CSLItemDataBuilder(data).firstReferenceNoteNumber(String.valueOf(first.get(Processor.sourceKey(id)))).build() : data);
    }
}
