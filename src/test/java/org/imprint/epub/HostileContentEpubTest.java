package org.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.imprint.BuildRequest;
import org.imprint.Imprint;
import org.imprint.Reports;
import org.imprint.verify.CheckMessage;
import org.imprint.verify.EpubVerifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile report's e-book: none of its scripts, handlers, frames or forms survive, and EPUBCheck is happy. */
class HostileContentEpubTest {

    @TempDir
    Path out;

    @Test
    void hostileMarkupReachesNoContentDocument() throws Exception {
        Path epub = new Imprint(Reports.HOME).build(BuildRequest.of(Reports.HOME.resolve("src/test/resources/reports/hostile")).out(out).formats("epub").build()).get(0);
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (!entry.getName().endsWith(".xhtml")) {
                    continue;
                }
                Document doc = Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
                assertTrue(doc.select("script, iframe, object, embed, form, input, style, base, meta[http-equiv], svg").isEmpty(),
                        entry.getName() + " has active content");
                for (Element e : doc.getAllElements()) {
                    for (Attribute a : e.attributes()) {
                        assertFalse(a.getKey().toLowerCase().startsWith("on"), entry.getName() + ": event handler " + a);
                        assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), entry.getName() + ": " + a);
                    }
                }
                all.append(doc.text());
            }
        }
        String text = all.toString();
        // the markers of active content are gone; front-matter markup stays visible as text, escaped
        for (String marker : List.of("SCRIPT-XSS", "ONERROR-XSS", "IFRAME-XSS", "OBJECT-XSS", "FORM-XSS", "HREF-XSS",
                "ONCLICK-XSS", "STYLE-XSS", "SVG-XSS", "evil.example")) {
            assertFalse(text.contains(marker), marker + " reached the e-book");
        }
        assertTrue(text.contains("The last paragraph."), "the body is missing");
        List<CheckMessage> failing = new EpubVerifier().check(epub).stream().filter(CheckMessage::fails).toList();
        assertEquals(List.of(), failing);
    }
}
