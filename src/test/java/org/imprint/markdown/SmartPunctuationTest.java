package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Typographic punctuation, checked on the Markdown it writes and on the HTML that Markdown gives. */
class SmartPunctuationTest {

    private static final SmartPunctuation EN = new SmartPunctuation("en-GB");
    private static final SmartPunctuation DE = new SmartPunctuation("de");
    private static final SmartPunctuation FR = new SmartPunctuation("fr");
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private static String html(SmartPunctuation p, String markdown) {
        return MARKDOWN.renderFragment(p.markdown(markdown)).strip();
    }

    @Test
    void englishQuotesApostrophesDashesAndEllipses() {
        assertEquals("<p>\u201CIt\u2019s here,\u201D she said \u2013 \u2018twice\u2019\u2026 \u2014 in the \u201990s.</p>",
                html(EN, "\"It's here,\" she said -- 'twice'... --- in the '90s."));
    }

    @Test
    void quoteStateCrossesEmphasisAndLinks() {
        assertEquals("<p>\u201C<em>Peace</em>\u201D and \u201C<a rel=\"nofollow\" href=\"https://example.org\">talks</a>\u201D</p>",
                html(EN, "\"*Peace*\" and \"[talks](https://example.org)\""));
    }

    @Test
    void pluralPossessiveAndNestedQuotes() {
        assertEquals("<p>the States\u2019 role: \u201CHe said \u2018no\u2019.\u201D</p>",
                html(EN, "the States' role: \"He said 'no'.\""));
    }

    @Test
    void codeUrlsHtmlAndLinkDestinationsKeepTheirCharacters() {
        String markdown = "Run `say \"hi\" -- now` or see <a rel=\"nofollow\" href=\"https://example.org/a--b's...\">https://example.org/a--b's...</a> and "
                + "<span title=\"it's\">x</span> [it's](https://example.org/it's--x \"it's\") mail a--b@example.org";
        // only the link's text changes, and the dots after the bare URL, which the autolinker leaves out of it
        assertEquals(MARKDOWN.renderFragment(markdown).strip().replace(">it's</a>", ">it\u2019s</a>")
                .replace("</a>... and", "</a>\u2026 and"), html(EN, markdown));
        assertEquals(markdown.replace("[it's]", "[it\u2019s]").replace("'s...</a>", "'s\u2026</a>"), EN.markdown(markdown));
    }

    @Test
    void quotesOpenAfterInvertedMarksBracketsAndDashes() {
        // ¡ ¿ are "other punctuation" to Unicode: a quote after them used to close
        assertEquals("\u00A1\u00ABhola\u00BB! y \u00BF\u00ABqu\u00E9\u00BB? y (\u00ABpar\u00E9ntesis\u00BB) y \u2014\u00ABraya\u00BB\u2014.",
                new SmartPunctuation("es").markdown("\u00A1\"hola\"! y \u00BF\"qu\u00E9\"? y (\"par\u00E9ntesis\") y \u2014\"raya\"\u2014."));
        assertEquals("\u00BF\u201Cinverted\u201D? \u2E18\u201Cwhat\u201D \u2010\u2018x\u2019 \u27E8\u201Cangle\u201D\u27E9 \u2066\u201Cisolated\u201D\u2069",
                EN.markdown("\u00BF\"inverted\"? \u2E18\"what\" \u2010'x' \u27E8\"angle\"\u27E9 \u2066\"isolated\"\u2069"));
        // a quote after a letter still closes, also through a soft hyphen
        assertEquals("\u201Cword\u00AD\u201D", EN.markdown("\"word\u00AD\""));
    }

    @Test
    void brazilianPortugueseUsesCurlyQuotesAndEuropeanGuillemets() {
        assertEquals("\u201Cdisse \u2018n\u00E3o\u2019\u201D", new SmartPunctuation("pt-BR").markdown("\"disse 'n\u00E3o'\""));
        assertEquals("\u00ABdisse \u201Cn\u00E3o\u201D\u00BB", new SmartPunctuation("pt-PT").markdown("\"disse 'n\u00E3o'\""));
        assertEquals("\u00ABdisse\u00BB", new SmartPunctuation("pt").markdown("\"disse\""));
        assertEquals("\u00ABWort\u00BB", new SmartPunctuation("de-CH").markdown("\"Wort\""));
    }

    @Test
    void fencedCodeKeepsItsQuotes() {
        String markdown = "```\nprint(\"it's\")\n```\n";
        assertEquals(markdown, EN.markdown(markdown));
    }

    @Test
    void escapedQuotesStayStraight() {
        assertEquals("<p>a &quot;straight&quot; \u201Ccurly\u201D 5'11 -- x</p>".replace("5'11", "5\u203211").replace("--", "\u2013"),
                html(EN, "a \\\"straight\\\" \"curly\" 5'11 -- x"));
        assertEquals("<p>it's -- &quot;</p>", html(EN, "it\\'s \\-- &quot;"));
    }

