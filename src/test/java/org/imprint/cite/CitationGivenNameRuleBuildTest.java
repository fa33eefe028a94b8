package org.imprint.cite;

import static org.imprint.cite.CitationFaultsBuildTest.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.imprint.testing.TestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two first authors whose initials are alike (Jane and John Smith) are told apart as the
 * style's givenname-disambiguation-rule allows: chicago-author-date's primary-name by their full
 * given names, not "(J. Smith 2020a, 2020b)" with year letters for two people; APA's
 * primary-name-with-initials stops at initials, then gives year letters (issue 15, h15p status-chicago).
 */
class CitationGivenNameRuleBuildTest {

    private static final String BIB = """
            @book{s1, author={Smith, Jane}, title={Smith Zeta}, publisher={P}, year={2020}}
            @book{s2, author={Smith, John}, title={Smith Eta}, publisher={P}, year={2020}}
            """;

    @TempDir
    Path dir;

    private String pdf(String style) throws Exception {
        return text(TestReport.citing(dir, style, style).title("Smiths").file("references.bib", BIB)
                .body("Smiths [@s1; @s2].\n").build("pdf").pdf());
    }

    @Test
    void fullGivenNamesWhereTheStyleAllowsThem() throws Exception {
        String chicago = pdf("chicago-author-date-17th-edition");
        String apa = pdf("apa");
        assertAll(
                () -> assertTrue(chicago.contains("(Jane Smith 2020; John Smith 2020)"), chicago),
                () -> assertFalse(chicago.contains("2020a"), chicago),
                () -> assertTrue(apa.contains("(J. Smith, 2020a, 2020b)"), apa));
    }

    private static final String RULES = """
            @book{a, author={Smith, Jane}, title={Alpha}, publisher={P}, year={2019}}
            @book{b, author={Smith, Adam}, title={Beta}, publisher={P}, year={2020}}
            @book{c, author={Brown, Bea and Lee, Ann}, title={Gamma}, publisher={P}, year={2018}}
            @book{d, author={Park, Bo and Lee, Cy}, title={Delta}, publisher={P}, year={2021}}
            @book{e, author={Kern, Kim}, title={Eps}, publisher={P}, year={2022}}
            @book{f, author={Kern, Lou}, title={Zeta}, publisher={P}, year={2022}}
            """;

    private static final String RULES_BODY = "One [@a; @b]. Two [@c; @d]. Three [@e; @f].\n";

    /**
     * Given names are added as the style's givenname-disambiguation-rule says (CSL 1.0.2): Imprint
     * gave initials wherever two cited first authors shared a surname, whatever the rule.
     * harvard-cite-them-right's by-cite (CSL's default) adds them only to cites that read alike
     * ("(Kern, 2022; Kern, 2022)"), so "(Smith, 2019; Smith, 2020)" stays; all-names (a copy of it)
     * tells every cited name from every other of its surname, second authors too ("A. Lee").
     */
    @Test
    void byCiteAndAllNamesAsCslDefinesThem() throws Exception {
        String harvard = text(TestReport.citing(dir, "by-cite", "harvard-cite-them-right").title("Rules")
                .file("references.bib", RULES).body(RULES_BODY).build("pdf").pdf());
        String csl;
        try (var in = getClass().getResourceAsStream("/harvard-cite-them-right.csl")) {
            csl = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("<citation ", "<citation givenname-disambiguation-rule=\"all-names\" ");
        }
        String all = text(TestReport.citing(dir, "all-names", "all-names.csl").title("Rules")
                .file("references.bib", RULES).file("all-names.csl", csl).body(RULES_BODY).build("pdf").pdf());
        String primary = text(TestReport.citing(dir, "primary", "chicago-author-date").title("Rules")
                .file("references.bib", RULES).body(RULES_BODY).build("pdf").pdf());
        assertAll(
                // J. and A. Smith both print "Smith", and CSL groups cites by the names they print: citeproc-js "(Smith, 2019, 2020)"
                () -> assertTrue(harvard.contains("One (Smith, 2019, 2020). Two (Brown and Lee, 2018; Park and Lee, 2021)."),
                        harvard),
                () -> assertTrue(harvard.replaceAll("\\s+", " ").contains("Three (K. Kern, 2022; L. Kern, 2022)."), harvard),
                () -> assertTrue(all.contains("One (J. Smith, 2019; A. Smith, 2020). Two (Brown and A. Lee, 2018; Park and C. Lee, 2021)."),
                        all),
                () -> assertTrue(primary.contains("One (J. Smith 2019; A. Smith 2020). Two (Brown and Lee 2018; Park and Lee 2021)."),
                        primary));
    }

    private static final String PARTICLES = """
            @book{v, author={van der Berg, Jan}, title={Delta Book}, publisher={Brill}, year={2010}}
            @book{b, author={Berg, Anna}, title={Another Book}, publisher={Brill}, year={2011}}
            """;

    /**
     * "van der Berg" and "Berg" are two surnames where the style never demotes the particle
     * (APA, MLA): Imprint compared the surnames without it and printed "(A. Berg, 2011; J. van der
     * Berg, 2010)" and "(J. van der Berg; A. Berg)" where citeproc-js gives no initials; where the
     * particle is demoted (chicago-author-date) both are "Berg" and take them, as in citeproc-js (h15z).
     */
    @Test
    void aParticleTellsSurnamesApartUnlessTheStyleDemotesIt() throws Exception {
        String apa = text(TestReport.citing(dir, "apa", "apa").title("Bergs").file("references.bib", PARTICLES)
                .body("Bergs [@v; @b].\n").build("pdf").pdf());
        String mla = text(TestReport.citing(dir, "mla", "modern-language-association").title("Bergs")
                .file("references.bib", PARTICLES).body("Bergs [@v; @b].\n").build("pdf").pdf());
        String chicago = text(TestReport.citing(dir, "chicago", "chicago-author-date").title("Bergs")
                .file("references.bib", PARTICLES).body("Bergs [@v; @b].\n").build("pdf").pdf());
        assertAll(
                () -> assertTrue(apa.contains("Bergs (Berg, 2011; van der Berg, 2010)."), apa),
                () -> assertTrue(mla.contains("Bergs (van der Berg; Berg)."), mla),
                () -> assertTrue(chicago.contains("Bergs (J. van der Berg 2010; A. Berg 2011)."), chicago));
    }
}
