package org.imprint.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.SAXException;

/**
 * Which words of an SVG figure the PDF draws as outlines rather than text (on a path, filled with a
 * gradient, stroked, clipped, reused), as {@link TextKeepingSvgDrawer} decides it: the load stage
 * warns of them, once per figure, since they cannot be searched, copied or read aloud in the PDF.
 */
public final class SvgOutlines {

    private SvgOutlines() {
    }

    /**
     * @param svg a cleaned SVG file ({@link org.imprint.image.SafeSvg}): no DTD, nothing to fetch
     * @return why some of its words are outlines, in words, each once; empty when all are text
     */
    public static List<String> of(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return TextKeepingSvgDrawer.outlinedText(builder.parse(new ByteArrayInputStream(svg)).getDocumentElement());
        } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
            // a cleaned file parses; should Batik's styling fail on it, the PDF names the figure
            return List.of();
        }
    }
}
