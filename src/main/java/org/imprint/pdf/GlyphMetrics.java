package org.imprint.pdf;

import java.io.IOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** How wide a font's glyphs are (thousandths of an em) and which are spaces. */
interface GlyphMetrics {
    float width(int glyph);

    boolean space(int glyph);

    /** The metrics of a shaped face. */
    static GlyphMetrics of(ShapedFace face) {
        return new GlyphMetrics() {
            @Override
            public float width(int glyph) {
                return glyph < face.widths().length ? face.widths()[glyph] : 0;
            }

            @Override
            public boolean space(int glyph) {
                return Character.isWhitespace(face.letter(glyph)) || face.letter(glyph) == 0xA0;
            }
        };
    }

    /** The metrics of a font the layout drew by glyph ids (Identity-H), or null. */
    static GlyphMetrics of(PDResources resources, COSDictionary fonts, COSDictionary dict) {
        try {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) == dict
                        && resources.getFont(name) instanceof PDType0Font font
                        && font.getDescendantFont() instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid
                        && cid.getTrueTypeFont() != null) {
                    CmapLookup cmap = cid.getTrueTypeFont().getUnicodeCmapLookup();
                    int space = cmap.getGlyphId(0x20);
                    int nbsp = cmap.getGlyphId(0xA0);
                    return new GlyphMetrics() {
                        @Override
                        public float width(int glyph) {
                            try {
                                return font.getWidth(glyph);
                            } catch (IOException e) {
                                return 0;
                            }
                        }

                        @Override
                        public boolean space(int glyph) {
                            return glyph > 0 && (glyph == space || glyph == nbsp);
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
