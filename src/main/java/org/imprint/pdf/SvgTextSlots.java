package org.imprint.pdf;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Collections;
import java.util.Iterator;

import org.apache.batik.bridge.Bridge;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeExtension;
import org.apache.batik.bridge.GraphicsNodeBridge;
import org.apache.batik.gvt.AbstractGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The places in an SVG drawing where {@link TextKeepingSvgDrawer} sets a {@code <text>} as real
 * text: each such text is replaced in the document by a slot element ({@code <words n="N">} in
 * this class's namespace), and this Batik bridge extension makes each slot a node of Batik's
 * drawing tree that sets the words when Batik reaches it. So the words are painted in document
 * order, under the shapes drawn after them and over those drawn before, through the groups'
 * transforms, opacity and clips, as Batik paints everything else.
 */
final class SvgTextSlots implements BridgeExtension {

    /** The namespace of the slot elements: no SVG reader knows it, so nothing else draws them. */
    static final String NS = "urn:x-imprint:svg-text-slot";
    static final String ELEMENT = "words";

    /** Sets the words of the N-th text of a drawing, in its user space, with the graphics Batik paints with. */
    interface Painter {
        void paint(Graphics2D g, int text);

        /** Where the words fall, in the text's user space (for Batik's bounds; a close estimate is enough). */
        Rectangle2D bounds(int text);
    }

    private final Painter painter;

    SvgTextSlots(Painter painter) {
        this.painter = painter;
    }

    /** The slot for the N-th text, to put where the text was. */
    static Element slot(Document doc, int text) {
        Element slot = doc.createElementNS(NS, ELEMENT);
        slot.setAttribute("n", Integer.toString(text));
        return slot;
    }

    @Override
    public void registerTags(BridgeContext ctx) {
        ctx.putBridge(new SlotBridge(painter));
    }

    @Override
    public float getPriority() {
        return Float.MAX_VALUE;
    }

    @Override
    public Iterator<String> getImplementedExtensions() {
        return Collections.emptyIterator();
    }

    @Override
    public String getAuthor() {
        return "Imprint";
    }

    @Override
    public String getContactAddress() {
        return "";
    }

    @Override
    public String getURL() {
        return NS;
    }

    @Override
    public String getDescription() {
        return "words set as text where the drawing has them";
    }

    @Override
    public boolean isDynamicElement(Element e) {
        return false;
    }

    private record SlotBridge(Painter painter) implements GraphicsNodeBridge {

        @Override
        public GraphicsNode createGraphicsNode(BridgeContext ctx, Element e) {
            return new Slot(painter, Integer.parseInt(e.getAttribute("n")));
        }

        @Override
        public void buildGraphicsNode(BridgeContext ctx, Element e, GraphicsNode node) {
            // nothing to add: the node draws its words
        }

        @Override
        public boolean isComposite() {
            return false;
        }

        @Override
        public boolean getDisplay(Element e) {
            return true;
        }

        @Override
        public Bridge getInstance() {
            return this;
        }

        @Override
        public String getNamespaceURI() {
            return NS;
        }

        @Override
        public String getLocalName() {
            return ELEMENT;
        }
    }

    /** One text's words in Batik's drawing tree. */
    private static final class Slot extends AbstractGraphicsNode {
        private final Painter painter;
        private final int text;

        Slot(Painter painter, int text) {
            this.painter = painter;
            this.text = text;
        }

        @Override
        public void primitivePaint(Graphics2D g) {
            painter.paint(g, text);
        }

        @Override
        public Rectangle2D getPrimitiveBounds() {
            return painter.bounds(text);
        }

        @Override
        public Rectangle2D getGeometryBounds() {
            return painter.bounds(text);
        }

        @Override
        public Rectangle2D getSensitiveBounds() {
            return painter.bounds(text);
        }

        @Override
        public Shape getOutline() {
            return painter.bounds(text);
        }
    }
}
