package org.imprint.image;

import java.awt.Dimension;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.CSSUtilities;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.PaintServer;
import org.apache.batik.bridge.TextNode;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.css.engine.SVGCSSEngine;
import org.apache.batik.css.engine.value.Value;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.CompositeShapePainter;
import org.apache.batik.gvt.FillShapePainter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.Marker;
import org.apache.batik.gvt.MarkerShapePainter;
import org.apache.batik.gvt.PatternPaint;
import org.apache.batik.gvt.ProxyGraphicsNode;
import org.apache.batik.gvt.ShapeNode;
import org.apache.batik.gvt.ShapePainter;
import org.apache.batik.gvt.StrokeShapePainter;
import org.apache.batik.gvt.filter.Mask;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.css.CSSPrimitiveValue;
import org.w3c.dom.css.CSSValue;

/**
 * How many tiles the patterns of a cleaned SVG drawing put on the page, counted as the PDF's SVG
 * drawer (Batik) builds the drawing: every shape, text, marker and {@code <use>} copy filled or
 * stroked with a pattern counts the tiles that cover it after every transform around it (groups,
 * nested {@code <svg>} viewports, {@code <use>}, the pattern's own), within the drawing's frame,
 * which clips it on the page; a pattern drawn inside another's tile counts once per tile. A PDF
 * viewer draws each of those tiles, so this count, not the file's size, is what a page costs to show.
 */
final class PatternTiles {

    /** More levels of patterns in patterns than any texture needs. */
    private static final int MAX_NESTING = 8;

    private final BridgeContext context;
    /** Tiles by the pattern that draws them ({@code <pattern id="...">}, or the pattern's place when it has no id). */
    private final Map<String, double[]> byPattern = new LinkedHashMap<>();
    private double total;
    /** Pattern fills and outlines as drawn: each marker drawn at a vertex is one. */
    private double fills;
    /** How many times what is being walked is drawn as its own fill (the vertices a marker is drawn at). */
    private double copies = 1;

    private PatternTiles(BridgeContext context) {
        this.context = context;
    }

    /**
     * What was counted: all the tiles, those of the pattern that draws the most with how many times
     * it is used, and the pattern fills and outlines of the whole drawing (markers, copies and
     * patterns in tiles each counted as drawn).
     */
    record Count(double tiles, String pattern, double patternTiles, int uses, long fills) {
    }

    /**
     * Refuses a pattern whose content is in bounding-box units (and has no viewBox, which would
     * override them) that cleaning could not rewrite with a viewBox
     * ({@link SvgEditorForms#boundingBoxContentAsViewBox}): a tile of fixed size in user units,
     * whose content is scaled by each filled shape's box. The PDF's drawer (Batik through
     * pdfbox-graphics2d) shifts such content by the shape's corner, out of its tile: blank or cut
     * where a browser draws a texture.
     */
    private static void refuseBoundingBoxContent(Element cleanRoot) throws SafeSvg.RefusedException {
        NodeList patterns = cleanRoot.getElementsByTagNameNS(SafeSvg.SVG_NS, "pattern");
        for (int i = 0; i < patterns.getLength(); i++) {
            Element pattern = (Element) patterns.item(i);
            if ("objectBoundingBox".equals(pattern.getAttribute("patternContentUnits").strip())
                    && pattern.getAttribute("viewBox").isBlank()) {
                String id = pattern.getAttribute("id");
                String name = "<pattern" + (id.isEmpty() ? "" : " id=\"" + id + "\"") + ">";
                if ("userSpaceOnUse".equals(pattern.getAttribute("patternUnits").strip())) {
                    throw new SafeSvg.RefusedException("its " + name + " has a tile of fixed size (patternUnits=\"userSpaceOnUse\")"
                            + " whose content is scaled by each filled shape's bounding box (patternContentUnits=\"objectBoundingBox\"),"
                            + " which the PDF's SVG drawer shifts out of the tile (blank or cut)",
                            "give the tile in bounding-box units too (remove patternUnits; width and height as fractions of the shape), "
                            + "or the content in user units (remove patternContentUnits), or export the figure as PNG");
                }
                throw new SafeSvg.RefusedException("its " + name + " draws its content in the filled shape's bounding-box units"
                        + " (patternContentUnits=\"objectBoundingBox\") on a tile whose width or height is not a number or percentage",
                        "give the pattern's width and height as plain numbers (fractions of the shape), or export the figure as PNG");
            }
        }
    }

