package org.imprint.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.imprint.BuildRequest;
import org.imprint.PdfProfile;
import org.imprint.Problem;
import org.imprint.ReportException;
import org.imprint.brand.Brand;
import org.imprint.brand.FontFace;
import org.imprint.fonts.ComplexScripts;
import org.imprint.fonts.EmojiSequences;
import org.imprint.fonts.FontService;
import org.imprint.fonts.GlyphCoverage;
import org.imprint.layout.LayoutModel;
import org.imprint.layout.Layouts;
import org.imprint.layout.PageGeometry;
import org.imprint.markdown.ListNumbering;
import org.imprint.markdown.NoteChecks;
import org.imprint.markdown.NoteStyle;
import org.imprint.model.Publication;
import org.imprint.write.OutputWriter;
import org.imprint.write.Registry;

/**
 * The {@code pdf} format: renders the brand's {@code layouts/pdf.ftlh} with {@code styles/print.css}
 * and lays it out with the engine the request or the brand names, after checking that the engine
 * can do what the profile and the brand's fonts need.
 */
public final class PdfOutput implements OutputWriter {

    /** The engine a brand gets when it names none. */
    public static final String DEFAULT_ENGINE = "pdfbox";

    private final Layouts layouts;
    private final FontService fonts;
    private final Registry<PdfEngine> engines;

    public PdfOutput(Layouts layouts, FontService fonts, Registry<PdfEngine> engines) {
        this.layouts = layouts;
        this.fonts = fonts;
        this.engines = engines;
    }

    @Override
    public String name() {
        return "pdf";
    }

    /** {@code <slug>.pdf}; the print profile's {@code print/<slug>.pdf}, which no slug can collide with. */
    @Override
    public String fileName(String slug, BuildRequest request) {
        return (request.profile() == PdfProfile.PRINT ? "print/" : "") + slug + ".pdf";
    }

    @Override
    public void write(Publication publication, BuildRequest request, OutputStream out) throws ReportException, IOException {
        ArticleScripts scripts = ArticleScripts.of(publication.article());
        write(publication, scripts, publication.parts(), request.profile(), request.engine(), request.warnings(), out);
        warnUnshaped(publication, scripts, request.warnings());
    }

    /**
     * openhtmltopdf draws each character with the glyph the font's character map gives: Arabic
     * script is joined by presentation forms ({@link ArabicShaper}), Hebrew needs no more, and
     * Devanagari, Bengali and Thai are shaped after layout ({@link IndicShaping}). The text of any
     * other script that needs shaping (a brand may add a Tamil, Khmer or Syriac face) prints with
     * every letter and comes back from the PDF's text, but unjoined, without conjuncts and with
     * vowel signs where they are typed: the build says so, for the scripts the brand's fonts print
     * at all (a script printed as {@code #} is warned of by {@link GlyphCoverage}, and to call its
     * #s "without conjuncts" would contradict that warning).
     */
    private void warnUnshaped(Publication publication, ArticleScripts scripts, Consumer<Problem> warnings) {
        GlyphCoverage coverage = new GlyphCoverage(fonts);
        scripts.shaped().forEach((script, first) -> {
            if (script != Character.UnicodeScript.ARABIC && script != Character.UnicodeScript.HEBREW
                    && !IndicShaping.SCRIPTS.contains(script) && coverage.prints(first[0], publication.brand())) {
                warnings.accept(Problem.warning(publication.article().source(), first[1], ComplexScripts.name(script)
                        + " text is printed in the PDF without the font's shaping (GSUB/GPOS): letters are not joined"
                        + " or combined into conjuncts, and vowel signs stand where they are typed; the e-book is shaped"
                        + " by the reading system and is right"));
            }
        });
    }

