package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imprint.brand.HyphenationSettings;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Where soft hyphens go, by language and by what the text is. */
class SoftHyphensTest {

    private static final Hyphenators PATTERNS = new Hyphenators();

    private static String hyphenate(String xhtml, HyphenationSettings settings) {
        Document dom = W3CDom.convert(Jsoup.parse(xhtml, "", Parser.xmlParser()));
        new SoftHyphens(PATTERNS, settings).insert(dom);
        return dom.getDocumentElement().getTextContent().replace('\u00AD', '|');
    }

    @Test
    void byTheNearestLanguage() {
        assertEquals("the in|ter|na|tional com|mu|nity Ge|sell|schaft uni|ver|si|taire",
                hyphenate("<html lang=\"en-US\"><p>the international community <span lang=\"de\">Gesellschaft</span>"
                        + " <span xml:lang=\"fr\">universitaire</span></p></html>", HyphenationSettings.DEFAULT));
    }

    @Test
    void neverInHeadingsCodeUrlsNamesOrWordsAlreadyHyphenated() {
        // the author's own soft hyphen ("|" here) is the only one in its word
        assertEquals("international international https://example.org/international Washington "
                + "NATIONALISM inter|nationally 2026international",
                hyphenate("<html lang=\"en\"><h2>international</h2> <p><code>international</code> "
                        + "https://example.org/international Washington NATIONALISM inter\u00ADnationally "
                        + "2026international</p></html>", HyphenationSettings.DEFAULT));
    }

    @Test
    void aCapitalLeavesAWordWholeEvenWhereItStartsASentence() {
        // a capital at a sentence's start cannot tell a name from another word: "Mountbatten’s"
        assertEquals("It ended. However, Mountbatten, Christopherson",
                hyphenate("<html lang=\"en\"><p>It ended. However, Mountbatten, Christopherson</p></html>",
                        new HyphenationSettings(true, 6, 2, 3)));
        // German capitalises every noun: its capitalised words still break
        assertEquals("Ge|sell|schaft", hyphenate("<html lang=\"de\"><p>Gesellschaft</p></html>", new HyphenationSettings(true, 6, 2, 3)));
    }

    @Test
    void theBrandsLimits() {
        assertEquals("international", hyphenate("<html lang=\"en\"><p>international</p></html>",
                new HyphenationSettings(true, 14, 3, 3)));
        assertEquals("interna|tional", hyphenate("<html lang=\"en\"><p>international</p></html>",
                new HyphenationSettings(true, 11, 6, 5)));
        assertEquals("international", hyphenate("<html lang=\"en\"><p>international</p></html>",
                new HyphenationSettings(false, 7, 3, 3)));
        assertEquals("international", hyphenate("<html lang=\"ja\"><p>international</p></html>", HyphenationSettings.DEFAULT));
    }
}
