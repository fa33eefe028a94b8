package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.assertContains;
import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotation marks in citations and reference entries (issue 15), built for real into PDFs and
 * read back: a title's own quotation inside the style's quotation marks takes the locale's
 * inner marks, and a style's own straight quotes pair as opening and closing marks.
 */
class CitationQuotesBuildTest {

    static final String JSON = """
            [{"id":"q1","type":"article-journal","author":[{"family":"Quinn","given":"Al"}],"title":"On \\"fake news\\" and facts",
              "container-title":"Journal","issued":{"date-parts":[[2020]]}},
             {"id":"q2","type":"book","author":[{"family":"Ray","given":"Al"}],"title":"The \\"best\\" book","publisher":"Pub",
              "issued":{"date-parts":[[2021]]}},
             {"id":"q3","type":"report","author":[{"family":"Sand","given":"Al"}],"title":"Beyond \\"growth\\"","publisher":"Pub",
              "issued":{"date-parts":[[2022]]}}]
            """;

    @TempDir
    Path dir;

    private String build(String name, String style, String language) throws Exception {
        return text(TestReport.citing(dir, name, style).title("Faults").language(language).bibliography("refs.json")
                .body("Quotes [@q1; @q2; @q3].\n").file("refs.json", JSON).build("pdf").pdf());
    }

    /** Chicago's quotes="true" round a title holding a quotation: the inner one in the locale's inner marks, as citeproc-js sets it. */
    @Test
    void quotationInAQuotedTitleTakesTheInnerMarks() throws Exception {
        String english = build("en", "chicago-author-date", "en");
        String german = build("de", "chicago-author-date", "de");
        String french = build("fr", "chicago-author-date", "fr").replaceAll("[\\u00A0\\u202F]", " ");
        assertAll(
                () -> assertContains(english, "Quinn, Al. 2020. “On ‘Fake News’ and Facts.” Journal."),
                () -> assertContains(english, "The “Best” Book"),   // not quoted by the style: its own marks stay
                () -> assertFalse(english.contains("“On “Fake"), english),
                () -> assertContains(german, "„On ‚fake news‘ and facts“"),
                () -> assertContains(french, "« On “fake news” and facts »"));
    }

    /** rtf-scan writes its own straight quotes (text value="&quot;"), antipode its affixes: each alone was made an opening mark. */
    @Test
    void stylesStraightQuotesPair() throws Exception {
        String rtf = build("rtf", "rtf-scan", "en");
        String antipode = build("antipode", "antipode", "en");
        assertAll(
                () -> assertContains(rtf, "{Quinn, “On ‘fake news’ and facts”, 2020}"),
                () -> assertFalse(rtf.contains("facts“"), rtf),
                () -> assertContains(antipode, "Sand A (2022) “Beyond ‘growth’”."));
    }

    static final String APOSTROPHES = """
            [{"id":"obr","type":"article-journal","author":[{"family":"O'Brien","given":"Pat"}],"title":"O'Brien's rock'n'roll in the '90s",
              "container-title":"Music Q","volume":"2","page":"1-5","issued":{"date-parts":[[2001]]}},
             {"id":"nest","type":"article-journal","author":[{"family":"Nest","given":"Ann"}],
              "title":"He said \\"she said 'it's \\"deep\\" here' ok\\" twice","container-title":"J","volume":"3","page":"6-7","issued":{"date-parts":[[2002]]}},
             {"id":"endq","type":"chapter","author":[{"family":"End","given":"Cy"}],"title":"\\"Quoted whole title\\"","container-title":"The 'Big' Book",
              "editor":[{"family":"Ed","given":"Di"}],"publisher":"P","issued":{"date-parts":[[2004]]}},
             {"id":"apos","type":"article-journal","author":[{"family":"Apo","given":"Ed"}],"title":"Students' 'fake' news of teachers'",
              "container-title":"J","volume":"5","page":"1","issued":{"date-parts":[[2005]]}}]
            """;

    private String apostrophes(String language) throws Exception {
        return text(TestReport.citing(dir, "apostrophes-" + language, "chicago-author-date").title("Apostrophes").language(language)
                .bibliography("refs.json").body("One [@obr; @nest; @endq; @apos].\n").file("refs.json", APOSTROPHES).build("pdf").pdf())
                .replaceAll("[\\u00A0\\u202F]", " ");
    }

    /**
     * An apostrophe in a title stays an apostrophe in every language (citeproc-java took it for an
     * inner quotation mark: « Students” views », „rock’n‘roll“, Hebrew primes, "Teachers.’”"), and
     * quotations in quotations alternate the locale's marks at every depth, as citeproc-js sets them.
     */
    @Test
    void apostrophesStayApostrophesAndQuotationsAlternate() throws Exception {
        String english = apostrophes("en");
        String french = apostrophes("fr");
        String german = apostrophes("de");
        String hebrew = apostrophes("he");
        assertAll(
                () -> assertContains(english, "“O’Brien’s Rock’n’roll in the ’90s.”"),
                () -> assertContains(english, "“Students’ ‘Fake’ News of Teachers’.”"),
                () -> assertContains(english, "“He Said ‘She Said “It’s ‘Deep’ Here” Ok’ Twice.”"),
                () -> assertContains(english, "“‘Quoted Whole Title.’” In The “Big” Book"),
                () -> assertContains(french, "« Students’ “fake” news of teachers’ »"),
                () -> assertContains(french, "« O’Brien’s rock’n’roll in the ’90s »"),
                () -> assertContains(french, "« He said “she said « it’s “deep” here » ok” twice »"),
                () -> assertContains(german, "„He said ‚she said „it’s ‚deep‘ here“ ok‘ twice“"),
                () -> assertContains(german, "„Students’ ‚fake‘ news of teachers’“"),
                () -> assertContains(hebrew, "\"'Quoted whole title'\""),
                () -> assertContains(hebrew, "\"O’Brien’s rock’n’roll in the ’90s\""),
                () -> assertFalse(hebrew.contains("\u2032") || hebrew.contains("\u2033"), hebrew));
    }
}
