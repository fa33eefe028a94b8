package org.imprint.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.batik.parser.AWTTransformProducer;
import org.apache.batik.parser.ParseException;
import org.imprint.brand.FontFace;
import org.imprint.image.SafeSvg;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.OutputDeviceGraphicsDrawer;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

/**
 * Draws SVG figures and charts in the PDF as vector graphics whose words stay text: Batik
 * (through openhtmltopdf, with no scripts and nothing fetched) draws the shapes, and each
 * {@code <text>} element is set here instead, with {@link Graphics2D#drawString}, which
 * openhtmltopdf's graphics turn into text in the brand's embedded font, so the words can be found,
 * copied and read aloud. Batik alone would draw them as glyph outlines.
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
    private final Map<Element, List<Word>> words = new WeakHashMap<>();

    /** A run of text to set: in the SVG's user space, then {@code transform}. */
    private record Word(String text, double x, double y, AffineTransform transform, String family, double size, boolean bold,
                        Color fill, String anchor) {
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
    private List<String[]> runs(String text, String family, boolean bold) {
        List<String[]> runs = new ArrayList<>();
        String current = own(family);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String mine = own(family);
            String needed;
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                // a combining mark goes with the letter it sits on
                needed = current;
            } else if (font(mine, bold).canDisplay(cp)) {
                // spaces too: another script's face may have wide ones
                needed = mine;
            } else {
                needed = order.stream().filter(f -> font(f, bold).canDisplay(cp)).findFirst().orElse(current);
            }
            if (!needed.equals(current) && run.length() > 0) {
                runs.add(new String[] {current, run.toString()});
                run.setLength(0);
            }
            current = needed;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            runs.add(new String[] {current, run.toString()});
        }
        return runs;
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
        List<Word> taken = words.computeIfAbsent(svg, root -> fallback == null ? List.of() : takeWords(root));
        double[] viewport = viewport(svg);
        SVGImage image = batik.buildSVGImage(svg, box, css, width, height, dotsPerPixel);
        return new SVGImage() {
            @Override
            public int getIntrinsicWidth() {
                return image.getIntrinsicWidth();
            }

            @Override
            public int getIntrinsicHeight() {
                return image.getIntrinsicHeight();
            }

            @Override
            public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
                image.drawSVG(withWords(device, taken, viewport), context, x, y);
            }
        };
    }

    /** The device, with each drawing Batik makes followed by the words. */
    private OutputDevice withWords(OutputDevice device, List<Word> taken, double[] viewport) {
        return (OutputDevice) Proxy.newProxyInstance(OutputDevice.class.getClassLoader(), new Class<?>[] {OutputDevice.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("drawWithGraphics") && args != null && args.length == 5
                            && args[4] instanceof OutputDeviceGraphicsDrawer drawer) {
                        float w = (Float) args[2];
                        float h = (Float) args[3];
                        args = args.clone();
                        args[4] = (OutputDeviceGraphicsDrawer) g -> {
                            drawer.render(g);
                            setWords(g, taken, viewport, w, h);
                        };
                    }
                    try {
                        return method.invoke(device, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void setWords(Graphics2D g, List<Word> taken, double[] viewport, double w, double h) {
        // the viewBox into the drawing's box, as preserveAspectRatio="xMidYMid meet" (the default) has it
        double scale = Math.min(w / viewport[2], h / viewport[3]);
        AffineTransform box = new AffineTransform();
        box.translate((w - viewport[2] * scale) / 2, (h - viewport[3] * scale) / 2);
        box.scale(scale, scale);
        box.translate(-viewport[0], -viewport[1]);
        AffineTransform before = g.getTransform();
        for (Word word : taken) {
            if (word.fill().getAlpha() == 0) {
                continue;
            }
            List<String[]> runs = runs(word.text(), word.family(), word.bold());
            List<Font> fonts = new ArrayList<>();
            double advance = 0;
            for (String[] run : runs) {
                Font font = font(run[0], word.bold()).deriveFont((float) word.size());
                fonts.add(font);
                advance += font.getStringBounds(run[1], g.getFontRenderContext()).getWidth();
            }
            double dx = switch (word.anchor()) {
                case "middle" -> -advance / 2;
                case "end" -> -advance;
                default -> 0;
            };
            g.setTransform(before);
            g.transform(box);
            g.transform(word.transform());
            g.setColor(word.fill());
            double x = word.x() + dx;
            for (int r = 0; r < runs.size(); r++) {
                Font font = fonts.get(r);
                g.setFont(registered(font, names.get(runs.get(r)[0]), word.bold()));
                g.drawString(runs.get(r)[1], (float) x, (float) word.y());
                x += font.getStringBounds(runs.get(r)[1], g.getFontRenderContext()).getWidth();
            }
        }
        g.setTransform(before);
    }

    /** Takes the words out of the document, so Batik draws only the shapes. */
    private List<Word> takeWords(Element root) {
        List<Element> texts = new ArrayList<>();
        collect(root, "text", texts);
        List<Word> found = new ArrayList<>();
        for (Element text : texts) {
            List<Element> spans = new ArrayList<>();
            collect(text, "tspan", spans);
            boolean placedSpans = !spans.isEmpty() && spans.stream().allMatch(s -> s.hasAttribute("x") || s.hasAttribute("y"));
            if (placedSpans) {
                for (Element span : spans) {
                    word(span, span.getTextContent(), found, text);
                }
            } else {
                word(text, text.getTextContent(), found, text);
            }
            text.getParentNode().removeChild(text);
        }
        return List.copyOf(found);
    }

    private void word(Element element, String content, List<Word> found, Element text) {
        String words = content == null ? "" : content.strip().replaceAll("\\s+", " ");
        if (words.isEmpty() || "none".equals(inherited(element, "display")) || "hidden".equals(inherited(element, "visibility"))) {
            return;
        }
        double x = first(element.getAttribute("x"), first(text.getAttribute("x"), 0));
        double y = first(element.getAttribute("y"), first(text.getAttribute("y"), 0));
        String family = familyOf(inherited(element, "font-family"));
        double size = size(inherited(element, "font-size"));
        String weight = inherited(element, "font-weight");
        boolean bold = weight != null && (weight.equals("bold") || weight.equals("bolder") || weight.matches("[6-9]00"));
        String anchor = inherited(element, "text-anchor");
        found.add(new Word(words, x, y, transformOf(text), family, size, bold, colour(inherited(element, "fill")),
                anchor == null ? "start" : anchor));
    }

    /** A presentation attribute or style property of the element or the nearest ancestor that sets it. */
    private static String inherited(Element element, String name) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String style = e.getAttribute("style");
            for (String declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0 && declaration.substring(0, colon).strip().equals(name)) {
                    return declaration.substring(colon + 1).strip();
                }
            }
            if (e.hasAttribute(name)) {
                return e.getAttribute(name).strip();
            }
        }
        return null;
    }

    /** The first family of a font-family list the brand has. */
    private String familyOf(String list) {
        if (list != null) {
            for (String family : list.split(",")) {
                String name = family.strip().replaceAll("^['\"]|['\"]$", "").toLowerCase(Locale.ROOT);
                if (faces.containsKey(name)) {
                    return name;
                }
            }
        }
        return "";
    }

    /** The transforms from the text's own up to the root's children, composed outermost first. */
    private static AffineTransform transformOf(Element text) {
        List<AffineTransform> chain = new ArrayList<>();
        for (Node n = text; n instanceof Element e && !(SafeSvg.SVG_NS.equals(e.getNamespaceURI()) && "svg".equals(e.getLocalName())
                && n.getParentNode() instanceof org.w3c.dom.Document); n = n.getParentNode()) {
            if (e.hasAttribute("transform")) {
                try {
                    chain.add(0, AWTTransformProducer.createAffineTransform(e.getAttribute("transform")));
                } catch (ParseException ex) {
                    // Batik ignores a transform it cannot read; so do the words
                }
            }
        }
        AffineTransform all = new AffineTransform();
        chain.forEach(all::concatenate);
        return all;
    }

    private static double[] viewport(Element svg) {
        String[] box = svg.getAttribute("viewBox").strip().split("[\\s,]+");
        double w = first(svg.getAttribute("width"), 0);
        double h = first(svg.getAttribute("height"), 0);
        if (box.length == 4) {
            try {
                return new double[] {Double.parseDouble(box[0]), Double.parseDouble(box[1]), Double.parseDouble(box[2]),
                        Double.parseDouble(box[3])};
            } catch (NumberFormatException e) {
                // no viewBox: the user space is the viewport's
            }
        }
        return new double[] {0, 0, w > 0 ? w : 1, h > 0 ? h : 1};
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

    private static double size(String value) {
        double size = value == null ? 16 : first(value.replace("pt", ""), 16) * (value != null && value.endsWith("pt") ? 4.0 / 3 : 1);
        return size > 0 && size < 1000 ? size : 16;
    }

    private static Color colour(String value) {
        if (value == null) {
            return Color.BLACK;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "white" -> Color.WHITE;
            case "none", "transparent" -> new Color(0, 0, 0, 0);
            default -> org.imprint.brand.Colour.parse(v).map(c -> new Color(c.rgb())).orElse(Color.BLACK);
        };
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
