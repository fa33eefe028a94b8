package org.imprint.pdf;

import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.PatternPaint;
import org.apache.batik.gvt.ProxyGraphicsNode;

/**
 * Gives a Batik pattern paint whose tile does not start at its space's origin the same tiles
 * from a tile that does. pdfbox-graphics2d turns a {@link PatternPaint} into a PDF tiling pattern
 * whose tile box starts at the tile's corner, but draws the tile's content flipped about the
 * box's height alone, as if the box started at 0: a tile at y = 7 showed only the part of its
 * content between 7 and its height (half-moons), and an {@code objectBoundingBox} pattern on a
 * shape lower down (whose tile starts at the shape) showed nothing. The tile at the origin, with
 * the offset moved into the pattern's transform and taken back off its content, is drawn right.
 */
final class PatternOrigins {

    private PatternOrigins() {
    }

    /** The paint, or for a pattern whose tile is off its origin the same pattern with its tile at the origin. */
    static Paint atOrigin(Paint paint) {
        if (!(paint instanceof PatternPaint pattern)) {
            return paint;
        }
        Rectangle2D tile = pattern.getPatternRect();
        double x = tile.getX();
        double y = tile.getY();
        if (x == 0 && y == 0) {
            return paint;
        }
        AffineTransform transform = new AffineTransform(pattern.getPatternTransform());
        transform.translate(x, y);
        // a proxy, not a group: adding the content to a group would take it out of the pattern's own
        ProxyGraphicsNode content = new ProxyGraphicsNode();
        content.setSource(pattern.getGraphicsNode());
        content.setTransform(AffineTransform.getTranslateInstance(-x, -y));
        return new PatternPaint(content, new Rectangle2D.Double(0, 0, tile.getWidth(), tile.getHeight()),
                pattern.getOverflow(), transform);
    }

    /** The node's own tiles, for patterns drawn inside a pattern's tile. */
    static GraphicsNode content(Paint paint) {
        return paint instanceof PatternPaint pattern ? pattern.getGraphicsNode() : null;
    }
}
