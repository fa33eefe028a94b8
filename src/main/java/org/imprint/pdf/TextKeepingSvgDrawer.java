package org.imprint.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.WeakHashMap;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.CSSUtilities;
import org.apache.batik.bridge.PaintServer;
import org.apache.batik.bridge.TextNode;
import org.apache.batik.bridge.TextUtilities;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.css.engine.SVGCSSEngine;
import org.apache.batik.css.engine.value.Value;
import org.apache.batik.parser.AWTTransformProducer;
import org.apache.batik.parser.ParseException;
import org.imprint.brand.FontFace;
import org.imprint.image.SafeSvg;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.css.CSSPrimitiveValue;
import org.w3c.dom.css.CSSValue;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

/**
 * Draws SVG figures and charts in the PDF as vector graphics whose words stay text: Batik
 * (through openhtmltopdf, with no scripts and nothing fetched) draws the shapes, and each
 * {@code <text>} element is set here instead, with {@link Graphics2D#drawString}, which
 * openhtmltopdf's graphics turn into text in the brand's embedded font, so the words can be found,
 * copied and read aloud. Batik alone would draw them as glyph outlines. Each text is set where
 * Batik reaches it in the drawing ({@link SvgTextSlots}, drawn by {@link InOrderSvgImage}), so
 * shapes drawn after it cover it and the groups' transforms, opacity and clips apply to it.
 *
 * <p>Words are set as plain runs: position ({@code x}, {@code y}, the {@code transform}s around
 * them), size, weight, fill colour and {@code text-anchor}, inherited from groups and {@code style}
 * attributes as SVG inherits them; a {@code tspan} with its own position is a run of its own. Text on
 * paths, letter spacing and per-glyph positions are not kept (no chart and few diagrams use them).
 * A family the brand does not have is set in the brand's sans-serif.
 */
final class TextKeepingSvgDrawer implements SVGDrawer {

    private final BatikSVGDrawer batik = new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
    /** The brand's face files by family (lower case), regular [0] and bold [1]. */
    private final Map<String, Path[]> faces = new HashMap<>();
    /** The family a family the brand lacks is set in: its first sans-serif, else its first. */
    private final String fallback;
    /** The brand's families in its order, where a character the word's own face lacks is looked for. */
    private final List<String> order = new ArrayList<>();
    /** The brand's spelling of each family, as the PDF's font resolver knows it. */
    private final Map<String, String> names = new HashMap<>();
    /** Faces read so far: only those a figure uses are, once per build. */
    private final Map<Path, Font> loaded = new HashMap<>();
    /** The words taken out of each SVG document, should the layout build its image again. */
    private final Map<Element, List<List<Word>>> words = new WeakHashMap<>();
    /** The page's user agent, which openhtmltopdf hands to every drawer. */
    private UserAgentCallback agent;

    /**
     * A run of text to set, in the SVG's user space, then {@code transform}: at {@code x}, {@code y}
     * when given, else where the run before it in the same {@code text} element ended (plus
     * {@code dx}, {@code dy}). A run with its own {@code x} starts a chunk, which
     * {@code text-anchor} aligns as a whole.
     */
    private record Word(String words, Double x, Double y, double dx, double dy, AffineTransform transform, String family,
                        double size, boolean bold, Color fill, String anchor) {
    }