    @Test
    void feetAndInchesArePrimesInEnglish() {
        assertEquals("<p>She is 5\u203210\u2033 tall, a 6\u2032 wall, \u201Che is 5\u203211\u2033 now\u201D, the \u201990s, 1990\u2019s, \u2018the 1990s\u2019</p>",
                html(EN, "She is 5'10\" tall, a 6' wall, \"he is 5'11\" now\", the '90s, 1990's, 'the 1990s'"));
        // elsewhere an apostrophe between digits is a thousands separator (de-CH 1'000)
        assertEquals("<p>1\u2019000</p>", html(DE, "1'000"));
    }

    @Test
    void fourDotsAreAPeriodAndAnEllipsis() {
        assertEquals("<p>It ended.\u00A0\u2026 Then\u2026</p>", html(EN, "It ended.... Then..."));
    }

    @Test
    void germanQuotes() {
        assertEquals("<p>Er sagte \u201Ehallo\u201C und \u201Aja\u2018, geht\u2019s?</p>",
                html(DE, "Er sagte \"hallo\" und 'ja', geht's?"));
    }

    @Test
    void frenchGuillemetsAndSpaces() {
        assertEquals("<p>Il dit \u00AB\u202Fbonjour\u202F\u00BB\u202F: l\u2019homme\u202F! Quoi\u202F? 10:30</p>",
                html(FR, "Il dit \" bonjour \" : l'homme! Quoi ? 10:30"));
        assertEquals("<p>\u00AB\u202Fd\u00E9j\u00E0\u202F\u00BB</p>", html(FR, "\u00AB d\u00E9j\u00E0 \u00BB"));
    }

    /** A straight quote inside a URL is the URL's: no guillemets, no French spaces, in any language. */
    @Test
    void aUrlWithAStraightQuoteKeepsItAsWritten() {
        String url = "https://exemple.fr/l'accord?x=\"1\";y=2";
        assertEquals("l\u2019adresse " + url + " ne change pas\u202F; \u00AB\u202Fvoil\u00E0\u202F\u00BB",
                FR.markdown("l'adresse " + url + " ne change pas; \"voil\u00E0\""));
        assertEquals("see [" + url + "](" + url + ") and " + url + ", \u201Cdone\u201D",
                EN.markdown("see [" + url + "](" + url + ") and " + url + ", \"done\""));
        // quotes around a URL are a quotation's, and are set
        assertEquals("\u201Chttps://example.org\u201D.", EN.markdown("\"https://example.org\"."));
    }

    @Test
    void aQuoteAfterAnElisionOpens() {
        assertEquals("<p>l\u2019\u201C\u00E9quilibre\u201D and d\u2019\u201Cabord\u201D</p>",
                html(EN, "l'\"\u00E9quilibre\" and d'\"abord\""));
        assertEquals("<p>l\u2019\u00AB\u202F\u00E9quilibre\u202F\u00BB</p>", html(FR, "l'\"\u00E9quilibre\""));
        assertEquals("<p>\u201Cthe 1990s\u2019\u201D</p>", html(EN, "\"the 1990s'\""));
        assertEquals("<p>\u201Che said \u2018hi\u2019\u201D</p>", html(EN, "\"he said 'hi'\""));
    }

    @Test
    void rockAndRollHasApostrophesInEveryLanguage() {
        assertEquals("<p>rock \u2019n\u2019 roll</p>", html(FR, "rock 'n' roll"));
        assertEquals("<p>Rock \u2019n\u2019 Roll</p>", html(DE, "Rock 'n' Roll"));
        assertEquals("<p>rock \u2019n\u2019 roll</p>", html(EN, "rock 'n' roll"));
    }

    @Test
    void tablesHeadingsAndNotesAreTypeset() {
        String markdown = "# It's \"new\"\n\n| a | b |\n|---|---|\n| it's | \"x\" |\n\nText[^1].\n\n[^1]: A \"note\".\n";
        String out = EN.markdown(markdown);
        assertEquals("# It\u2019s \u201Cnew\u201D\n\n| a | b |\n|---|---|\n| it\u2019s | \u201Cx\u201D |\n\nText[^1].\n\n[^1]: A \u201Cnote\u201D.\n", out);
    }

    @Test
    void plainTextTitles() {
        assertEquals("The U.S.-Iran War and Pakistan\u2019s \u201CPeacemaking\u201D \u2013 Diplomacy",
                EN.plain("The U.S.-Iran War and Pakistan's \"Peacemaking\" -- Diplomacy"));
        assertEquals(null, EN.plain(null));
    }