    /**
     * Counts the tiles of a cleaned drawing drawn at {@code width} by {@code height} CSS pixels.
     *
     * @return the count, or {@code null} when the drawing has no pattern
     * @throws SafeSvg.RefusedException when the PDF's drawer cannot build the drawing, or patterns
     *                                  nest deeper than any texture does
     */
    static Count of(Element cleanRoot, double width, double height) throws SafeSvg.RefusedException {
        if (cleanRoot.getElementsByTagNameNS(SafeSvg.SVG_NS, "pattern").getLength() == 0) {
            return null;
        }
        refuseBoundingBoxContent(cleanRoot);
        Document doc = SVGDOMImplementation.getDOMImplementation().createDocument(SafeSvg.SVG_NS, "svg", null);
        doc.replaceChild(doc.importNode(cleanRoot, true), doc.getDocumentElement());
        // images change no tile: not decoded here
        NodeList images = doc.getElementsByTagNameNS(SafeSvg.SVG_NS, "image");
        for (int i = images.getLength() - 1; i >= 0; i--) {
            images.item(i).getParentNode().removeChild(images.item(i));
        }
        BridgeContext context = new BridgeContext(new UserAgentAdapter() {
            @Override
            public Dimension2D getViewportSize() {
                return new Dimension((int) Math.ceil(width), (int) Math.ceil(height));
            }

            @Override
            public void checkLoadExternalResource(ParsedURL resourceURL, ParsedURL docURL) {
                throw new SecurityException("nothing is loaded while counting tiles");
            }
        });
        // interactive: each node knows its element, whose style names the pattern
        context.setDynamicState(BridgeContext.INTERACTIVE);
        PatternTiles counter = new PatternTiles(context);
        try {
            GraphicsNode root = new GVTBuilder().build(context, doc);
            counter.walk(root, new AffineTransform(), new Rectangle2D.Double(0, 0, width, height), 1, 0);
        } catch (StackOverflowError e) {
            // Batik builds a pattern's tile as it meets the pattern, so a tile drawn with its own pattern never ends
            throw new SafeSvg.RefusedException("its patterns are drawn with themselves (a shape in a pattern's tile filled or outlined "
                    + "with that same pattern, directly or through others), which never ends",
                    "fill the shapes inside each pattern's tile with colours, gradients or other patterns");
        } catch (BridgeException | SecurityException e) {
            throw new SafeSvg.RefusedException("its patterns cannot be measured: the PDF's SVG drawer (Batik) fails on it ("
                    + oneLine(e.getMessage()) + ")", "open it in a drawing program and save it as plain SVG, or export it as PNG");
        } finally {
            context.dispose();
        }
        Map.Entry<String, double[]> most = counter.byPattern.entrySet().stream()
                .max((a, b) -> Double.compare(a.getValue()[0], b.getValue()[0])).orElse(null);
        long fills = (long) Math.min(counter.fills, Long.MAX_VALUE);
        return most == null ? new Count(0, "", 0, 0, 0)
                : new Count(counter.total, most.getKey(), most.getValue()[0], (int) most.getValue()[1], fills);
    }

    private static String oneLine(String message) {
        String m = String.valueOf(message).replaceAll("null:-?\\d+\\s*", "").replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }

    /**
     * Counts the tiles drawn by a node and all it holds.
     *
     * @param toClip the transform from the space the node is drawn in to the clip's
     * @param clip   what is drawn at all, in the clip's space: the drawing's frame, or a pattern's
     *               tile; {@code null} when not known (markers), which counts more, never less
     * @param times  how many times the node is drawn (the tiles of the patterns it lies in)
     */
    private void walk(GraphicsNode node, AffineTransform toClip, Rectangle2D clip, double times, int depth)
            throws SafeSvg.RefusedException {
        if (node == null || times <= 0) {
            return;
        }
        AffineTransform transform = new AffineTransform(toClip);
        if (node.getTransform() != null) {
            transform.concatenate(node.getTransform());
        }
        Mask mask = node.getMask();
        if (mask != null) {
            walk(mask.getMaskNode(), transform, clip, times, depth);
        }
        if (node instanceof ShapeNode shape) {
            painted(shape, shape.getShapePainter(), transform, clip, times, depth);
        } else if (node instanceof TextNode text) {
            text(text, transform, clip, times, depth);
        } else if (node instanceof ProxyGraphicsNode proxy) {
            walk(proxy.getSource(), transform, clip, times, depth);
        } else if (node instanceof CompositeGraphicsNode group) {
            for (Object child : List.copyOf(group)) {
                walk((GraphicsNode) child, transform, clip, times, depth);
            }
        }
    }

