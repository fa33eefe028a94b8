package org.imprint.pdf;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaking without the break after a typographic apostrophe inside a word,
 * as {@link ApostropheAwareLineBreaker} does for openhtmltopdf.
 */
final class ApostropheAwareBreakingStrategy implements LineBreakingStrategy {

    private final LineBreakingStrategy lines = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        BreakPointsProvider points = lines.getBreakPointsProvider(text, language, style);
        return () -> {
            BreakPoint point = points.next();
            while (ApostropheAwareLineBreaker.forbidden(text, point.getPosition())) {
                point = points.next();
            }
            return point;
        };
    }
}
