package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bracketed aside of the other direction ("Pakistan's Mediation (پاکستان کی ثالثی) between …"
 * in English, "پاکستان کی ثالثی (Pakistan's Talks) واشنگٹن …" in Urdu) is never split from its
 * brackets at a line's end, on the cover, at the article's head, in the running head or in the
 * body, however the title's length moves the break: the layout broke between the paragraph's
 * run and the aside's without asking the line breaker, and a line ended with "(" ({@link EdgeJoins}).
 * Each line holds as many opening brackets as closing ones.
 */
class BracketedAsideBreaksTest {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void noLineEndsWithTheBracketThatOpensAnAside(String language) throws Exception {
        boolean english = language.equals("en");
        List<String> faults = new ArrayList<>();
        for (int words = 0; words < 12; words++) {
            String lead = String.join(" ", Collections.nCopies(words, english ? "Talks" : "مذاکرات"));
            String title = english ? lead + " Pakistan's Mediation (پاکستان کی ثالثی) between Washington and Tehran"
                    : lead + " پاکستان کی ثالثی (Pakistan's Talks) واشنگٹن اور تہران کے درمیان";
            String body = english ? title + ", " + lead + " and the talks (امن) between them.\n"
                    : title + "، " + lead + " اور مذاکرات (IMF) ان کے درمیان۔\n";
            Path pdf = TestReport.at(dir.resolve(language + words)).out(dir.resolve("out-" + language + words)).language(language)
                    .title(title.strip()).author(english ? "Ayesha Khan" : "عائشہ خان").body(body.strip() + "\n").build("pdf").pdf();
            Map<String, int[]> lines = new TreeMap<>();
            // the cover and the article's page (page 2, about the organisation, has English asides of its own)
            for (Glyph g : PdfGlyphs.read(pdf).stream().filter(g -> g.page() == 1 || g.page() == 3).toList()) {
                int[] count = lines.computeIfAbsent(g.page() + " at " + Math.round(g.y()), k -> new int[2]);
                count[0] += g.text().equals("(") ? 1 : 0;
                count[1] += g.text().equals(")") ? 1 : 0;
            }
            lines.forEach((line, count) -> {
                if (count[0] != count[1]) {
                    faults.add("\"" + title.strip() + "\": page " + line + " has " + count[0] + " \"(\" and " + count[1] + " \")\"");
                }
            });
        }
        assertEquals(List.of(), faults);
    }
}
