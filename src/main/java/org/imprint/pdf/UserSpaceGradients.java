package org.imprint.pdf;

import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.text.AttributedCharacterIterator;

import org.apache.batik.bridge.TextNode;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.CompositeShapePainter;
import org.apache.batik.gvt.FillShapePainter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.Marker;
import org.apache.batik.gvt.MarkerShapePainter;
import org.apache.batik.gvt.ShapeNode;
import org.apache.batik.gvt.ShapePainter;
import org.apache.batik.gvt.StrokeShapePainter;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;

/**
 * Gives the linear gradients of a drawing Batik has built the same colours in user space, before
 * the PDF's graphics paint them. pdfbox-graphics2d draws a Batik gradient whose transform scales
 * unevenly (an {@code objectBoundingBox} gradient on a box that is not square: most gradient text)
 * by clipping to the shape together with a unit square at the drawing's corner, which the
 * gradient then paints too: a dot at the figure's bottom-left corner. The same gradient as a
 * plain {@link java.awt.LinearGradientPaint} with no transform, its ends placed so each point
 * gets the colour it had, takes the library's user-space path, which clips to the shape alone.
 */
final class UserSpaceGradients {

    private UserSpaceGradients() {
    }

    /**
     * Replaces, in place, every such gradient fill and stroke of the node and the nodes in it (its
     * markers' and patterns' shapes too). A marker drawn at several vertices is one node, met once
     * per use: a paint already replaced is left as it is.
     */
    static void apply(GraphicsNode node) {
        if (node instanceof CompositeGraphicsNode group) {
            for (Object child : group.getChildren()) {
                apply((GraphicsNode) child);
            }
        } else if (node instanceof ShapeNode shape) {
            painter(shape.getShapePainter());
        } else if (node instanceof TextNode text) {
            AttributedCharacterIterator aci = text.getAttributedCharacterIterator();
            if (aci == null) {
                return;
            }
            for (char c = aci.first(); c != AttributedCharacterIterator.DONE; c = aci.setIndex(aci.getRunLimit())) {
                if (aci.getAttribute(GVTAttributedCharacterIterator.TextAttribute.PAINT_INFO) instanceof TextPaintInfo info) {
                    info.fillPaint = plain(info.fillPaint);
                    info.strokePaint = plain(info.strokePaint);
                }
                if (aci.getRunLimit() >= aci.getEndIndex()) {
                    break;
                }
            }
        }
    }

    private static void painter(ShapePainter painter) {
        if (painter instanceof CompositeShapePainter all) {
            for (int i = 0; i < all.getShapePainterCount(); i++) {
                painter(all.getShapePainter(i));
            }
        } else if (painter instanceof FillShapePainter fill) {
            fill.setPaint(plain(fill.getPaint()));
        } else if (painter instanceof StrokeShapePainter stroke) {
            stroke.setPaint(plain(stroke.getPaint()));
        } else if (painter instanceof MarkerShapePainter markers) {
            // a marker's shapes are painted through the same graphics: an offset pattern in an arrowhead came out cut or blank
            for (Marker marker : new Marker[] {markers.getStartMarker(), markers.getMiddleMarker(), markers.getEndMarker()}) {
                if (marker != null) {
                    apply(marker.getMarkerNode());
                }
            }
        }
    }

    /**
     * The paint, or for a Batik linear gradient the same gradient in user space: a point p has
     * t = (T⁻¹p − s)·d / |d|², which is (p − Ts)·g with g = L⁻ᵀd / |d|² (L the transform's
     * linear part), so the gradient runs from Ts to Ts + g / |g|².
     */
    static Paint plain(Paint paint) {
        if (PatternOrigins.content(paint) != null) {
            // the tile's own shapes may be filled with gradients or patterns too
            apply(PatternOrigins.content(paint));
            return PatternOrigins.atOrigin(paint);
        }
        if (!(paint instanceof org.apache.batik.ext.awt.LinearGradientPaint batik)) {
            return paint;
        }
        AffineTransform t = batik.getTransform();
        Point2D s = batik.getStartPoint();
        Point2D e = batik.getEndPoint();
        double dx = e.getX() - s.getX();
        double dy = e.getY() - s.getY();
        double d2 = dx * dx + dy * dy;
        if (d2 == 0) {
            return paint;
        }
        AffineTransform inverse;
        try {
            inverse = new AffineTransform(t.getScaleX(), t.getShearY(), t.getShearX(), t.getScaleY(), 0, 0).createInverse();
        } catch (NoninvertibleTransformException ex) {
            return paint;
        }
        // L⁻ᵀ d: the inverse's transpose applied to d
        double gx = (inverse.getScaleX() * dx + inverse.getShearY() * dy) / d2;
        double gy = (inverse.getShearX() * dx + inverse.getScaleY() * dy) / d2;
        double g2 = gx * gx + gy * gy;
        if (g2 == 0 || !Double.isFinite(g2)) {
            return paint;
        }
        Point2D start = t.transform(s, null);
        Point2D end = new Point2D.Double(start.getX() + gx / g2, start.getY() + gy / g2);
        MultipleGradientPaint.CycleMethod cycle = batik.getCycleMethod() == org.apache.batik.ext.awt.MultipleGradientPaint.REFLECT
                ? MultipleGradientPaint.CycleMethod.REFLECT
                : batik.getCycleMethod() == org.apache.batik.ext.awt.MultipleGradientPaint.REPEAT
                ? MultipleGradientPaint.CycleMethod.REPEAT : MultipleGradientPaint.CycleMethod.NO_CYCLE;
        MultipleGradientPaint.ColorSpaceType space = batik.getColorSpace() == org.apache.batik.ext.awt.MultipleGradientPaint.LINEAR_RGB
                ? MultipleGradientPaint.ColorSpaceType.LINEAR_RGB : MultipleGradientPaint.ColorSpaceType.SRGB;
        return new LinearGradientPaint(start, end, batik.getFractions(), batik.getColors(), cycle, space, new AffineTransform());
    }
}
