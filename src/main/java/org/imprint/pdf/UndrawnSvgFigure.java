package org.imprint.pdf;

/**
 * An SVG figure or chart the PDF's SVG drawer (Batik) failed on: the build fails, naming the
 * figure's line in the article ({@link PdfOutput}), rather than print a blank figure without a word.
 */
final class UndrawnSvgFigure extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String href;

    /**
     * @param href   where the page refers to the figure's image
     * @param reason Batik's own words for the failure
     */
    UndrawnSvgFigure(String href, String reason, Throwable cause) {
        super("the SVG figure \"" + href + "\" could not be drawn (the PDF's SVG drawer, Batik, failed on it: "
                // Batik names the place in the file as "null:0" when it knows none
                + String.valueOf(reason).replaceFirst("^null:\\d+\\s*", "")
                + "); open it in a drawing program, save it as plain SVG, or export it as PNG", cause);
        this.href = href;
    }

    /** Where the page refers to the figure's image. */
    String href() {
        return href;
    }
}
