package org.imprint.pdf;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaking without the break after a typographic apostrophe inside a word,
 * as {@link ApostropheAwareLineBreaker} does for openhtmltopdf, and
 * without the break after an opening bracket.
 */
final class ApostropheAwareBreakingStrategy implements LineBreakingStrategy {

    private final LineBreakingStrategy lines = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        BreakPointsProvider points = lines.getBreakPointsProvider(text, language, style);
        return () -> {
            BreakPoint point = points.next();
            while (ApostropheAwareLineBreaker.forbidden(text, point.getPosition()) || afterOpening(text, point.getPosition())) {
                point = points.next();
            }
            return point;
        };
    }

    /**
     * Whether the break would end a line with an opening bracket or quotation mark: the JDK's
     * line instance, which Flying Saucer asks, breaks after "(" ("the delta (" / "Nguyễn, 2018)").
     */
    private static boolean afterOpening(String text, int position) {
        return position > 0 && position < text.length() && "([{\u201C\u2018\u00AB".indexOf(text.charAt(position - 1)) >= 0;
    }
}
