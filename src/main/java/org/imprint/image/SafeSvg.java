package org.imprint.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An SVG file made safe to embed: SVG is untrusted input, a program as much as a picture. It is
 * parsed with no DTD, no entities and no network; what can act or reach out (scripts, event
 * handlers, {@code foreignObject}, references other than to a place in the file itself or to an
 * embedded PNG, JPEG or GIF) is refused; what only editors read (other namespaces, comments,
 * {@code metadata}) is dropped. Size, element count and nesting are bounded, so a hostile file
 * costs milliseconds, not memory.
 *
 * @param data   the cleaned file, UTF-8: what every output embeds
 * @param width  its width in CSS pixels
 * @param height its height in CSS pixels
 * @param notes  what cleaning changed that the author should know, in words (e.g. an embedded font
 *               not used), for the build to warn of
 * @param patternTiles how many tiles its patterns draw, at most {@link #MAX_PATTERN_TILES}: what a
 *               viewer's drawing of it costs, which a report's figures share
 */
public record SafeSvg(byte[] data, int width, int height, List<String> notes, long patternTiles) {

    /** Larger files are refused: a figure's drawing is kilobytes, not megabytes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** More elements than a detailed map needs. */
    public static final int MAX_ELEMENTS = 20_000;
    /** Deeper nesting than any editor writes. */
    public static final int MAX_DEPTH = 64;
    /** More levels of {@code <use>} referring to a {@code <use>} than any editor writes. */
    private static final int MAX_USE_HOPS = 16;
    /** The longest side a drawing is given, in CSS pixels: wider than any page. */
    public static final double MAX_SIDE = 2000;
    /** The largest width or height an {@code <svg>} may give, in CSS pixels (about 26 metres). */
    public static final double MAX_LENGTH = 100_000;
    /**
     * More tiles of patterns in one figure, all uses together, than any texture needs (a 4-pixel hatch
     * over a 1000-pixel drawing is 62,500; a million built and rendered in seconds, 10^13 took hours).
     */
    public static final double MAX_PATTERN_TILES = 100_000;

    /**
     * More pattern fills and outlines in one figure than a patterned chart needs: poppler sets up
     * each fill as its own tiling pattern, about 15 ms each whatever its tiles (100 fills took
     * 1.5 s to show, 200 took 3 s, 500 took 8 to 22 s), so 250 keeps a figure's page near 4 s.
     */
    public static final int MAX_PATTERN_FILLS = 250;

    /**
     * More filters, masks and faded groups in one figure than a drawing needs: the PDF's SVG drawer
     * paints each as an image over its region (a blur over the frame: 50 took the build from 8 to
     * 21 seconds, 1,000 took 159 seconds and made 2,000 images; 100 faded groups over the frame made
     * 200 images, took poppler 7.5 s to show at 150 dpi instead of 0.6 s).
     */
    public static final int MAX_PIXEL_EFFECTS = 20;

    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final String XMLNS_NS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    private static final Set<String> REFUSED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "object", "embed",
            "handler", "listener");
    /** The elements that put something on the page. */
    private static final Set<String> DRAWN = Set.of("path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
            "image", "use");
    private static final Pattern URL_FUNCTION = Pattern.compile("(?i)url\\s*\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    private static final Pattern SAFE_DATA = Pattern.compile("(?i)data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\\s]*");
    /**
     * The SVG 1.0 and 1.1 document type declarations that editors still write: no internal subset,
     * so nothing to expand. It is removed before parsing; any other DOCTYPE is refused by the parser.
     */
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile(
            "\\A(\\s*(<\\?xml[^>]*\\?>)?\\s*(<!--[^-]*(-[^-]+)*-->\\s*)*)<!DOCTYPE\\s+svg\\s+PUBLIC\\s+\"[^\"\\[]*\"\\s+\"[^\"\\[]*\"\\s*>");
    /** A length in any unit (em too), to tell a negative, zero or nonsense size from one this class does not convert. */
    private static final Pattern ANY_LENGTH = Pattern.compile("\\s*\\+?([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*[a-zA-Z]*\\s*");
    private static final Pattern LENGTH = Pattern.compile("(?i)\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in|q|em|rem|ex)?\\s*");
    /** A browser's font size when the drawing sets none, in CSS pixels ({@code medium}). */
    private static final double DEFAULT_FONT_PX = 16;
    private static final Pattern FONT_SIZE_STYLE = Pattern.compile("(?i)(?:^|;)\\s*font-size\\s*:\\s*([^;!]*)");

    /** Why a file was refused, and what to do about it. */
    public static final class RefusedException extends Exception {

        private final String fix;

        RefusedException(String why, String fix) {
            super(why);
            this.fix = fix;
        }

        /** What the author can do. */
        public String fix() {
            return fix;
        }
    }

    /** True when the bytes look like an SVG file (an XML file whose first element is {@code svg}). */
    public static boolean looksLikeSvg(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, 1024), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        return head.startsWith("<svg") || (head.startsWith("<?xml") || head.startsWith("<!--") || head.startsWith("<!DOCTYPE"))
                && head.contains("<svg");
    }

    /** Checks the file's size before reading it, then {@link #clean(byte[])}. */
    public static SafeSvg clean(java.nio.file.Path file) throws RefusedException, IOException {
        long size = java.nio.file.Files.size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(size);
        }
        return clean(java.nio.file.Files.readAllBytes(file));
    }

    private static RefusedException tooLarge(long size) {
        return new RefusedException("it is " + size / 1024 + " KB, over the limit of " + MAX_BYTES / 1024 / 1024
                + " MB for a drawing", "simplify the drawing, or export it as PNG");
    }

    /**
     * Parses, checks and cleans an SVG file.
     *
     * @throws RefusedException when the file is too large, not well-formed SVG, or needs something
     *                          that is not allowed
     */
    public static SafeSvg clean(byte[] data) throws RefusedException {
        if (data.length > MAX_BYTES) {
            throw tooLarge(data.length);
        }
        Document doc = parse(withoutPlainDoctype(data));
        Element root = doc.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw new RefusedException("its root element is <" + root.getTagName() + ">, not an SVG <svg> element",
                    "save it as SVG with xmlns=\"" + SVG_NS + "\" on its <svg> element");
        }
        List<String> notes = new ArrayList<>();
        SvgEditorForms.resolveSwitches(root);
        SvgEditorForms.dropOutsideLinks(root);
        notes.addAll(SvgEditorForms.dropEmbeddedFonts(root));
        notes.addAll(SvgEditorForms.dropDanglingPatternLinks(root));
        check(root);
        SheetRulesInline.inline(root); // before tiles are copied, and Batik reads no CSS 3 selectors
        SvgEditorForms.resolvePatternLinks(root);
        SvgEditorForms.boundingBoxContentAsViewBox(root);
        checkExpansion(root);
        SvgEditorForms.reverseStartMarkers(root);
        SvgEditorForms.resolveContextPaint(root);
        SvgEditorForms.inlineReusedText(root);
        SvgEditorForms.dropFrameClips(root);
        SvgEditorForms.pathsForTextOnShapes(root);
        SvgEditorForms.inlineClassOpacity(root);
        SvgEditorForms.foldOpacity(root);
        if (!draws(root)) {
            throw new RefusedException("it draws nothing (no shape, text or image in it)",
                    "export the drawing again, or remove the figure");
        }
        // comments and processing instructions around the root go too
        for (Node n = doc.getFirstChild(), next; n != null; n = next) {
            next = n.getNextSibling();
            if (n != root) {
                doc.removeChild(n);
            }
        }
        double[] drawn = size(root);
        double[] size = fitted(drawn);
        if (size[0] != drawn[0] && viewBox(root.getAttribute("viewBox")) == null) {
            // scaled down: the drawing's own coordinates must scale with it
            root.setAttribute("viewBox", "0 0 " + format(drawn[0]) + " " + format(drawn[1]));
        }
        root.setAttribute("width", format(size[0]));
        root.setAttribute("height", format(size[1]));
        byte[] cleaned = serialise(doc);
        checkPixelEffects(root, cleaned);
        long tiles = checkPatterns(root, size[0], size[1]);
        return new SafeSvg(cleaned, (int) Math.round(size[0]), (int) Math.round(size[1]), List.copyOf(notes), tiles);
    }

    private static byte[] withoutPlainDoctype(byte[] data) {
        String text = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = PLAIN_DOCTYPE.matcher(text);
        if (!m.find()) {
            return data;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, m.end(1));
        out.write(data, m.end(), data.length - m.end());
        return out.toByteArray();
    }

    private static Document parse(byte[] data) throws RefusedException {
        try {
            // the JDK's own parser, whatever else is on the class path: its security features are known
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DOCTYPE at all: no entities to expand, no DTD to fetch
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(data));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new RefusedException("it declares a DTD or entities (<!DOCTYPE ...>), which could expand or fetch content",
                        "remove the <!DOCTYPE> declaration and write the content the entities stood for");
            }
            throw new RefusedException("it is not well-formed XML (" + message + ")", "re-export it as plain SVG");
        } catch (IOException e) {
            throw new RefusedException("it cannot be read (" + e.getMessage() + ")", "re-export it as plain SVG");
        }
    }

    /** Walks the tree without recursion, refusing and dropping as it goes. */
    private static void check(Element root) throws RefusedException {
        int count = 0;
        Deque<Node> todo = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        todo.push(root);
        depths.push(1);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            int depth = depths.pop();
            if (++count > MAX_ELEMENTS) {
                throw new RefusedException("it has more than " + MAX_ELEMENTS + " elements", "simplify the drawing, or export it as PNG");
            }
            if (depth > MAX_DEPTH) {
                throw new RefusedException("its elements are nested more than " + MAX_DEPTH + " levels deep",
                        "flatten the drawing's groups");
            }
            Element element = (Element) node;
            checkElement(element);
            List<Node> drop = new ArrayList<>();
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                switch (child.getNodeType()) {
                    case Node.ELEMENT_NODE -> {
                        if (!SVG_NS.equals(child.getNamespaceURI()) || "metadata".equals(child.getLocalName())) {
                            // editors' own data (Inkscape, Illustrator, RDF): no renderer reads it
                            drop.add(child);
                        } else {
                            todo.push(child);
                            depths.push(depth + 1);
                        }
                    }
                    case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                        // a style sheet is checked whole, below: split over text and CDATA, its parts alone look harmless
                    }
                    case Node.ENTITY_REFERENCE_NODE -> throw new RefusedException("it uses entities",
                            "write the text the entities stood for");
                    default -> drop.add(child);
                }
            }
            drop.forEach(element::removeChild);
            if ("style".equals(element.getLocalName())) {
                checkStyle(element.getTextContent(), "<style>", false);
            }
        }
    }

    /**
     * Counts the elements as a renderer sees them, each {@code <use>} standing for a copy of what it
     * refers to: ten levels of ten uses are a billion elements from a few kilobytes, and a use
     * that refers to itself, directly or through others, never ends.
     */
    private static void checkExpansion(Element root) throws RefusedException {
        java.util.Map<String, Element> ids = new java.util.HashMap<>();
        Deque<Element> todo = new ArrayDeque<>(List.of(root));
        boolean anyUse = false;
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (e.hasAttribute("id")) {
                ids.putIfAbsent(e.getAttribute("id"), e);
            }
            anyUse |= "use".equals(e.getLocalName());
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element child) {
                    todo.push(child);
                }
            }
        }
        checkTargets(root, ids);
        if (anyUse) {
            new Expansion(ids).count(root, 0);
        }
    }

    /**
     * Every reference to a part of the file ({@code href="#id"}, {@code url(#id)}) must find it:
     * the PDF's SVG drawer gives up on the whole figure at a reference it cannot follow.
     */
    private static void checkTargets(Element root, java.util.Map<String, Element> ids) throws RefusedException {
        Deque<Element> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                String local = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
                List<String> targets = new ArrayList<>();
                if (local.equals("href")) {
                    if (!"a".equals(e.getLocalName()) && attr.getValue().strip().startsWith("#")) {
                        targets.add(attr.getValue().strip().substring(1));
                    }
                } else {
                    Matcher m = URL_FUNCTION.matcher(attr.getValue());
                    while (m.find()) {
                        // a paint's fallback colour after it stands in for a missing part
                        boolean fallback = !attr.getValue().substring(m.end()).strip().isEmpty();
                        if (m.group(2).strip().startsWith("#") && !fallback) {
                            targets.add(m.group(2).strip().substring(1));
                        }
                    }
                }
                for (String id : targets) {
                    if (!ids.containsKey(id)) {
                        throw new RefusedException("its <" + e.getLocalName() + "> element refers to \"#" + shorten(id) + "\" ("
                                + attr.getName() + "), which is not in the file",
                                "remove the reference, or add the part it names (an element with id=\"" + shorten(id) + "\")");
                    }
                }
            }
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element child) {
                    todo.push(child);
                }
            }
        }
    }

    /** Expanded element counts, each element's counted once; recursion is bounded by MAX_DEPTH per hop and by the hop limit. */
    private static final class Expansion {
        private final java.util.Map<String, Element> ids;
        private final java.util.Map<Element, Long> counted = new java.util.IdentityHashMap<>();
        private final Set<Element> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Expansion(java.util.Map<String, Element> ids) {
            this.ids = ids;
        }

        long count(Element e, int hops) throws RefusedException {
            Long known = counted.get(e);
            if (known != null) {
                return known;
            }
            long n = 1;
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element child) {
                    n = add(n, count(child, hops));
                }
            }
            if ("use".equals(e.getLocalName())) {
                String href = e.getAttributeNS(XLINK_NS, "href").strip();
                Element target = href.startsWith("#") ? ids.get(href.substring(1)) : null;
                if (target != null) {
                    if (!open.add(e)) {
                        throw new RefusedException("its <use> elements refer to each other in a cycle (through \"" + shorten(href)
                                + "\"), which never ends", "make each <use> refer to a part that does not contain it");
                    }
                    if (hops >= MAX_USE_HOPS) {
                        throw new RefusedException("its <use> elements refer through more than " + MAX_USE_HOPS + " levels",
                                "flatten the drawing's reused parts");
                    }
                    n = add(n, count(target, hops + 1));
                    open.remove(e);
                }
            }
            counted.put(e, n);
            return n;
        }

        private static long add(long a, long b) throws RefusedException {
            long n = a + b;
            if (n > MAX_ELEMENTS) {
                throw new RefusedException("it has more than " + MAX_ELEMENTS + " elements once its <use> copies are counted",
                        "simplify the drawing (fewer nested <use> copies), or export it as PNG");
            }
            return n;
        }
    }

    /** Whether any element draws something: a shape, text or an image, outside defs. */
    private static boolean draws(Element root) {
        Deque<Element> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (DRAWN.contains(e.getLocalName())) {
                return true;
            }
            if (!"defs".equals(e.getLocalName())) {
                for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element c) {
                        todo.push(c);
                    }
                }
            }
        }
        return false;
    }

    private static void checkElement(Element element) throws RefusedException {
        String name = element.getLocalName();
        if (REFUSED_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new RefusedException("it contains a <" + name + "> element, which can run code or show content from outside",
                    "remove the <" + name + "> element; a figure is a picture only");
        }
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> drop = new ArrayList<>();
        List<Attr> svg2Links = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String ns = attr.getNamespaceURI();
            String local = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
            if (XMLNS_NS.equals(ns)) {
                if (!SVG_NS.equals(attr.getValue()) && !XLINK_NS.equals(attr.getValue())) {
                    drop.add(attr);
                }
                continue;
            }
            if (XMLConstants.XML_NS_URI.equals(ns) && "base".equals(local)) {
                drop.add(attr); // a base for the figure's links: it has only its own parts, and EPUBCheck refuses a remote one
                continue;
            }
            if (ns != null && !XLINK_NS.equals(ns) && !XMLConstants.XML_NS_URI.equals(ns)) {
                drop.add(attr);
                continue;
            }
            if (local.toLowerCase(Locale.ROOT).startsWith("on")) {
                throw new RefusedException("its <" + name + "> element has an event handler (" + attr.getName() + "), which is a script",
                        "remove the " + attr.getName() + " attribute");
            }
            if (local.equals("href")) {
                checkReference(name, attr.getName(), attr.getValue());
                if (attr.getValue().strip().regionMatches(true, 0, "data:image/gif;", 0, 15)) {
                    attr.setValue(EmbeddedImage.gifAsPng(name, attr.getValue().strip()));
                }
                if (ns == null) {
                    svg2Links.add(attr);
                }
            } else if ((name.startsWith("animate") || name.equals("set"))
                    && local.equals("attributeName") && attr.getValue().toLowerCase(Locale.ROOT).endsWith("href")) {
                throw new RefusedException("its <" + name + "> element changes a reference", "remove the animation");
            } else {
                boolean names = local.equals("id") || local.equals("class") || local.equals("lang") || local.startsWith("data-")
                        || local.startsWith("aria-") || XMLConstants.XML_NS_URI.equals(ns)
                        || local.equals("font-family"); // font names, never functions
                checkStyle(attr.getValue(), "the " + attr.getName() + " attribute of <" + name + ">", names);
            }
        }
        drop.forEach(element::removeAttributeNode);
        // SVG 2's plain href, which Batik (the PDF's SVG drawer) ignores, blanking the whole figure:
        // written as SVG 1.1's xlink:href, which every reader knows; when both are given, SVG 2 (5.6.1)
        // takes the plain href
        for (Attr attr : svg2Links) {
            element.removeAttributeNode(attr);
            element.setAttributeNS(XLINK_NS, "xlink:href", attr.getValue());
            element.getOwnerDocument().getDocumentElement().setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", XLINK_NS);
        }
    }

    private static void checkReference(String element, String attribute, String value) throws RefusedException {
        String v = value.strip();
        if (v.startsWith("#")) {
            return;
        }
        if (SAFE_DATA.matcher(v).matches()) {
            EmbeddedImage.check(element, v);
            return;
        }
        throw new RefusedException("its <" + element + "> element refers to \"" + shorten(v) + "\" (" + attribute
                + "); a figure may refer only to its own parts (#id) or to PNG, JPEG or GIF images embedded as data: URLs",
                "embed what it refers to in the SVG file, or export the drawing with its images embedded");
    }

    /**
     * CSS in attributes and style sheets: {@code url()} only to the file's own parts or embedded
     * images, no {@code @import}, nothing else that fetches or runs; checked as a browser reads it,
     * escapes decoded and comments removed ({@link SvgCss}).
     */
    private static void checkStyle(String css, String where, boolean names) throws RefusedException {
        SvgCss.Finding finding = SvgCss.check(css, target -> target.startsWith("#") || SAFE_DATA.matcher(target).matches(), names);
        if (finding != null) {
            throw new RefusedException(where + " " + finding.why(), finding.fix());
        }
    }

    /** Width and height in CSS pixels: the attributes when absolute, else the viewBox's. */
    private static double[] size(Element root) throws RefusedException {
        double font = fontSize(root);
        for (String side : List.of("width", "height")) {
            String value = root.getAttribute(side).strip();
            // a percentage or auto means "the viewBox's", as a browser reads it
            Matcher number = ANY_LENGTH.matcher(value);
            boolean positive = number.matches() && Double.parseDouble(number.group(1)) > 0;
            if (!value.isEmpty() && !value.endsWith("%") && !value.equals("auto") && !positive) {
                throw new RefusedException("its " + side + "=\"" + shorten(value) + "\" is not a positive length",
                        "give its <svg> element a positive " + side + " (e.g. " + side + "=\"400\"), or remove it and give a viewBox");
            }
            if (positive && LENGTH.matcher(value).matches() && length(value, font) == null) {
                throw new RefusedException("its " + side + "=\"" + shorten(value) + "\" is too large: the limit is "
                        + format(MAX_LENGTH) + " CSS pixels",
                        "give its <svg> element a smaller " + side + " (the figure is scaled to the column anyway), "
                                + "and a viewBox for the drawing's own units");
            }
        }
        double[] box = viewBox(root.getAttribute("viewBox"));
        Double w = length(root.getAttribute("width"), font);
        Double h = length(root.getAttribute("height"), font);
        if (w != null && h != null) {
            return new double[] {w, h};
        }
        if (box != null) {
            if (w != null) {
                return new double[] {w, w * box[3] / box[2]};
            }
            if (h != null) {
                return new double[] {h * box[2] / box[3], h};
            }
            return new double[] {box[2], box[3]};
        }
        if (root.getAttribute("width").isBlank() && root.getAttribute("height").isBlank()) {
            throw new RefusedException("it gives no size (no width and height, no viewBox)",
                    "add a viewBox=\"0 0 WIDTH HEIGHT\" attribute to its <svg> element");
        }
        List<String> unread = new ArrayList<>();
        for (String side : List.of("width", "height")) {
            String value = root.getAttribute(side).strip();
            if (value.isEmpty()) {
                unread.add("no " + side);
            } else if (length(value, font) == null) {
                unread.add(side + "=\"" + shorten(value) + "\", which is no absolute length");
            }
        }
        throw new RefusedException("it has no viewBox to take its size from, and " + String.join(" and ", unread)
                + " (the units Imprint reads are px, pt, pc, mm, cm, Q, in, em, rem and ex; a percentage or auto needs a viewBox)",
                "give its <svg> element a width and height in one of those units, or add a viewBox=\"0 0 WIDTH HEIGHT\"");
    }

    /**
     * The font size the drawing's {@code <svg>} element sets (its style, else its attribute), in
     * CSS pixels, for its width and height in em and ex: an absolute length, or em and percent of
     * a browser's default; the default when it sets none or one not read here (a keyword, a style sheet).
     */
    private static double fontSize(Element root) {
        Matcher style = FONT_SIZE_STYLE.matcher(root.getAttribute("style"));
        String value = (style.find() ? style.group(1) : root.getAttribute("font-size")).strip();
        if (value.endsWith("%")) {
            try {
                double percent = Double.parseDouble(value.substring(0, value.length() - 1));
                return percent > 0 && percent * DEFAULT_FONT_PX / 100 <= MAX_LENGTH ? percent * DEFAULT_FONT_PX / 100 : DEFAULT_FONT_PX;
            } catch (NumberFormatException e) {
                return DEFAULT_FONT_PX;
            }
        }
        Double px = LENGTH.matcher(value).matches() ? length(value, DEFAULT_FONT_PX) : null;
        return px == null ? DEFAULT_FONT_PX : px;
    }

    /**
     * A pattern repeats its tile over what it fills, and a PDF viewer draws every tile: a tile of a
     * ten-thousandth of a pixel over a page is billions of them, minutes or hours of drawing from a
     * few bytes. The tiles are counted as drawn ({@link PatternTiles}: after every transform, per
     * use, patterns in patterns once per tile), over the whole figure.
     *
     * @return the tiles the figure's patterns draw
     */
    private static long checkPatterns(Element root, double width, double height) throws RefusedException {
        PatternTiles.Count count = PatternTiles.of(root, width, height);
        if (count == null) {
            return 0;
        }
        if (count.tiles() > MAX_PATTERN_TILES) {
            String uses = count.uses() == 1 ? "" : " (it fills or outlines " + String.format(Locale.ROOT, "%,d", count.uses()) + " shapes)";
            String others = count.patternTiles() < count.tiles() ? "; all its patterns together draw about " + tiles(count.tiles()) : "";
            throw new RefusedException("its " + shorten(count.pattern()) + " is drawn as about " + tiles(count.patternTiles())
                    + " tiles" + uses + others + ", over the limit of " + tiles(MAX_PATTERN_TILES)
                    + " tiles for a figure (a PDF viewer draws every tile each time it shows the page: 100 million took a minute)",
                    "make the pattern's tile larger as drawn (its width and height, scaled by the transforms and viewBoxes "
                            + "around the shapes it fills), fill fewer or smaller shapes with it, or fill with a plain colour or a gradient");
        }
        if (count.fills() > MAX_PATTERN_FILLS) {
            throw new RefusedException("it fills or outlines " + String.format(Locale.ROOT, "%,d", count.fills())
                    + " shapes with patterns (markers and copies each counted), over the limit of " + MAX_PATTERN_FILLS
                    + " for a figure (a PDF viewer sets up every pattern fill on its own: 200 took 3 seconds to show)",
                    "join the shapes that share a pattern into one path filled once, or fill most of them with a plain colour");
        }
        return (long) count.tiles();
    }

    /**
     * Filters, masks and faded groups ({@link FadedParts}) are drawn as pixels, each its own image:
     * one per shape is slow and heavy.
     */
    private static void checkPixelEffects(Element root, byte[] cleaned) throws RefusedException {
        int effects = 0;
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String style = e.getAttribute("style").toLowerCase(Locale.ROOT);
            for (String property : List.of("filter", "mask")) {
                String value = e.getAttribute(property).strip();
                if ((!value.isEmpty() && !value.equals("none")) || style.matches("(?s).*(^|[;\\s])" + property + "\\s*:\\s*url.*")) {
                    effects++;
                }
            }
        }
        if (effects > MAX_PIXEL_EFFECTS) {
            throw new RefusedException("it has " + effects + " filters or masks, over the limit of " + MAX_PIXEL_EFFECTS
                    + " for a figure (the PDF draws each as an image over its region: 1,000 blurs took minutes to build)",
                    "put the shapes that share a filter or mask in one group <g filter=\"url(#...)\"> and give it to the group once, "
                            + "or export the figure as PNG");
        }
        int faded = FadedParts.count(cleaned);
        if (effects + faded > MAX_PIXEL_EFFECTS) {
            throw new RefusedException("it has " + faded + " faded groups or shapes (an opacity below 1 that cannot be given to"
                    + " fills and strokes: on a group of overlapping shapes, or a shape with markers)"
                    + (effects == 0 ? "" : " and " + effects + " filters or masks, " + (effects + faded) + " in all")
                    + ", over the limit of " + MAX_PIXEL_EFFECTS + " filters, masks and faded groups for a figure (the PDF draws each"
                    + " as an image with a soft mask: 100 faded groups took 7.5 seconds to show)",
                    "give the opacity to the shapes' fills and strokes (fill-opacity, stroke-opacity) or to one group around all the"
                            + " faded shapes, or export the figure as PNG");
        }
    }

    private static String tiles(double n) {
        return String.format(Locale.ROOT, "%,.0f", Math.min(n, 1e18));
    }

    /**
     * The size, scaled down (keeping its shape) when larger than {@link #MAX_SIDE}: a drawing
     * whose size comes from a viewBox in map units would otherwise be a page wide many times over.
     * It scales to the column in every output anyway.
     */
    private static double[] fitted(double[] size) {
        double scale = Math.min(1, MAX_SIDE / Math.max(size[0], size[1]));
        return new double[] {Math.max(1, size[0] * scale), Math.max(1, size[1] * scale)};
    }

    private static double[] viewBox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split("[\\s,]+");
        try {
            if (parts.length == 4 && Double.parseDouble(parts[2]) > 0 && Double.parseDouble(parts[3]) > 0) {
                return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
            }
        } catch (NumberFormatException e) {
            // not a viewBox
        }
        return null;
    }

    /**
     * A length in CSS pixels, or {@code null} (missing, a percentage, nonsense). An em (and a rem:
     * on the root they are one) is the drawing's font size; an ex half of it, the value CSS gives
     * when the font's x-height is unknown (browsers measure their font's: Chromium's default
     * serif gives 0.56 em).
     */
    private static Double length(String value, double fontPx) {
        Matcher m = LENGTH.matcher(value == null ? "" : value);
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        double px = switch (m.group(2) == null ? "px" : m.group(2).toLowerCase(Locale.ROOT)) {
            case "pt" -> n * 4 / 3;
            case "pc" -> n * 16;
            case "mm" -> n * 96 / 25.4;
            case "cm" -> n * 96 / 2.54;
            case "q" -> n * 96 / 25.4 / 4;
            case "in" -> n * 96;
            case "em", "rem" -> n * fontPx;
            case "ex" -> n * fontPx / 2;
            default -> n;
        };
        return px > 0 && px <= MAX_LENGTH ? px : null;
    }

    private static String format(double px) {
        return px == Math.rint(px) ? Long.toString((long) px) : String.format(Locale.ROOT, "%.2f", px);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static byte[] serialise(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write a parsed SVG document", e);
        }
    }
}
