package org.imprint.pdf;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.geom.AffineTransform;

import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;

/**
 * Rearranges a drawing Batik has built so that painting it leaves no graphics context open.
 *
 * <p>Batik's {@code AbstractGraphicsNode.paint} (1.19, and its current source) leaks a context
 * when a node is both clipped and painted off-screen (group opacity, a filter or a mask, or an
 * antialiased clip): it calls {@code create()} for the clip, then again for the off-screen image,
 * and disposes only the second. On a screen that costs nothing. On the PDF's graphics
 * (pdfbox-graphics2d) every context writes {@code q} when created and {@code Q} when disposed into
 * the one content stream of the figure: the leaked context's {@code Q} is missing, so
 * <ul>
 * <li>when the clipped node's parent draws anything after it, pdfbox-graphics2d refuses ("Child
 * context is missing a .dispose() call") and the PDF is not made;</li>
 * <li>when nothing follows, the figure's stream is closed without it, and when the JVM's finalizer
 * later disposes the leaked context ({@code java.awt.Graphics.finalize} calls {@code dispose()})
 * its {@code Q} is appended after the stream was closed, past its {@code /Length}: a PDF that fails
 * PDF/A (veraPDF 6.1.7.1-1) whenever a garbage collection happens to fall between the figure and
 * the save, about one build in two.</li>
 * </ul>
 * Here each such node is put in a group of its own that carries its clip and transform, so Batik
 * clips in the group (one context, disposed) and paints the node off-screen in another (disposed):
 * the same picture, with every {@code q} matched. A clip is never antialiased: in a PDF it is a
 * vector clip at any resolution, and Batik's antialiased clip would be both an image and the leak.
 */
final class OffscreenClips {

    private OffscreenClips() {
    }

    /** Rearranges, in place, the nodes in this node (a drawing's root is never itself clipped). */
    static void apply(GraphicsNode node) {
        if (node.getClip() != null) {
            node.getClip().setUseAntialiasedClip(false);
        }
        if (!(node instanceof CompositeGraphicsNode group)) {
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            GraphicsNode child = (GraphicsNode) group.get(i);
            apply(child);
            if (child.getClip() != null && offscreen(child)) {
                CompositeGraphicsNode holder = new CompositeGraphicsNode();
                holder.setClip(child.getClip());
                child.setClip(null);
                if (child.getTransform() != null) {
                    // the clip is in the node's user space: the group takes the transform that makes it
                    holder.setTransform(child.getTransform());
                    child.setTransform(new AffineTransform());
                }
                group.set(i, holder);
                holder.add(child);
            }
        }
    }

    /** Whether Batik paints the node through an image of it: what its {@code isOffscreenBufferNeeded} asks. */
    private static boolean offscreen(GraphicsNode node) {
        Composite composite = node.getComposite();
        return node.getFilter() != null || node.getMask() != null
                || composite != null && !AlphaComposite.SrcOver.equals(composite);
    }
}
