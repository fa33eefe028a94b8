package org.imprint.cite;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The steps that finish a citation or reference-list entry as citeproc-java made it, in the
 * order they run. Most take out a mark the style was given before processing (ordinals, Roman
 * numerals, short years, month cases, field bounds) and write what citeproc-java 3.5 cannot;
 * the rest mend its punctuation and quotation marks. Field bounds are settled while the
 * quotation marks are still citeproc-java's, before the locale's are written; the rest of the
 * order is the one the citation tests pin down.
 */
final class Finishing {

    /** One step, named so the order reads as a list (and shows in a debugger). */
    private record Step(String name, UnaryOperator<String> apply) {
    }

    private final List<Step> steps;

    /**
     * The steps for one processor.
     *
     * @param language the article's language, for month and Hebrew forms
     * @param quotes the locale's quotation marks
     * @param intoQuotedFields whether a stop moves into a quoted field's closing mark
     * @param ordinals the locale's ordinals
     * @param literalDates the sources' literal dates at the time of writing ({@link MonthDayDates})
     */
    Finishing(String language, QuoteMarks quotes, boolean intoQuotedFields, Ordinals ordinals, Supplier<Set<String>> literalDates) {
        steps = List.of(
                new Step("whole particles", Particles::unmarked),
                new Step("field bounds", html -> FieldBounds.settled(html, quotes, intoQuotedFields)),
                new Step("roman numbers", RomanNumbers::write),
                new Step("affix guards", html -> html.replace(Processor.AFFIX_GUARD, "")),
                new Step("CJK names", CjkNames::joined),
                new Step("hyphenated names", HyphenatedNames::restored),
                new Step("text strips", TextStrips::write),
                new Step("abbreviation stops", AbbreviationStops::write),
                new Step("number plurals", NumberPlurals::write),
                new Step("date-part cases", html -> DatePartCases.write(html, language)),
                new Step("short years", ShortYears::write),
                new Step("implicit year suffixes", ImplicitYearSuffixes::unmarked),
                new Step("month-day dates", html -> MonthDayDates.clean(html, literalDates.get())),
                new Step("merged stops", DoubledStops::merged),
                new Step("quotation marks", quotes::write),
                new Step("stops after quotes", DoubledStops::afterQuotes),
                new Step("ordinals", ordinals::write),
                new Step("Hebrew geresh", html -> HebrewGeresh.write(html, language)));
    }

    /** The citation or entry with every step applied in order. */
    String apply(String html) {
        for (Step step : steps) {
            html = step.apply().apply(html);
        }
        return html;
    }
}
