package org.imprint.pdf;

/** What a {@link PdfEngine} can do; a request that needs more than its engine declares is refused. */
public enum PdfCapability {
    /** PDF/A-2u: an archival file (embedded fonts, output intent, XMP). */
    PDF_A("PDF/A-2u"),
    /** A structure tree, and so PDF/UA-1. */
    TAGGED("tagging (PDF/UA-1)"),
    /** Notes set at the foot of the page where they are called ({@code float: footnote}). */
    PAGE_FOOT_NOTES("notes at the page foot"),
    /** Bleed, crop marks, TrimBox and BleedBox for the print shop. */
    PRINT_MARKS("print marks (bleed, crop marks, TrimBox and BleedBox)"),
    /**
     * Right-to-left text in the Unicode bidirectional order, Arabic letters joined, and the
     * scripts that need a font's shaping tables (Indic, Thai).
     */
    COMPLEX_SCRIPTS("shaping of right-to-left and complex scripts"),
    /** Fonts with TrueType outlines. */
    TRUETYPE_FONTS("TrueType fonts"),
    /** OpenType fonts with CFF outlines. */
    CFF_FONTS("OpenType fonts with CFF outlines"),
    /**
     * SVG figures and charts drawn as vector graphics. (Flying Saucer 9.13 turns an SVG image into
     * a raster of about 12,000 pixels across, taking a minute per figure.)
     */
    SVG_IMAGES("SVG figures and charts as vector graphics"),
    /**
     * Room made for list numbers wider than the list's padding (see {@link ListMarkerRoom}):
     * without it a number from "100." on is cut at the column's edge.
     */
    LIST_NUMBER_ROOM("room for list numbers of three characters or more (\"100.\")"),
    /**
     * Emoji sequences (skin tones, flags, joined families) printed as their separate emoji: Flying
     * Saucer 9.13 drops some of their pieces (👍🏻 printed nothing, 🏳️‍🌈 nothing, ✊🏾 lost its
     * tone) and misplaces others (👨‍👩‍👧‍👦 ran past the column's edge).
     */
    EMOJI_SEQUENCES("emoji sequences (skin tones, flags, joined emoji) printed as their separate emoji");

    private final String description;

    PdfCapability(String description) {
        this.description = description;
    }

    /** What it is, in words for messages. */
    public String description() {
        return description;
    }
}
