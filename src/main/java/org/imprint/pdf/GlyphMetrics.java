package org.imprint.pdf;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** How wide a font's glyphs are, in thousandths of an em. */
interface GlyphMetrics {
    float width(int glyph);

    /** The metrics of a shaped face. */
    static GlyphMetrics of(ShapedFace face) {
        return glyph -> glyph < face.widths().length ? face.widths()[glyph] : 0;
    }

    /** The metrics of a font the layout drew by glyph ids (Identity-H), or null. */
    static GlyphMetrics of(PDResources resources, COSDictionary fonts, COSDictionary dict) {
        try {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) == dict
                        && resources.getFont(name) instanceof PDType0Font font
                        && font.getDescendantFont() instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid
                        && cid.getTrueTypeFont() != null) {
                    return glyph -> {
                        try {
                            return font.getWidth(glyph);
                        } catch (IOException e) {
                            return 0;
                        }
                    };
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
