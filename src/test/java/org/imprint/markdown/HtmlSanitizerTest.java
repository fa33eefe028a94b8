package org.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The allowlist sanitiser that every format's body and Markdown fields pass through. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert('X')</script>",
        "<img src=\"a.png\" onerror=\"alert('X')\">",
        "<p onclick=\"alert('X')\">text</p>",
        "<iframe src=\"https://evil.example/X\"></iframe>",
        "<object data=\"https://evil.example/X\"></object>",
        "<embed src=\"https://evil.example/X\">",
        "<form action=\"https://evil.example/X\"><input value=\"X\"></form>",
        "<a href=\"javascript:alert('X')\">link</a>",
        "<a href=\"JaVaScRiPt:alert('X')\">link</a>",
        "<a href=\"&#106;avascript:alert('X')\">link</a>",
        "<a href=\"java&#9;script:alert('X')\">link</a>",
        "<a href=\" javascript:alert('X')\">link</a>",
        "<a href=\"vbscript:X\">link</a>",
        "<a href=\"data:text/html,X\">link</a>",
        "<img src=\"data:image/png;base64,X\">",
        "<style>p { color: red } /* X */</style>",
        "<div style=\"background: url(https://evil.example/X)\">text</div>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/X\">",
        "<base href=\"https://evil.example/X/\">",
        "<link rel=\"stylesheet\" href=\"https://evil.example/X.css\">",
        "<svg onload=\"alert('X')\"></svg>",
        "<a href=\"https://example.org/\" download=\"X\">link</a>",
        "<a href=\"../../etc/X\">link</a>",
        "<a href=\"/etc/X\">link</a>",
        "<a href=\"file:///etc/X\">link</a>",
        "<a href=\"..%2F..%2Fetc/X\">link</a>",
        "<a href=\"..\\..\\etc\\X\">link</a>",
        "<img src=\"../../etc/X.png\">",
        "<img src=\"file:///etc/X.png\">",
    })
    void removesWhatIsNotHarmless(String html) {
        String clean = sanitizer.clean(html);
        assertFalse(clean.contains("X"), html + " became " + clean);
        assertFalse(clean.toLowerCase().matches("(?s).*(<script|<iframe|<object|<embed|<form|<input|<style|<meta|<base|<link|<svg| on\\w+=|style=|javascript:).*"), clean);
    }

    @Test
    void keepsHarmlessMarkup() {
        String html = "<p>H<sub>2</sub>O, mc<sup>2</sup>, <span class=\"smallcaps\">caps</span><br>next</p>";
        assertEquals("<p>H<sub>2</sub>O, mc<sup>2</sup>, <span class=\"smallcaps\">caps</span><br />next</p>", sanitizer.clean(html));
    }

    @Test
    void keepsLinksAndImagesThatStayInTheirPlace() {
        String clean = sanitizer.clean("<a href=\"https://example.org/a?b=c\">web</a> <a href=\"mailto:jane@example.org\">mail</a> "
                + "<a href=\"#fn-1\">note</a> <a href=\"data/table.csv\">file</a> <img src=\"figures/a%20b.png\" alt=\"fig\">");
        assertTrue(clean.contains("href=\"https://example.org/a?b=c\""), clean);
        assertTrue(clean.contains("href=\"mailto:jane@example.org\""), clean);
        assertTrue(clean.contains("href=\"#fn-1\""), clean);
        assertTrue(clean.contains("href=\"data/table.csv\""), clean);
        assertTrue(clean.contains("src=\"figures/a%20b.png\""), clean);
    }

    @Test
    void unwrapsAbsurdlyDeepNestingButKeepsTheText() {
        String clean = sanitizer.clean("<div>".repeat(5000) + "deep text" + "</div>".repeat(5000));
        assertTrue(clean.contains("deep text"), clean.substring(0, 200));
        int open = clean.split("<div>", -1).length - 1;
        assertTrue(open <= HtmlSanitizer.MAX_DEPTH, open + " nested elements left");
    }
}
