package org.imprint.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart's description writes one digit system: in Arabic and Persian its lowest and highest
 * values were in the language's digits (١, ٦) and its years in Latin ones (2020, 2023) in the same
 * sentence. The years now take the values' digits; a label with letters ("Q1") is a name, kept.
 */
class ChartDescriptionDigitsTest {

    @Test
    void arabicAndPersianDescriptionsWriteOneDigitSystem(@TempDir Path dir) throws Exception {
        for (String language : new String[] {"ar", "fa"}) {
            TestReport.Built built = TestReport.at(dir.resolve(language)).out(dir.resolve("out-" + language)).language(language)
                    .file("data/d.csv", "year,Indus,Nile\n2020,1,2\n2021,3,\n2023,4,6\n")
                    .body("نص.\n\n```chart\ntype: line\ndata: data/d.csv\nx: year\ny: [Indus, Nile]\ncaption: تعليق.\n```\n")
                    .build("html");
            String web = Files.readString(built.web().resolve("index.html"));
            Matcher alt = Pattern.compile("alt=\"([^\"]*Indus[^\"]*)\"").matcher(web);
            assertTrue(alt.find(), web);
            String sentence = alt.group(1);
            assertTrue(sentence.chars().noneMatch(c -> c >= '0' && c <= '9') && sentence.chars().anyMatch(Character::isDigit),
                    language + ": " + sentence);
        }
    }
}
