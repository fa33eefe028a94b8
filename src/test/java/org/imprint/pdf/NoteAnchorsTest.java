package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Which word goes with a note call: the text right before it, never across a space. */
class NoteAnchorsTest {

    private static String glued(String body) {
        Document dom = W3CDom.convert(Jsoup.parse("<html><body><p>" + body + "</p></body></html>", "", Parser.xmlParser()));
        NoteAnchors.glue(dom);
        String html = W3CDom.asString(dom, java.util.Map.of("omit-xml-declaration", "yes"));
        return html.substring(html.indexOf("<p>") + 3, html.indexOf("</p>"));
    }

    @Test
    void theLastWordBeforeACallGoesWithIt() {
        assertEquals("Affairs in <span class=\"note-anchor\">China.<sup class=\"note-ref\">1</sup></span> RCAS",
                glued("Affairs in China.<sup class=\"note-ref\">1</sup> RCAS"));
    }

    @Test
    void anEmphasisedWordGoesWholeAndSoDoesASecondCall() {
        assertEquals("in <span class=\"note-anchor\"><em>China</em><sup class=\"note-ref\">1</sup><sup class=\"note-ref\">2</sup></span>",
                glued("in <em>China</em><sup class=\"note-ref\">1</sup><sup class=\"note-ref\">2</sup>"));
    }

    @Test
    void aPageFootNoteIsACallButANestedOneIsNot() {
        assertEquals("a <span class=\"note-anchor\">war<span class=\"footnote\" data-note=\"1\">Text.</span></span>",
                glued("a war<span class=\"footnote\" data-note=\"1\">Text.</span>"));
        String nested = "a war<span class=\"footnote nested\" data-note=\"2\">Text.</span>";
        assertEquals(nested, glued(nested));
    }

    @Test
    void aCallAfterASpaceOrAPhraseStaysAsItIs() {
        String spaced = "a war <sup class=\"note-ref\">1</sup>";
        assertEquals(spaced, glued(spaced));
        String phrase = "<em>World Affairs</em><sup class=\"note-ref\">1</sup>";
        assertEquals(phrase, glued(phrase));
    }
}