    /**
     * The first part alone (the cover), as a screen PDF with the brand's engine: what the e-book's
     * cover picture is made from when no PDF of the report is written.
     */
    public byte[] cover(Publication publication) throws ReportException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
        // the brand's engine, else one that can set the brand's fonts: a brand of CFF fonts built with
        // --engine openpdf was refused here, for the cover picture, as the pdfbox engine cannot embed them
        Set<PdfCapability> needs = needs(publication, PdfProfile.SCREEN);
        String engine = engine(publication.brand(), null).capabilities().containsAll(needs) ? null
                : engines.names().stream().filter(n -> engines.find(n).capabilities().containsAll(needs)).findFirst().orElse(null);
        write(publication, ArticleScripts.of(publication.article()), publication.parts().subList(0, 1), PdfProfile.SCREEN, engine, p -> { }, bytes);
        return bytes.toByteArray();
    }

    private void write(Publication publication, ArticleScripts scripts, List<String> parts, PdfProfile profile, String requested,
                       Consumer<Problem> warnings, OutputStream out)
            throws ReportException, IOException {
        Brand brand = publication.brand();
        PdfEngine engine = engine(brand, requested);
        // a problem of the engine is the brand's when the brand chose it
        Path blame = requested != null ? publication.article().source() : null;
        require(engine, needs(publication, profile), brand, blame);
        // Notes at the page foot unless the brand asks for endnotes (FootnoteTags makes them
        // PDF/UA in the tagged PDF); an engine without float: footnote sets endnotes.
        boolean pageFoot = brand.notes() == NoteStyle.PAGE_FOOT && engine.capabilities().contains(PdfCapability.PAGE_FOOT_NOTES);
        // A note holding a table, a rule, an image or a quoted list cannot stand at the page foot (NoteChecks.unfitForPageFoot):
        // this PDF alone sets its notes as endnotes, one series as in the e-book, which keeps the block
        NoteChecks.Unfit unfit = pageFoot ? publication.markup().unfitForPageFoot(publication.article().bodyLine()) : null;
        if (unfit != null) {
            warnings.accept(Problem.warning(publication.article().source(), unfit.line(), NoteChecks.endnotesBecause(unfit.what())));
            pageFoot = false;
        }
        if (pageFoot) {
            try {
                write(publication, scripts, parts, profile, engine, NoteStyle.PAGE_FOOT, out);
                return;
            } catch (NotesOffTheirPage e) {
                // nothing is written yet: the whole document takes endnotes, so that its notes stay one series
                warnings.accept(Problem.warning(publication.article().source(), firstLine(publication, e.notes()),
                        "the PDF sets the notes as endnotes:"
                        + " page-foot notes would not stand at the foot of the page that calls them ("
                        + e.notes().stream().map(Object::toString).collect(Collectors.joining("; "))
                        + "); shorten the long notes, or call them away from figures and tables"));
            }
        }
        write(publication, scripts, parts, profile, engine, NoteStyle.ENDNOTES, out);
    }

    /** The article's line of the first note that would not stand at its page foot; 0 when unknown. */
    private static int firstLine(Publication publication, List<PageFootNoteCheck.Misplaced> notes) {
        try {
            return publication.markup().noteLine(Integer.parseInt(notes.get(0).number()), publication.article().bodyLine());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Lays the document out and writes it with its notes set in the given style. */
    private void write(Publication publication, ArticleScripts scripts, List<String> parts, PdfProfile profile, PdfEngine engine,
                       NoteStyle notes, OutputStream out) throws ReportException, IOException {
        Brand brand = publication.brand();
        Map<String, Object> data = LayoutModel.of(publication, notes, "pdf");
        PageGeometry page = PageGeometry.of(brand, profile);
        data.put("parts", parts);
        data.put("page", page.toModel());
        data.put("profile", profile.name().toLowerCase(Locale.ROOT));
        data.put("engine", engine.name());
        String html = layouts.of(brand).render("layouts/pdf.ftlh", "styles/print.css", data);
        if (!engine.capabilities().contains(PdfCapability.COMPLEX_SCRIPTS)) {
            refuseComplexScripts(engine, publication, scripts, html);
        }
        if (!engine.capabilities().contains(PdfCapability.LIST_NUMBER_ROOM)) {
            refuseWideListNumbers(engine, publication, html);
        }
        if (!engine.capabilities().contains(PdfCapability.EMOJI_SEQUENCES)) {
            refuseEmojiSequences(engine, publication, scripts, html);
        }
        refuseUnjoinedSvgText(publication, html);
        try {
            engine.write(html, publication.resources(), brand.fonts(), PdfMetadata.of(publication.metadata()),
                    PdfOptions.of(profile, page.bleed()).withHyphenation(brand.hyphenation()).withNoteLabel(brand.label("note"))
                            .withScriptFamilies(brand.scriptFamilies()), out);
        } catch (ReportException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof UndrawnSvgFigure undrawn) {
                    throw new ReportException(publication.article().source(), lineOf(publication, undrawn.href()), undrawn.getMessage(),
                            undrawn);
                }
            }
            throw e;
        }
    }

    /** The article's line where the figure whose image is at {@code href} stands; 0 when none does. */
    private static int lineOf(Publication publication, String href) {
        return publication.figures().stream().filter(f -> f.href().equals(href)).mapToInt(f -> f.line()).findFirst().orElse(0);
    }

    /**
     * Refuses text the engine would set wrong: right-to-left text drawn left to right with
     * unjoined letters, or Indic and Thai text without its font's shaping. The article's line is
     * named when the text is the article's (else it came from the brand's words).
     */
    private void refuseComplexScripts(PdfEngine engine, Publication publication, ArticleScripts scripts, String html)
            throws ReportException {
        Path source = publication.article().source();
        int[] found = scripts.firstComplex();
        if (found == null) {
            found = firstComplex(org.jsoup.Jsoup.parse(html).text());
            if (found == null) {
                return;
            }
            found[1] = 0;
        }
        List<String> able = engines.names().stream()
                .filter(n -> engines.find(n).capabilities().contains(PdfCapability.COMPLEX_SCRIPTS)).toList();
        String script = ComplexScripts.name(ComplexScripts.script(found[0]));
        String character = String.format("U+%04X ", found[0]) + new String(Character.toChars(found[0]));
        // an engine that shapes the script still prints # for a character no font of the brand has
        // (the build warned so): it is no way out then (h19ab H10)
        boolean printable = new GlyphCoverage(fonts).prints(found[0], publication.brand());
        String fix = "it has no " + PdfCapability.COMPLEX_SCRIPTS.description()
                + (!printable ? "; nor has any font of brand " + publication.brand().name() + " this character, which"
                        + " every engine would print as #: add a font that has it to fonts: in the brand's brand.yaml,"
                        + " or write the text another way"
                        : able.isEmpty() ? "" : "; build with --engine " + String.join(" or --engine ", able));
        if (found[1] > 0) {
            throw new ReportException(source, found[1], "the " + engine.name() + " engine cannot set " + script
                    + " text (" + character + "): " + fix);
        }
        // not the article's text: the words the brand's layout adds (its date and labels in the article's language)
        throw new ReportException(source, 0, brandWords(publication) + " need " + script + " letters (" + character
                + "), which the " + engine.name() + " engine cannot set: " + fix);
    }

    /**
     * Refuses an emoji sequence (👍🏻, 🇵🇰, 👨‍👩‍👧‍👦) the engine would print with pieces missing or
     * out of the column, at its line of the article, or as the bibliography's or brand's words
     * when the article has none.
     */
    private void refuseEmojiSequences(PdfEngine engine, Publication publication, ArticleScripts scripts, String html)
            throws ReportException {
        Map<Integer, Set<String>> found = scripts.emojiSequences().isEmpty()
                ? Map.of(0, EmojiSequences.in(org.jsoup.Jsoup.parse(html).text()).values().stream()
                        .flatMap(Set::stream).limit(1).collect(Collectors.toSet()))
                : scripts.emojiSequences();
        Map.Entry<Integer, Set<String>> first = found.entrySet().iterator().next();
        if (first.getValue().isEmpty()) {
            return;
        }
        List<String> able = engines.names().stream()
                .filter(n -> engines.find(n).capabilities().contains(PdfCapability.EMOJI_SEQUENCES)).toList();
        throw new ReportException(publication.article().source(), first.getKey(), "the " + engine.name()
                + " engine cannot print the emoji sequence " + first.getValue().iterator().next() + " (it drops or misplaces"
                + " the pieces of skin tones, flags and joined emoji); "
                + (able.isEmpty() ? "" : "build with --engine " + String.join(" or --engine ", able)
                        + ", which prints a sequence's emoji side by side, or ")
                + "write the emoji one by one, or in words");
    }

    /**
     * Refuses a list whose widest marker is wider than two digits ("100.", "-10.", "VIII."): an
     * engine without {@link PdfCapability#LIST_NUMBER_ROOM} draws it into the list's padding,
     * made for two, and the page's clip cuts it at the column's edge ("100." seen as "00.",
     * "VIII." as "/III."; "99." and "VII." fit).
     */
    private void refuseWideListNumbers(PdfEngine engine, Publication publication, String html) throws ReportException {
        for (org.jsoup.nodes.Element list : org.jsoup.Jsoup.parse(html).select("ol")) {
            String type = list.attr("type");
            String widest = ListNumbering.of(list).stream().map(n -> ListNumbering.label(n, type))
                    .max(Comparator.comparingDouble(PdfOutput::ems)).orElse("1");
            if (ems(widest) > TWO_DIGITS) {
                List<String> able = engines.names().stream()
                        .filter(n -> engines.find(n).capabilities().contains(PdfCapability.LIST_NUMBER_ROOM)).toList();
                String fix = able.isEmpty() ? "" : "; build with --engine " + String.join(" or --engine ", able);
                String room = "the " + engine.name() + " engine has no " + PdfCapability.LIST_NUMBER_ROOM.description() + ": ";
                int note = firstWideNote(list, type);
                if (note > 0) {
                    // the list of endnotes: its first item's text is a note's ("Note 1. ↑"), not a list the author wrote
                    throw new ReportException(publication.article().source(),
                            publication.markup().noteLine(note, publication.article().bodyLine()), room + "the report has "
                            + list.children().size() + " notes, and the number of note " + note + " (\"" + ListNumbering.label(note, type)
                            + ".\") and of those after it would be cut at the column's edge"
                            + (able.isEmpty() ? "; keep to " + (note - 1) + " notes" : fix + ", or keep to " + (note - 1) + " notes"));
                }
                String first = list.children().isEmpty() ? "" : list.child(0).text();
                throw new ReportException(publication.article().source(), 0, room + "the number \"" + widest
                        + ".\" of the list that begins \"" + (first.length() > 40 ? first.substring(0, 40) + "…" : first)
                        + "\" would be cut at the column's edge" + fix);
            }
        }
    }

    /**
     * The number of the first note whose number is too wide, when {@code list} is the list of
     * endnotes (its items are {@code fn-N}); 0 for any other list.
     */
    private static int firstWideNote(org.jsoup.nodes.Element list, String type) {
        if (list.parent() == null || !list.parent().hasClass("endnotes")) {
            return 0;
        }
        for (org.jsoup.nodes.Element item : list.children()) {
            if (item.id().matches("fn-[0-9]+")) {
                int number = Integer.parseInt(item.id().substring(3));
                if (ems(ListNumbering.label(number, type)) > TWO_DIGITS) {
                    return number;
                }
            }
        }
        return 0;
    }

    /** The width of two digits and a little, in {@link #ems}: the most a list's padding holds ("VII" and "viii" fit, "VIII" and "XX" not). */
    private static final double TWO_DIGITS = 1.41;

    /**
     * About how wide a marker's label is set in a serif text face, in ems: digits half an em,
     * letters by their usual widths (a narrow "i", a wide "M").
     */
    static double ems(String label) {
        double width = 0;
        for (char c : label.toCharArray()) {
            width += Character.isDigit(c) || c == '-' ? 0.5
                    : "iljIJ".indexOf(c) >= 0 ? 0.3
                    : "mwMW".indexOf(c) >= 0 ? 0.9
                    : Character.isUpperCase(c) ? 0.72
                    : 0.5;
        }
        return width;
    }

    /**
     * Where the words round an article come from when they are not the article's: the brand's
     * date and labels in the article's language, from {@code languages.<language>} of its
     * brand.yaml when it has that section, else the language's own date (CLDR's month names).
     */
    private static String brandWords(Publication publication) {
        Brand brand = publication.brand();
        String tag = publication.article().language();
        String primary = tag.split("[-_]")[0].toLowerCase(Locale.ROOT);
        String language = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        Path folder = brand.folder();
        Path file = (folder.getParent() == null ? folder : folder.getParent().getFileName().resolve(folder.getFileName()))
                .resolve("brand.yaml");
        if (brand.profile().get("languages") instanceof Map<?, ?> languages && languages.containsKey(primary)) {
            return "the brand's " + language + " date and labels (" + file + " languages." + primary + ")";
        }
        return "the " + language + " date and words the brand's layout adds (" + file + ", language: " + tag + ")";
    }

    /**
     * Words in an SVG figure or chart are set by {@link TextKeepingSvgDrawer} as they stand, without
     * joining, reordering or direction: right-to-left or shaped scripts would print wrong, so the
     * PDF is refused (the e-book and the web edition show such figures as the reader's browser sets them).
     * Only the figures {@code html} shows count: the e-book's cover picture is a PDF of the cover
     * alone, and refusing it for a chart of the body refused the very e-book the message advised.
     */
    private static void refuseUnjoinedSvgText(Publication publication, String html) throws ReportException {
        for (var image : publication.resources().images()) {
            if (!image.mediaType().equals("image/svg+xml") || !html.contains(image.href())) {
                continue;
            }
            String words = org.jsoup.Jsoup.parse(new String(image.data(), java.nio.charset.StandardCharsets.UTF_8), "",
                    org.jsoup.parser.Parser.xmlParser()).select("text").text();
            // Thai needs no joining, and its marks sit as the font draws them, as in the body text
            // numbers (Arabic-Indic digits and separators too) are set left to right and unjoined;
            // format characters (bidi marks such as U+061C in Arabic numbers) are invisible
            int cp = words.codePoints().filter(c -> Character.getType(c) != Character.FORMAT && !numeric(c))
                    .filter(c -> ComplexScripts.needsShaping(c) && ComplexScripts.script(c) != Character.UnicodeScript.THAI
                    || ComplexScripts.rightToLeft(c)).findFirst().orElse(-1);
            if (cp >= 0) {
                String script = ComplexScripts.name(ComplexScripts.script(cp)) + " script (" + String.format("U+%04X ", cp)
                        + new String(Character.toChars(cp)) + ")";
                boolean chart = image.href().startsWith(org.imprint.markdown.MarkdownRenderer.CHART_FOLDER + "/");
                throw new ReportException(publication.article().source(), lineOf(publication, image.href()),
                        chart ? "the chart's labels (its data's column names or categories) have words in " + script
                                + ", which the PDF's chart drawing cannot set yet (no joining or right-to-left order); name"
                                + " the columns and categories in Latin letters, or build only the e-book and web edition"
                                + " (--format epub,html)"
                        : "figure \"" + image.href() + "\" has words in " + script + ", which the PDF's SVG drawer cannot set"
                                + " (no joining or right-to-left order); turn the figure's text into paths in the drawing"
                                + " program, or write the words in the caption, or build only the e-book and web edition"
                                + " (--format epub,html)");
            }
        }
    }

    /** A digit, or a character whose direction is a number's (separators, signs, per cent): no joining, left to right. */
    private static boolean numeric(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_EUROPEAN_NUMBER,
                    Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR, Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR,
                    Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR -> true;
            default -> Character.isDigit(cp);
        };
    }

    /** The first character of a complex script and its line, or {@code null}. */
    private static int[] firstComplex(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
            } else if (ComplexScripts.needsShaping(cp)) {
                return new int[] {cp, line};
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** The engine asked for, else the brand's, else the default. */
    private PdfEngine engine(Brand brand, String requested) throws ReportException {
        String name = requested != null ? requested
                : brand.profile().get("engine") instanceof String named ? named : DEFAULT_ENGINE;
        PdfEngine engine = engines.find(name.strip().toLowerCase(Locale.ROOT));
        if (engine == null) {
            String message = "unknown engine \"" + name + "\" (use " + String.join(" or ", engines.names()) + ")";
            throw requested != null ? new ReportException(brand.folder(), 0, message) : brand.lines().error("engine", message);
        }
        return engine;
    }

    /** What the profile, the brand's fonts and the report's figures ask of an engine. */
    private Set<PdfCapability> needs(Publication publication, PdfProfile profile) throws IOException {
        Brand brand = publication.brand();
        Set<PdfCapability> needs = EnumSet.noneOf(PdfCapability.class);
        if (publication.resources().images().stream().anyMatch(i -> i.mediaType().equals("image/svg+xml"))) {
            needs.add(PdfCapability.SVG_IMAGES);
        }
        if (profile == PdfProfile.PRINT) {
            needs.add(PdfCapability.PRINT_MARKS);
        }
        for (FontFace face : brand.fonts()) {
            needs.add(fonts.isCff(face.file()) ? PdfCapability.CFF_FONTS : PdfCapability.TRUETYPE_FONTS);
        }
        return needs;
    }

    /** @param blame the file that asked for the engine, or {@code null} when the brand chose it */
    private void require(PdfEngine engine, Set<PdfCapability> needs, Brand brand, Path blame)
            throws ReportException, IOException {
        Set<PdfCapability> missing = EnumSet.noneOf(PdfCapability.class);
        missing.addAll(needs);
        missing.removeAll(engine.capabilities());
        if (missing.isEmpty()) {
            return;
        }
        String lacks = missing.stream().map(PdfCapability::description).collect(Collectors.joining(" and "));
        List<String> able = engines.names().stream()
                .filter(n -> engines.find(n).capabilities().containsAll(needs)).toList();
        String fix = able.isEmpty() ? "no engine can do all of it: use TrueType fonts, or build without --profile print"
                : "build with --engine " + String.join(" or --engine ", able) + ", or set engine: " + able.get(0)
                  + " in the brand profile";
        if (missing.contains(PdfCapability.CFF_FONTS)) {
            String cff = "a font";
            for (FontFace face : brand.fonts()) {
                if (fonts.isCff(face.file())) {
                    cff = face.file().getFileName() + " (" + face.family() + ")";
                    break;
                }
            }
            throw brand.lines().error("fonts", "font " + cff + " has CFF outlines, which the " + engine.name()
                    + " engine cannot embed: " + fix + "; or use a TrueType font");
        }
        String message = "the " + engine.name() + " engine has no " + lacks + ", which this build needs: " + fix;
        throw blame != null ? new ReportException(blame, 0, message) : brand.lines().error("engine", message);
    }
}