    private void painted(ShapeNode node, ShapePainter painter, AffineTransform transform, Rectangle2D clip, double times, int depth)
            throws SafeSvg.RefusedException {
        if (painter instanceof CompositeShapePainter all) {
            for (int i = 0; i < all.getShapePainterCount(); i++) {
                painted(node, all.getShapePainter(i), transform, clip, times, depth);
            }
        } else if (painter instanceof FillShapePainter fill) {
            use(node, SVGCSSEngine.FILL_INDEX, fill.getPaint(), fill.getShape().getBounds2D(), transform, clip, times, depth);
        } else if (painter instanceof StrokeShapePainter stroke) {
            if (stroke.getStroke() != null && stroke.getPaint() instanceof PatternPaint) {
                Rectangle2D outline = stroke.getStroke().createStrokedShape(stroke.getShape()).getBounds2D();
                use(node, SVGCSSEngine.STROKE_INDEX, stroke.getPaint(), outline, transform, clip, times, depth);
            }
        } else if (painter instanceof MarkerShapePainter markers) {
            // each marker is drawn at a vertex, turned; the tiles turn with it, so only the count of vertices matters here
            int vertices = vertices(markers.getShape());
            marker(markers.getStartMarker(), times, 1, depth);
            marker(markers.getEndMarker(), times, 1, depth);
            marker(markers.getMiddleMarker(), times * vertices, vertices, depth);
        }
    }

    private void marker(Marker marker, double times, int drawn, int depth) throws SafeSvg.RefusedException {
        if (marker != null) {
            double outer = copies;
            copies *= drawn;
            try {
                walk(marker.getMarkerNode(), new AffineTransform(), null, times, depth);
            } finally {
                copies = outer;
            }
        }
    }

    /** The points a path's segments end at: a middle marker is drawn at each but the first and last (at most that many). */
    private static int vertices(Shape shape) {
        int n = 0;
        double[] point = new double[6];
        for (PathIterator i = shape.getPathIterator(null); !i.isDone(); i.next()) {
            n += i.currentSegment(point) == PathIterator.SEG_CLOSE ? 0 : 1;
        }
        return Math.max(0, n - 2);
    }

    /** A text's fill and stroke, and those its spans set themselves, each over the whole text (more, never less). */
    private void text(TextNode text, AffineTransform transform, Rectangle2D clip, double times, int depth)
            throws SafeSvg.RefusedException {
        Element element = context.getElement(text);
        Rectangle2D bounds = text.getPrimitiveBounds();
        if (element == null || bounds == null) {
            return;
        }
        List<Element> parts = new java.util.ArrayList<>(List.of(element));
        NodeList spans = element.getElementsByTagNameNS(SafeSvg.SVG_NS, "*");
        for (int i = 0; i < spans.getLength(); i++) {
            parts.add((Element) spans.item(i));
        }
        for (Element part : parts) {
            if (patternOf(part, SVGCSSEngine.FILL_INDEX) != null && own(part, element, SVGCSSEngine.FILL_INDEX)) {
                use(part, SVGCSSEngine.FILL_INDEX, PaintServer.convertFillPaint(part, text, context), bounds, transform, clip, times, depth);
            }
            if (patternOf(part, SVGCSSEngine.STROKE_INDEX) != null && own(part, element, SVGCSSEngine.STROKE_INDEX)) {
                use(part, SVGCSSEngine.STROKE_INDEX, PaintServer.convertStrokePaint(part, text, context), bounds, transform, clip, times,
                        depth);
            }
        }
    }

    /**
     * Whether a part of a text paints with its own fill or stroke: the text itself, or a span that
     * sets one rather than taking its text's. Spans that take it are drawn in the text's tiles,
     * each over its own words, so the text counts them once. (Asked once the property is computed.)
     */
    private static boolean own(Element part, Element text, int property) {
        if (part == text || !(part instanceof org.apache.batik.css.engine.CSSStylableElement stylable)) {
            return true;
        }
        org.apache.batik.css.engine.StyleMap style = stylable.getComputedStyleMap(null);
        return style == null || !style.isInherited(property);
    }

    private void use(ShapeNode node, int property, Paint paint, Rectangle2D region, AffineTransform transform, Rectangle2D clip,
                     double times, int depth) throws SafeSvg.RefusedException {
        if (paint instanceof PatternPaint) {
            use(context.getElement(node), property, paint, region, transform, clip, times, depth);
        }
    }

