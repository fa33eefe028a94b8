package org.imprint.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.imprint.brand.FontFace;
import org.imprint.fonts.ComplexScripts;
import org.imprint.fonts.FontService;

/**
 * Chooses and subsets the fonts an e-book embeds. Each character goes to the first family of a
 * brand's font stack that has it (as a reading system would pick it); a family is embedded only
 * when some character went to it, and then only with those characters. Fonts whose licence reserves their
 * names (SIL OFL with Reserved Font Names) are embedded whole, since a subset is a modified version.
 * Which family shows a character is the {@link FontService}'s answer, the same the PDF gets.
 *
 * <p>Two more kinds go in whole: a font that shows a script the reading system must shape with
 * the font's own layout tables (Arabic joining, Indic conjuncts, Hebrew and Thai marks), which a
 * subset without GSUB and GPOS would break; and one that shows characters beyond the Basic
 * Multilingual Plane (emoji), for which fontbox's subsetter cannot write a character map.
 */
public final class FontSubsetter {

    private final FontService fonts;

    /** Only these tables are kept: the layout tables (GSUB, GPOS) refer to glyph ids a subset renumbers. */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "OS/2", "hmtx", "cmap",
            "loca", "glyf", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    public FontSubsetter(FontService fonts) {
        this.fonts = fonts;
    }

    /**
     * @param faces  the brand's font files
     * @param stacks the brand's font stacks (family names, first choice first)
     * @param text   all text of the book
     */
    public List<EmbeddedFont> embed(List<FontFace> faces, List<List<String>> stacks, String text) throws IOException {
        Map<String, Set<Integer>> byFamily = new HashMap<>();
        int[] used = text.codePoints().filter(cp -> cp > 0x20).distinct().sorted().toArray();
        for (List<String> stack : stacks) {
            for (int cp : used) {
                String family = fonts.familyFor(cp, stack, faces);
                if (family != null) {
                    byFamily.computeIfAbsent(family, k -> new TreeSet<>()).add(cp);
                }
            }
        }
        List<EmbeddedFont> embedded = new ArrayList<>();
        for (FontFace face : faces) {
            Set<Integer> mine = byFamily.get(face.family());
            if (mine == null) {
                continue;
            }
            TrueTypeFont font = fonts.shared(face.file());
            synchronized (font) {
                String name = face.file().getFileName().toString();
                // a CFF font cannot be subset by TTFSubsetter: it goes in whole, as a licence-bound one does
                byte[] data = fonts.isCff(face.file()) || reservesNames(font) || !subsettable(mine)
                        ? fonts.bytes(face.file()) : subset(font, mine);
                embedded.add(new EmbeddedFont(face.family(), face.weight(), face.italic(), "fonts/" + name, data));
            }
        }
        return embedded;
    }

    /** Whether a subset without layout tables and with a BMP-only character map still shows these characters right. */
    private static boolean subsettable(Set<Integer> codePoints) {
        return codePoints.stream().allMatch(cp -> cp <= 0xFFFF && !ComplexScripts.needsShaping(cp));
    }

    private static byte[] subset(TrueTypeFont font, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
        subsetter.add(' ');
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    private static boolean reservesNames(TrueTypeFont font) throws IOException {
        for (NameRecord record : font.getNaming().getNameRecords()) {
            // name ids 0 (copyright notice) and 13 (licence description)
            if (record.getNameId() == 0 || record.getNameId() == 13) {
                String s = record.getString();
                if (s != null && s.contains("Reserved Font Name")) {
                    return true;
                }
            }
        }
        return false;
    }
}