    TextKeepingSvgDrawer(List<FontFace> brandFaces) {
        String sans = null;
        for (FontFace face : brandFaces) {
            if (face.italic() || face.weight() != 400 && face.weight() != 700) {
                continue;
            }
            String family = face.family().toLowerCase(Locale.ROOT);
            Path[] pair = faces.computeIfAbsent(family, k -> new Path[2]);
            int slot = face.weight() == 700 ? 1 : 0;
            if (pair[slot] == null) {
                pair[slot] = face.file();
            }
            if (slot == 0 && !order.contains(family)) {
                order.add(family);
                names.put(family, face.family());
            }
            if (sans == null && family.contains("sans") && slot == 0) {
                sans = family;
            }
        }
        this.fallback = sans != null ? sans : faces.entrySet().stream().filter(e -> e.getValue()[0] != null)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The face of a family (the fallback's when the brand lacks it), read on first use. */
    private Font font(String family, boolean bold) {
        Path[] pair = faces.getOrDefault(family, faces.get(fallback));
        Path file = bold && pair[1] != null ? pair[1] : pair[0] != null ? pair[0] : faces.get(fallback)[0];
        return loaded.computeIfAbsent(file, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, f.toFile());
            } catch (FontFormatException | IOException e) {
                throw new IllegalArgumentException("font " + f.getFileName() + " cannot be read: " + e.getMessage(), e);
            }
        });
    }

    /** The family a word is set in: its own when the brand has it, else the fallback. */
    private String own(String family) {
        return faces.containsKey(family) && faces.get(family)[0] != null ? family : fallback;
    }

    /**
     * The word cut into runs, each in the first of the brand's families that has its characters:
     * the word's own, then the others in the brand's order (its CJK and other scripts' faces).
     * A character no family has stays in the run it falls in (the build warned of it when the
     * report was loaded: {@link org.imprint.fonts.GlyphCoverage#checkFigure}).
     */
    private List<Run> runs(String text, String family, boolean bold, double size, FontRenderContext frc) {
        List<Run> runs = new ArrayList<>();
        String mine = own(family);
        String current = mine;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : -1;
            String needed;
            if (cp < 0) {
                needed = null;
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                // a combining mark goes with the letter it sits on
                needed = current;
            } else if (font(mine, bold).canDisplay(cp)) {
                // spaces too: another script's face may have wide ones
                needed = mine;
            } else {
                needed = order.stream().filter(f -> font(f, bold).canDisplay(cp)).findFirst().orElse(current);
            }
            if (!current.equals(needed) && run.length() > 0) {
                Font font = font(current, bold).deriveFont((float) (size * digitScale(run, mine, current, bold)));
                runs.add(new Run(run.toString(), registered(font, names.get(current), bold),
                        font.getStringBounds(run.toString(), frc).getWidth()));
                run.setLength(0);
            }
            if (cp < 0) {
                break;
            }
            current = needed;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return runs;
    }

    /**
     * How much larger to set another face's digits in a run of the word's own face: Arabic-Indic
     * digits in a Naskh face stand about a fifth lower than the Latin digits of a sans around them
     * (568 against 714 units in Noto), and chart labels of such numbers read as dots. Their height
     * is matched to the own face's digits, by at most 40%; other runs keep their size.
     */
    private double digitScale(CharSequence run, String mine, String other, boolean bold) {
        if (mine.equals(other)) {
            return 1;
        }
        int digit = run.codePoints().filter(c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER && c > '9').findFirst().orElse(-1);
        if (digit < 0) {
            return 1;
        }
        double own = digitHeight(font(mine, bold), '1');
        double theirs = digitHeight(font(other, bold), digit - Character.digit(digit, 10) + 1);
        return own > 0 && theirs > 0 ? Math.max(1, Math.min(1.4, own / theirs)) : 1;
    }

    /** The height of a digit's ink at 1000 units, 0 when the face lacks it. */
    private static double digitHeight(Font face, int digit) {
        if (!face.canDisplay(digit)) {
            return 0;
        }
        return face.deriveFont(1000f).createGlyphVector(VECTOR, new String(Character.toChars(digit))).getVisualBounds().getHeight();
    }

    /**
     * The face as the PDF's graphics must see it: openhtmltopdf maps a Java font to a PDF font by
     * {@link Font#getFamily()} and bold style through the document's font resolver, where the
     * brand's faces are registered under the brand's family names. A face's own name
     * ({@code NanumMyeongjo}) may differ from the brand's ({@code Nanum Myeongjo}); then the text
     * would be drawn as outlines, not text.
     */
    private static Font registered(Font face, String family, boolean bold) {
        return new Font(face) {
            private static final long serialVersionUID = 1L;

            @Override
            public String getFamily() {
                return family;
            }

            @Override
            public String getFamily(Locale locale) {
                return family;
            }

            @Override
            public int getStyle() {
                return bold ? BOLD : PLAIN;
            }
        };
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double width, double height, double dotsPerPixel) {
        List<List<Word>> texts = words.computeIfAbsent(svg, root -> fallback == null ? List.of() : takeWords(root));
        SvgTextSlots slots = new SvgTextSlots(new SvgTextSlots.Painter() {
            @Override
            public void paint(Graphics2D g, int text) {
                setWords(g, texts.get(text));
            }

            @Override
            public Rectangle2D bounds(int text) {
                return extent(texts.get(text));
            }
        });
        return new InOrderSvgImage(svg, box, css, width, height, dotsPerPixel, batik.fontResolver, agent, slots);
    }

    /** The FontRenderContext of a PDF's graphics: no device pixels, fractional advances. */
    private static final FontRenderContext VECTOR = new FontRenderContext(null, true, true);

    /**
     * Sets one text's runs, in the text's user space (Batik's graphics carry the transforms, opacity
     * and clips of the groups around it): x and y, else where the run before ended, plus dx and dy;
     * {@code text-anchor} places each chunk (a run with its own x starts one).
     */
    private void setWords(Graphics2D g, List<Word> taken) {
        AffineTransform before = g.getTransform();
        layOut(taken, g.getFontRenderContext(), (word, x, y, cut) -> {
            if (word.fill().getAlpha() > 0) {
                g.setTransform(before);
                g.transform(word.transform());
                g.setColor(word.fill());
                double pen = x;
                for (Run run : cut) {
                    g.setFont(run.font());
                    g.drawString(run.text(), (float) pen, (float) y);
                    pen += run.advance();
                }
            }
        });
        g.setTransform(before);
    }

    /** A box around one text's words, in its user space. */
    private Rectangle2D extent(List<Word> taken) {
        Rectangle2D[] box = {null};
        layOut(taken, VECTOR, (word, x, y, cut) -> {
            double advance = cut.stream().mapToDouble(Run::advance).sum();
            Rectangle2D r = word.transform().createTransformedShape(
                    new Rectangle2D.Double(x, y - word.size(), Math.max(advance, 1), word.size() * 1.3)).getBounds2D();
            if (box[0] == null) {
                box[0] = r;
            } else {
                box[0].add(r);
            }
        });
        return box[0] != null ? box[0] : new Rectangle2D.Double();
    }

    /** Where each run of a text starts. */
    private interface Placed {
        void at(Word word, double x, double y, List<Run> runs);
    }

    private void layOut(List<Word> taken, FontRenderContext frc, Placed placed) {
        List<List<Run>> runs = new ArrayList<>();
        double[] advance = new double[taken.size()];
        for (int i = 0; i < taken.size(); i++) {
            Word word = taken.get(i);
            List<Run> cut = runs(word.words(), word.family(), word.bold(), word.size(), frc);
            runs.add(cut);
            advance[i] = cut.stream().mapToDouble(Run::advance).sum();
        }
        double penX = 0;
        double penY = 0;
        double shift = 0;
        for (int i = 0; i < taken.size(); i++) {
            Word word = taken.get(i);
            penX = word.x() != null ? word.x() : penX;
            penY = word.y() != null ? word.y() : penY;
            penX += word.dx();
            penY += word.dy();
            if (i == 0 || word.x() != null) {
                // a new chunk: text-anchor places all of it, up to the next run with its own x
                double chunk = advance[i];
                for (int j = i + 1; j < taken.size() && taken.get(j).x() == null; j++) {
                    chunk += advance[j] + taken.get(j).dx();
                }
                shift = switch (word.anchor()) {
                    case "middle" -> -chunk / 2;
                    case "end" -> -chunk;
                    default -> 0;
                };
            }
            placed.at(word, penX + shift, penY, runs.get(i));
            penX += advance[i];
        }
    }

    /** Text in one face, as the PDF's graphics must see it, and how far it moves the pen. */
    private record Run(String text, Font font, double advance) {
    }

    /**
     * Takes the words out of the document, each text this drawer sets replaced by its slot
     * ({@link SvgTextSlots}), so Batik draws the shapes and the words where the text stood. Their
     * style is what Batik's CSS engine computes for them, so style sheets ({@code <style>} with
     * class, id and element selectors), {@code style} attributes, presentation attributes and
     * inheritance all count as they do for the shapes.
     *
     * @return the runs of each text taken, by its slot's number
     */
    private List<List<Word>> takeWords(Element root) {
        List<Element> texts = new ArrayList<>();
        collect(root, "text", texts);
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Element> styled = new ArrayList<>();
        collect(styledCopy(root), "text", styled);
        Set<String> referenced = referencedIds(root);
        List<List<Word>> found = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) {
            Element text = styled.get(t);
            if (!plain(text, referenced)) {
                // Batik draws it, as it would be drawn (outlines), or not at all when it is not rendered
                continue;
            }
            List<Word> runs = new ArrayList<>();
            double[] pending = {Double.NaN, Double.NaN, 0, 0};
            take(text, ownTransform(text), pending, runs);
            if (!preserved(text)) {
                trimEnds(runs);
            }
            Element original = texts.get(t);
            original.getParentNode().replaceChild(SvgTextSlots.slot(original.getOwnerDocument(), found.size()), original);
            found.add(List.copyOf(runs));
        }
        return List.copyOf(found);
    }

    /**
     * Whether a text is drawn plainly, where it stands, and so may be set here: only in groups and
     * links up to the root (not in {@code defs}, {@code symbol}, {@code clipPath}, {@code mask},
     * {@code pattern}, {@code marker}, {@code switch} or a nested {@code svg}, which Batik draws
     * elsewhere, only once chosen, or not at all); not referred to by a {@code use}, with itself or
     * a group around it (taking it out would leave the reference dangling and blank the figure);
     * shown (no {@code display: none} or hidden visibility above it); filled with a plain colour and
     * not stroked, clipped, masked or filtered; not on a path. Any other text is left to Batik, which
     * draws it as the drawing has it, in outlines.
     */
    private static boolean plain(Element text, Set<String> referenced) {
        return outlineReason(text, referenced) == null;
    }

    /** Not drawn at all: not a reason to name. */
    static final String NOT_DRAWN = "";

    /**
     * Why Batik, not this drawer, draws a text (in outlines, so it cannot be found or read aloud
     * in the PDF), in words; {@link #NOT_DRAWN} when it is not drawn at all (hidden, or in a part
     * never drawn where it stands and not reused); {@code null} when it is plain (see {@link #plain}).
     */
    static String outlineReason(Element text, Set<String> referenced) {
        String elsewhere = null;
        for (Node n = text; n instanceof Element e; n = n.getParentNode()) {
            boolean root = n.getParentNode() instanceof Document;
            String name = e.getLocalName();
            if (e.hasAttribute("id") && referenced.contains(e.getAttribute("id"))) {
                return "reused (<use>)";
            }
            if (hidden(e)) {
                return NOT_DRAWN;
            }
            if (n != text && !root && !"g".equals(name) && !"a".equals(name) && elsewhere == null) {
                elsewhere = name;
            }
            if (hiddenOrEffect(e) && elsewhere == null) {
                elsewhere = "clip";
            }
            if (root) {
                break;
            }
        }
        if (elsewhere != null) {
            return switch (elsewhere) {
                case "svg" -> "in a nested <svg>";
                case "switch" -> "in a <switch>";
                case "clip" -> "clipped, masked or filtered";
                default -> NOT_DRAWN; // defs, symbol, clipPath, mask, pattern, marker: drawn only where reused
            };
        }
        if (!descendants(text, "textPath").isEmpty() || !descendants(text, "tref").isEmpty()) {
            return "on a path";
        }
        List<Element> parts = new ArrayList<>(List.of(text));
        parts.addAll(descendants(text, "tspan"));
        parts.addAll(descendants(text, "a"));
        for (Element part : parts) {
            if (!plainPaint(CSSUtilities.getComputedStyle(part, SVGCSSEngine.FILL_INDEX), true)) {
                return "filled with a gradient or pattern";
            }
            if (!plainPaint(CSSUtilities.getComputedStyle(part, SVGCSSEngine.STROKE_INDEX), false)) {
                return "outlined (stroked)";
            }
            if (hiddenOrEffect(part)) {
                return hidden(part) ? NOT_DRAWN : "clipped, masked or filtered";
            }
        }
        return null;
    }

    /**
     * Why texts of a cleaned SVG drawing are drawn in the PDF as outlines, not text, in words, each
     * once, in document order: what the build warns of, since such words cannot be found, copied
     * or read aloud in the PDF.
     */
    static List<String> outlinedText(Element root) {
        List<Element> styled = new ArrayList<>();
        Element copy = styledCopy(root);
        collect(copy, "text", styled);
        Set<String> referenced = referencedIds(copy);
        java.util.LinkedHashSet<String> reasons = new java.util.LinkedHashSet<>();
        for (Element text : styled) {
            String reason = outlineReason(text, referenced);
            if (reason != null && !reason.equals(NOT_DRAWN)) {
                reasons.add(reason);
            }
        }
        return List.copyOf(reasons);
    }

    /** A colour (or, for a fill, none); a stroke must be none. */
    private static boolean plainPaint(Value paint, boolean fill) {
        if (paint.getCssValueType() != CSSValue.CSS_PRIMITIVE_VALUE) {
            return false;
        }
        if (paint.getPrimitiveType() == CSSPrimitiveValue.CSS_IDENT) {
            return "none".equals(paint.getStringValue());
        }
        return fill && paint.getPrimitiveType() == CSSPrimitiveValue.CSS_RGBCOLOR;
    }

    /** Not displayed, hidden, or drawn through a clip, mask or filter. */
    private static boolean hiddenOrEffect(Element e) {
        if (hidden(e)) {
            return true;
        }
        for (int index : new int[] {SVGCSSEngine.CLIP_PATH_INDEX, SVGCSSEngine.MASK_INDEX, SVGCSSEngine.FILTER_INDEX}) {
            Value v = CSSUtilities.getComputedStyle(e, index);
            if (v.getPrimitiveType() != CSSPrimitiveValue.CSS_IDENT || !"none".equals(v.getStringValue())) {
                return true;
            }
        }
        return false;
    }

    /** The ids any {@code href} or {@code xlink:href} in the drawing refers to. */
    private static Set<String> referencedIds(Element root) {
        Set<String> ids = new HashSet<>();
        List<Element> all = descendants(root, null);
        for (Element e : all) {
            for (String href : List.of(e.getAttributeNS("http://www.w3.org/1999/xlink", "href"), e.getAttribute("href"))) {
                if (href.strip().startsWith("#")) {
                    ids.add(href.strip().substring(1));
                }
            }
        }
        return ids;
    }

    /** Every element under this one (of this name, or all when null), in document order. */
    private static List<Element> descendants(Element element, String name) {
        List<Element> found = new ArrayList<>();
        org.w3c.dom.NodeList list = element.getElementsByTagNameNS(SafeSvg.SVG_NS, name == null ? "*" : name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** The SVG as a Batik document with its style sheets applied (no scripts run, nothing fetched: it is SafeSvg-clean). */
    private static Element styledCopy(Element svg) {
        Document doc = SVGDOMImplementation.getDOMImplementation().createDocument(SafeSvg.SVG_NS, "svg", null);
        doc.replaceChild(doc.importNode(svg, true), doc.getDocumentElement());
        // initializeDocument is where Batik gives a document its CSS engine
        new BridgeContext(new UserAgentAdapter()) {
            {
                setDocument(doc);
                initializeDocument(doc);
            }
        };
        return doc.getDocumentElement();
    }

    /** The runs of a text or tspan element, in order, each with the element's computed style. */
    private void take(Element element, AffineTransform transform, double[] pending, List<Word> into) {
        // x, y, dx, dy: only the first of a list is kept (per-glyph positions are not)
        if (element.hasAttribute("x")) {
            pending[0] = first(element.getAttribute("x"), 0);
        }
        if (element.hasAttribute("y")) {
            pending[1] = first(element.getAttribute("y"), 0);
        }
        pending[2] += relative(element, "dx");
        pending[3] += relative(element, "dy");
        if (hidden(element)) {
            return;
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                String name = child.getLocalName();
                if ("tspan".equals(name) || "a".equals(name)) {
                    // baseline-shift moves only the span's own words (super- and subscripts): the words after it return
                    double shift = baselineShift(child, TextUtilities.convertFontSize(element));
                    pending[3] += shift;
                    take(child, transform, pending, into);
                    pending[3] -= shift;
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String words;
                if (preserved(element)) {
                    // xml:space="preserve": each line break and tab a space, every space kept
                    words = n.getNodeValue().replaceAll("[\t\n\r]", " ");
                } else {
                    // xml:space="default": line breaks and tabs are spaces, runs of spaces one
                    words = n.getNodeValue().replaceAll("[\t\n\r ]+", " ");
                    boolean afterSpace = into.isEmpty() || into.get(into.size() - 1).words().endsWith(" ");
                    if (afterSpace && words.startsWith(" ")) {
                        words = words.substring(1);
                    }
                }
                if (words.isEmpty()) {
                    continue;
                }
                into.add(word(element, words, transform, pending));
                pending[0] = Double.NaN;
                pending[1] = Double.NaN;
                pending[2] = 0;
                pending[3] = 0;
            }
        }
    }

    private Word word(Element element, String words, AffineTransform transform, double[] pending) {
        String family = "";
        Value families = CSSUtilities.getComputedStyle(element, SVGCSSEngine.FONT_FAMILY_INDEX);
        for (int i = 0; i < families.getLength(); i++) {
            String name = families.item(i).getStringValue().toLowerCase(Locale.ROOT);
            if (faces.containsKey(name)) {
                family = name;
                break;
            }
        }
        double size = TextUtilities.convertFontSize(element);
        boolean bold = TextUtilities.convertFontWeight(element) >= TextAttribute.WEIGHT_SEMIBOLD;
        TextNode.Anchor anchored = TextUtilities.convertTextAnchor(element);
        String anchor = anchored == TextNode.Anchor.MIDDLE ? "middle" : anchored == TextNode.Anchor.END ? "end" : "start";
        return new Word(words, Double.isNaN(pending[0]) ? null : pending[0], Double.isNaN(pending[1]) ? null : pending[1],
                pending[2], pending[3], transform, family, size > 0 && size < 1000 ? size : 16, bold, fill(element), anchor);
    }

    /** The text's own transform (Batik's graphics carry those of the groups around it). */
    private static AffineTransform ownTransform(Element text) {
        if (text.hasAttribute("transform")) {
            try {
                return AWTTransformProducer.createAffineTransform(text.getAttribute("transform"));
            } catch (ParseException ex) {
                // Batik ignores a transform it cannot read; so do the words
            }
        }
        return new AffineTransform();
    }

    /** Whether the element is not drawn: display none or visibility hidden, as computed. */
    private static boolean hidden(Element element) {
        return "none".equals(CSSUtilities.getComputedStyle(element, SVGCSSEngine.DISPLAY_INDEX).getStringValue())
                || !"visible".equals(CSSUtilities.getComputedStyle(element, SVGCSSEngine.VISIBILITY_INDEX).getStringValue());
    }

    /** The fill as a colour with its opacity; a gradient or pattern fill sets the words in its fallback, else black. */
    private static Color fill(Element element) {
        Value fill = CSSUtilities.getComputedStyle(element, SVGCSSEngine.FILL_INDEX);
        float opacity = PaintServer.convertOpacity(CSSUtilities.getComputedStyle(element, SVGCSSEngine.FILL_OPACITY_INDEX));
        // opacity is not inherited: the text's own counts here, the groups' Batik applies to all they hold
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            opacity *= PaintServer.convertOpacity(CSSUtilities.getComputedStyle(e, SVGCSSEngine.OPACITY_INDEX));
            if ("text".equals(e.getLocalName())) {
                break;
            }
        }
        if (fill.getCssValueType() == CSSValue.CSS_VALUE_LIST) {
            fill = fill.getLength() > 1 ? fill.item(1) : null;
        }
        if (fill == null || fill.getPrimitiveType() == CSSPrimitiveValue.CSS_IDENT) {
            return fill != null && "none".equals(fill.getStringValue()) ? new Color(0, 0, 0, 0) : Color.BLACK;
        }
        return PaintServer.convertColor(fill, opacity);
    }

    /**
     * Whether the element's spaces are kept: {@code xml:space="preserve"} on it or the nearest
     * element that says, or CSS {@code white-space: pre} in its or a parent's style (as
     * Excalidraw writes for its labels).
     */
    private static boolean preserved(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (e.getAttribute("style").matches("(?is).*white-space\\s*:\\s*(pre|pre-wrap|break-spaces)\\b.*")) {
                return true;
            }
            String space = e.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "space");
            if (space.isEmpty()) {
                space = e.getAttribute("xml:space");
            }
            if (!space.isEmpty()) {
                return space.equals("preserve");
            }
        }
        return false;
    }

    /** The text's runs without the spaces at its end (xml:space="default"). */
    private static void trimEnds(List<Word> runs) {
        if (!runs.isEmpty()) {
            Word last = runs.get(runs.size() - 1);
            runs.set(runs.size() - 1, new Word(last.words().stripTrailing(), last.x(), last.y(), last.dx(), last.dy(),
                    last.transform(), last.family(), last.size(), last.bold(), last.fill(), last.anchor()));
            runs.removeIf(w -> w.words().isEmpty());
        }
    }

    /**
     * A {@code dx} or {@code dy}, with {@code em} as the element's font size; on a {@code text},
     * {@code dy} also takes in its {@code dominant-baseline} (middle and central: the words
     * centred on y, as charts and diagrams label a point), which this drawer otherwise would not.
     */
    private static double relative(Element element, String attribute) {
        String value = element.getAttribute(attribute).strip().split("[\\s,]+")[0];
        double size = TextUtilities.convertFontSize(element);
        double shift = 0;
        if (value.endsWith("em")) {
            shift = first(value.substring(0, value.length() - 2), 0) * size;
        } else {
            shift = first(value, 0);
        }
        if (attribute.equals("dy") && "text".equals(element.getLocalName())) {
            String baseline = element.getAttribute("dominant-baseline").strip();
            String style = element.getAttribute("style");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("dominant-baseline\\s*:\\s*([a-z-]+)").matcher(style);
            if (m.find()) {
                baseline = m.group(1);
            }
            shift += switch (baseline) {
                case "middle", "central" -> 0.35 * size;
                case "hanging", "text-before-edge" -> 0.8 * size;
                default -> 0;
            };
        }
        return shift;
    }

    /**
     * How far down a span's {@code baseline-shift} moves its words, in user units: {@code super}
     * a third of the surrounding size up, {@code sub} a fifth down, a length or percentage (of the
     * surrounding size) up by that much.
     */
    static double baselineShift(Element span, double parentSize) {
        String value = span.getAttribute("baseline-shift").strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("baseline-shift\\s*:\\s*([^;]+)").matcher(span.getAttribute("style"));
        if (m.find()) {
            value = m.group(1).strip();
        }
        if (value.isEmpty() || value.equals("baseline") || value.equals("inherit")) {
            return 0;
        }
        if (value.equals("super")) {
            return -parentSize / 3;
        }
        if (value.equals("sub")) {
            return parentSize / 5;
        }
        if (value.endsWith("%")) {
            return -first(value.substring(0, value.length() - 1), 0) / 100 * parentSize;
        }
        if (value.endsWith("em")) {
            return -first(value.substring(0, value.length() - 2), 0) * parentSize;
        }
        return -first(value, 0);
    }

    private static double first(String list, double otherwise) {
        if (list == null || list.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(list.strip().split("[\\s,]+")[0].replace("px", ""));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }



    private static void collect(Element element, String name, List<Element> into) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (name.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                    into.add(e);
                } else {
                    collect(e, name, into);
                }
            }
        }
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext shared) {
        batik.importFontFaceRules(rules, shared);
    }

    @Override
    public void withUserAgent(UserAgentCallback agent) {
        this.agent = agent;
        batik.withUserAgent(agent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, FontStyle style) throws IOException, FontFormatException {
        batik.addFontFile(file, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        batik.close();
    }
}