    @Test
    void structureIsUnchanged() {
        String markdown = "- item\n\n---\n\nSetext\n---\n\n> quote 'here'\n";
        assertEquals("- item\n\n---\n\nSetext\n---\n\n> quote \u2018here\u2019\n", EN.markdown(markdown));
    }

    @Test
    void tooDeepANestingIsLeftToTheParsersRefusal() {
        String quotes = "> ".repeat(5000) + "it's\n";
        assertEquals(quotes, EN.markdown(quotes));
        String lists = "- ".repeat(5000) + "it's\n";
        assertEquals(lists, EN.markdown(lists));
        assertEquals("> > it\u2019s\n", EN.markdown("> > it's\n"));
    }

    @Test
    void quotesAroundBareUrlsAndAddressesStayOutsideTheLink() {
        assertEquals("<p>The site is \u201C<a rel=\"nofollow\" href=\"https://example.org/report\">https://example.org/report</a>\u201D"
                + " and the mail \u201C<a rel=\"nofollow\" href=\"mailto:someone@example.org\">someone@example.org</a>\u201D."
                + " See \u2018<a rel=\"nofollow\" href=\"https://example.org/x\">https://example.org/x</a>\u2019.</p>",
                html(EN, "The site is \"https://example.org/report\" and the mail \"someone@example.org\". See 'https://example.org/x'."));
        assertEquals("<p>\u00AB\u202F<a rel=\"nofollow\" href=\"https://example.org/r\">https://example.org/r</a>\u202F\u00BB</p>",
                html(FR, "\"https://example.org/r\""));
        // a quote inside is the URL's, left as written (the autolinker ends the link there)
        assertEquals("<p>see <a rel=\"nofollow\" href=\"https://example.org/a--b...c'd\">https://example.org/a--b...c'd</a>&quot;e.</p>",
                html(EN, "see https://example.org/a--b...c'd\"e."));
    }

    @Test
    void aQuotedSingleLetterIsAQuotationOnlyNIsAnElision() {
        assertEquals("<p>Column \u2018B\u2019 and plan \u2018A\u2019 and the letter \u2018x\u2019 and (\u2018B\u2019), rock \u2019n\u2019 roll</p>",
                html(EN, "Column 'B' and plan 'A' and the letter 'x' and ('B'), rock 'n' roll"));
    }

    @Test
    void frenchNestsEnglishDoubleQuotesSwissFrenchSingleGuillemets() {
        assertEquals("<p>\u00AB\u202FIl dit \u201Coui\u201D\u202F\u00BB</p>", html(FR, "\"Il dit 'oui'\""));
        assertEquals("<p>\u00ABIl dit \u2039oui\u203A\u00BB</p>", html(new SmartPunctuation("fr-CH"), "\"Il dit 'oui'\""));
    }

    @Test
    void textOfRawHtmlBlocksIsSetAttributesAndCodeAreNot() {
        String markdown = "<p title=\"it's -- raw\">Raw block \"HTML\" paragraph -- it's &quot;here&quot;.</p>\n\n"
                + "<div>\n<code>say \"hi\" -- now</code> and <em>'quoted'</em>\n</div>\n";
        assertEquals("<p title=\"it's -- raw\">Raw block \u201CHTML\u201D paragraph \u2013 it\u2019s &quot;here&quot;.</p>\n\n"
                + "<div>\n<code>say \"hi\" -- now</code> and <em>\u2018quoted\u2019</em>\n</div>\n", EN.markdown(markdown));
        // inside a list item the block's source lines carry the list's indentation: the same result
        assertEquals("- item\n\n  <p>it\u2019s \u201Craw\u201D</p>\n", EN.markdown("- item\n\n  <p>it's \"raw\"</p>\n"));
    }

    /** A prefix letter before a quotation is no abbreviation: ב"הארץ" is ב and a quotation, צה"ל has gershayim. */
    @Test
    void aHebrewPrefixBeforeAQuotationIsNoGershayim() {
        SmartPunctuation he = new SmartPunctuation("he");
        String done = he.markdown("כתב ב\"הארץ\" כי דובר צה\"ל ודו\"חות עלו 5 ש\"ח, ומה\"חדשות\" אמרו.");
        assertEquals(-1, done.indexOf('"'), done);
        // Hebrew opens and closes with ”, as CLDR gives it
        assertEquals(true, done.contains("\u05D1\u201D\u05D4\u05D0\u05E8\u05E5\u201D"), done);
        assertEquals(true, done.contains("\u05DE\u05D4\u201D\u05D7\u05D3\u05E9\u05D5\u05EA\u201D"), done);
        assertEquals(true, done.contains("\u05E6\u05D4\u05F4\u05DC"), done);
        assertEquals(true, done.contains("\u05D3\u05D5\u05F4\u05D7\u05D5\u05EA"), done);
        assertEquals(true, done.contains("\u05E9\u05F4\u05D7"), done);
    }
}
