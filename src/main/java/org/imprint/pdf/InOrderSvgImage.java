package org.imprint.pdf;

import java.util.List;
import java.util.Set;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.svg12.SVG12BridgeContext;
import org.apache.batik.ext.awt.RenderingHintsKeyExt;
import org.apache.batik.gvt.CanvasGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.svgsupport.BatikSVGImage;
import com.openhtmltopdf.svgsupport.PDFTranscoder;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;

/**
 * An SVG figure as openhtmltopdf sizes it ({@link BatikSVGImage}), drawn by Batik with the
 * {@link SvgTextSlots} bridge, so the words {@link TextKeepingSvgDrawer} sets are painted in
 * document order among the shapes. Nothing is fetched and no script runs; the only URLs Batik may
 * open are {@code data:} ones, which {@link org.imprint.image.SafeSvg} lets through only for
 * PNG and JPEG images it has decoded and checked.
 */
final class InOrderSvgImage extends BatikSVGImage {

    private final Element svg;
    private final Box box;
    private final double cssWidth;
    private final double cssHeight;
    private final double cssMaxWidth;
    private final double cssMaxHeight;
    private final double dotsPerPixel;
    private final OpenHtmlFontResolver fonts;
    private final UserAgentCallback agent;
    private final SvgTextSlots slots;

    InOrderSvgImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel,
                    OpenHtmlFontResolver fonts, UserAgentCallback agent, SvgTextSlots slots) {
        this(svg, box, css, cssWidth, cssHeight, CalculatedStyle.getCSSMaxWidth(css, box), CalculatedStyle.getCSSMaxHeight(css, box),
                dotsPerPixel, fonts, agent, slots);
    }

    private InOrderSvgImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double maxWidth, double maxHeight,
                            double dotsPerPixel, OpenHtmlFontResolver fonts, UserAgentCallback agent, SvgTextSlots slots) {
        super(svg, box, cssWidth, cssHeight, maxWidth, maxHeight, dotsPerPixel, css);
        this.svg = svg;
        this.box = box;
        this.cssWidth = cssWidth;
        this.cssHeight = cssHeight;
        this.cssMaxWidth = maxWidth;
        this.cssMaxHeight = maxHeight;
        this.dotsPerPixel = dotsPerPixel;
        this.fonts = fonts != null ? fonts : new OpenHtmlFontResolver();
        this.agent = agent;
        this.slots = slots;
    }

    @Override
    public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
        Transcoder transcoder = new Transcoder();
        transcoder.setRenderingParameters(device, context, x, y, fonts, agent);
        try {
            transcoder.transcode(new TranscoderInput(copy(context)), null);
        } catch (TranscoderException e) {
            // openhtmltopdf would log Batik's failure and leave the figure blank: a blank figure
            // printed without a word is worse than no PDF
            String src = box != null && box.getElement() != null ? box.getElement().getAttribute("src") : "";
            throw new UndrawnSvgFigure(src, reason(e), e);
        }
    }

    /** Batik's own words for the failure, on one line. */
    private static String reason(TranscoderException e) {
        Throwable cause = e.getException() != null ? e.getException() : e;
        String message = String.valueOf(cause.getMessage()).replaceAll("null:-1\\s*", "").replaceAll("\\s+", " ").strip();
        return message.isEmpty() || message.equals("null") ? "a reference it cannot follow or a feature it lacks"
                : message.length() > 200 ? message.substring(0, 197) + "..." : message;
    }

    /** The drawing as its own SVG document, with the page's style rules for it, as openhtmltopdf draws it. */
    private Document copy(RenderingContext context) {
        Document doc = SVGDOMImplementation.getDOMImplementation().createDocument(SVGDOMImplementation.SVG_NAMESPACE_URI, "svg", null);
        String styles = context.getCss().getCSSForAllDescendants(svg);
        if (styles != null && !styles.isEmpty()) {
            Element style = doc.createElementNS(SVGDOMImplementation.SVG_NAMESPACE_URI, "style");
            style.appendChild(doc.createTextNode(styles));
            doc.getDocumentElement().appendChild(style);
        }
        for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
            doc.getDocumentElement().appendChild(doc.importNode(n, true));
        }
        for (int i = 0; i < svg.getAttributes().getLength(); i++) {
            Node attr = svg.getAttributes().item(i);
            doc.getDocumentElement().setAttribute(attr.getNodeName(), attr.getNodeValue());
        }
        return doc;
    }

    /** openhtmltopdf's transcoder, with the slots' bridge and {@code data:} images allowed. */
    private final class Transcoder extends PDFTranscoder {

        Transcoder() {
            super(box, dotsPerPixel, cssWidth, cssHeight);
            if (cssWidth >= 0) {
                addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) (cssWidth / dotsPerPixel));
            }
            if (cssHeight >= 0) {
                addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) (cssHeight / dotsPerPixel));
            }
            if (cssMaxWidth >= 0) {
                addTranscodingHint(SVGAbstractTranscoder.KEY_MAX_WIDTH, (float) (cssMaxWidth / dotsPerPixel));
            }
            if (cssMaxHeight >= 0) {
                addTranscodingHint(SVGAbstractTranscoder.KEY_MAX_HEIGHT, (float) (cssMaxHeight / dotsPerPixel));
            }
            // the size BatikSVGImage gave the drawing (it wrote it on the element)
            setImageSize(Float.parseFloat(svg.getAttribute("width")), Float.parseFloat(svg.getAttribute("height")));
            setSecurityOptions(false, false, Set.of("data"));
            addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        }

        @Override
        protected CanvasGraphicsNode getCanvasGraphicsNode(GraphicsNode root) {
            // called once the drawing is built, before openhtmltopdf paints it
            UserSpaceGradients.apply(root);
            OffscreenClips.apply(root);
            // what Batik draws as pixels (filters, masks, group opacity) as one image, not 128-pixel tiles:
            // a viewer smooths each tile's edges, so tiles showed hairline seams (the hint is Batik's own, for PDF)
            root.setRenderingHint(RenderingHintsKeyExt.KEY_AVOID_TILE_PAINTING, RenderingHintsKeyExt.VALUE_AVOID_TILE_PAINTING_ON);
            return super.getCanvasGraphicsNode(root);
        }

        @Override
        protected BridgeContext createBridgeContext(String svgVersion) {
            // Batik's own image bridge: a data: URL needs no resolving against the page
            return "1.2".equals(svgVersion) ? new SVG12BridgeContext(userAgent) {
                @Override
                @SuppressWarnings({"rawtypes", "unchecked"})
                public List getBridgeExtensions(Document doc) {
                    List extensions = super.getBridgeExtensions(doc);
                    extensions.add(slots);
                    return extensions;
                }
            } : new BridgeContext(userAgent) {
                @Override
                @SuppressWarnings({"rawtypes", "unchecked"})
                public List getBridgeExtensions(Document doc) {
                    List extensions = super.getBridgeExtensions(doc);
                    extensions.add(slots);
                    return extensions;
                }
            };
        }
    }
}