    /**
     * One use of a pattern: the tiles that cover {@code region} (in the user space of the shape),
     * within the clip, then the patterns drawn inside its tile, once per tile.
     */
    private void use(Element painted, int property, Paint paint, Rectangle2D region, AffineTransform transform, Rectangle2D clip,
                     double times, int depth) throws SafeSvg.RefusedException {
        if (!(paint instanceof PatternPaint pattern)) {
            return;
        }
        Element source = painted == null ? null : patternOf(painted, property);
        double tiles = times * tiles(pattern, region, transform, clip);
        String name = source == null ? "<pattern>"
                : source.hasAttribute("id") ? "<pattern id=\"" + source.getAttribute("id") + "\">" : "a <pattern> without an id";
        double[] counted = byPattern.computeIfAbsent(name, k -> new double[2]);
        counted[0] += tiles;
        counted[1]++;
        fills += copies;
        total += tiles;
        if (tiles <= 0 || source == null || !(context.getElementData(source) instanceof GraphicsNode content)) {
            return;
        }
        if (depth >= MAX_NESTING) {
            throw new SafeSvg.RefusedException("its patterns are drawn inside each other more than " + MAX_NESTING + " levels deep",
                    "fill the shapes inside a pattern's tile with plain colours");
        }
        // the tile's content is drawn in the pattern's space (its viewBox or content units: the wrapper's transform), clipped to the tile
        AffineTransform contentSpace = pattern.getGraphicsNode().getTransform() != null
                ? new AffineTransform(pattern.getGraphicsNode().getTransform()) : new AffineTransform();
        walk(content, contentSpace, pattern.getPatternRect(), tiles, depth + 1);
    }

    /** How many tiles of a side, laid from {@code origin}, meet the span from {@code min} to {@code max}; touching one by a rounding error is not meeting it. */
    private static double span(double min, double max, double origin, double side) {
        return Math.ceil((max - origin) / side - 1e-9) - Math.floor((min - origin) / side + 1e-9);
    }

    /** The pattern a fill or stroke names ({@code url(#id)}), or {@code null}. */
    private Element patternOf(Element element, int property) {
        Value value = CSSUtilities.getComputedStyle(element, property);
        if (value.getCssValueType() == CSSValue.CSS_VALUE_LIST) {
            value = value.getLength() > 0 ? value.item(0) : null;
        }
        if (value == null || value.getPrimitiveType() != CSSPrimitiveValue.CSS_URI) {
            return null;
        }
        try {
            Element target = context.getReferencedElement(element, value.getStringValue());
            return target != null && "pattern".equals(target.getLocalName()) ? target : null;
        } catch (BridgeException e) {
            return null;
        }
    }

    /**
     * The tiles covering a region: the region (in the shape's user space) and the clip (in its own
     * space) are taken into the pattern's space, where tiles are the pattern's rectangle repeated,
     * and the rows and columns of tiles that meet both are counted, as a PDF viewer draws them.
     */
    static double tiles(PatternPaint pattern, Rectangle2D region, AffineTransform toClip, Rectangle2D clip) {
        Rectangle2D tile = pattern.getPatternRect();
        if (tile == null || !(tile.getWidth() > 0) || !(tile.getHeight() > 0) || region == null || region.isEmpty()) {
            return 0;
        }
        AffineTransform patternToUser = pattern.getPatternTransform() != null ? pattern.getPatternTransform() : new AffineTransform();
        Rectangle2D inPattern;
        try {
            inPattern = patternToUser.createInverse().createTransformedShape(region).getBounds2D();
            if (clip != null) {
                AffineTransform patternToClip = new AffineTransform(toClip);
                patternToClip.concatenate(patternToUser);
                Rectangle2D clipInPattern = patternToClip.createInverse().createTransformedShape(clip).getBounds2D();
                inPattern = inPattern.createIntersection(clipInPattern);
            }
        } catch (NoninvertibleTransformException e) {
            return 0; // flattened to nothing: no tile drawn
        }
        if (inPattern.isEmpty()) {
            return 0;
        }
        double columns = span(inPattern.getMinX(), inPattern.getMaxX(), tile.getX(), tile.getWidth());
        double rows = span(inPattern.getMinY(), inPattern.getMaxY(), tile.getY(), tile.getHeight());
        double n = Math.max(0, columns) * Math.max(0, rows);
        return Double.isNaN(n) ? Double.MAX_VALUE : n;
    }
}
