package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.imprint.testing.TestReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every internal link of a real PDF opens the page where its target's first line is, at that
 * line. A bibliography of two-line entries runs over page breaks between entries, with page-foot
 * notes on the pages: openhtmltopdf 1.1.31 pointed a link at the top of the entry's box, which
 * stays at the foot of the page before when the entry's first line moves on, so a citation opened
 * the wrong page ("Smith, Counting Fish" on page 5, the entry at the top of page 6); Flying Saucer
 * (the openpdf engine) did the same, and with its endnotes a note call opened white space too.
 */
class LinkDestinationsPdfTest {

    /** Each entry's author: "Kx" and two letters, no name a part of another. */
    private static final Pattern NAME = Pattern.compile("Kx[a-z]{2}");
    private static final int ENTRIES = 48;

    @TempDir
    static Path dir;

    /** The internal links of the PDF each engine made. */
    static Map<String, List<Link>> links = new HashMap<>();

    /** A link: the page it is on, its words, the page it opens and the text of the line there. */
    record Link(int page, String words, int targetPage, String targetLine) {
    }

    @BeforeAll
    static void build() throws Exception {
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < ENTRIES; i++) {
            String name = name(i);
            json.append(i == 0 ? "" : ",\n").append("""
                    {"id": "e%d", "type": "book", "author": [{"family": "%s", "given": "Ann"}],
                     "title": "A long title about rivers, deltas, sediments and the people who live on them, volume %d",
                     "publisher": "River Press", "publisher-place": "Leiden", "issued": {"date-parts": [[%d]]}}"""
                    .formatted(i, name, i + 1, 1950 + i));
            body.append("Paragraph ").append(i + 1).append(" cites a book [@e").append(i).append("]");
            if (i % 3 == 0) {
                body.append(" and calls a note.[^n").append(i).append("]");
            } else {
                body.append('.');
            }
            body.append(" The river rises in the mountains and falls through gorges before it spreads into the plain.\n\n");
            if (i % 12 == 11) {
                body.append("## Section ").append(i / 12 + 2).append("\n\n");
            }
        }
        json.append("\n]\n");
        for (int i = 0; i < ENTRIES; i += 3) {
            body.append("[^n").append(i).append("]: Note ").append(i).append(", with a few words of its own.\n");
        }
        for (String engine : List.of("pdfbox", "openpdf")) {
            TestReport.Built built = TestReport.at(dir.resolve(engine)).out(dir.resolve(engine + "-out")).title("Pushed targets")
                    .bibliography("references.json").frontMatter("citation_style: apa")
                    .file("references.json", json.toString())
                    .body("# Rivers\n\n" + body)
                    .build(o -> o.engine(engine), "pdf");
            links.put(engine, links(built.pdf()));
        }
    }

    private static String name(int i) {
        return "Kx" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void aBibliographyEntryStartsAPage(String engine) {
        List<Link> links = LinkDestinationsPdfTest.links.get(engine);
        // the case this test is about must happen: an entry cited by a link is the first line of its page
        assertTrue(links.stream().anyMatch(l -> NAME.matcher(l.words()).find() && l.targetLine().startsWith("~")),
                () -> "no cited entry opens its page: " + links);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void everyCitationOpensThePageAndLineOfItsEntry(String engine) {
        List<Link> links = LinkDestinationsPdfTest.links.get(engine);
        List<Link> citations = links.stream().filter(l -> NAME.matcher(l.words()).find()).toList();
        assertTrue(citations.size() >= ENTRIES, () -> "citations: " + citations);
        assertAll(citations.stream().map(l -> () -> {
            Matcher name = NAME.matcher(l.words());
            name.find();
            assertTrue(l.targetLine().contains(name.group() + ", A."), () -> "the link " + l + " opens another line");
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdfbox", "openpdf"})
    void everyInternalLinkOpensALineOfText(String engine) {
        List<Link> links = LinkDestinationsPdfTest.links.get(engine);
        assertTrue(links.size() >= ENTRIES + ENTRIES / 3, () -> "links: " + links.size());
        assertAll(links.stream().map(l -> () -> assertTrue(l.targetLine().replace("~", "").strip().length() > 1,
                () -> "the link " + l + " opens white space")));
    }

    /**
     * The internal links of {@code pdf}. The target line is the text in the line's height below
     * the destination's top, marked with "~" first when it is the first text on its page (below
     * the running header).
     */
    private static List<Link> links(Path pdf) throws IOException {
        List<Link> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pageNumber = 0;
            for (PDPage page : document.getPages()) {
                pageNumber++;
                PDFTextStripperByArea words = new PDFTextStripperByArea();
                List<PDAnnotationLink> internal = new ArrayList<>();
                float height = page.getMediaBox().getHeight();
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
                        var r = link.getRectangle();
                        words.addRegion("l" + internal.size(), new Rectangle2D.Float(r.getLowerLeftX(),
                                height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
                        internal.add(link);
                    }
                }
                words.extractRegions(page);
                for (int i = 0; i < internal.size(); i++) {
                    PDActionGoTo go = (PDActionGoTo) internal.get(i).getAction();
                    PDPageXYZDestination destination = (PDPageXYZDestination) go.getDestination();
                    PDPage target = destination.getPage();
                    int targetPage = document.getPages().indexOf(target) + 1;
                    found.add(new Link(pageNumber, words.getTextForRegion("l" + i).strip().replace('\n', ' '),
                            targetPage, lineBelow(target, destination.getTop())));
                }
            }
        }
        return found;
    }

    /** The text in a line's height (12 pt) below {@code top} on {@code page}, "~" first if none is above it. */
    private static String lineBelow(PDPage page, int top) throws IOException {
        float height = page.getMediaBox().getHeight();
        float width = page.getMediaBox().getWidth();
        PDFTextStripperByArea strip = new PDFTextStripperByArea();
        strip.addRegion("line", new Rectangle2D.Float(0, height - top, width, 12));
        // between the running header (about 60 pt deep) and the destination
        strip.addRegion("above", new Rectangle2D.Float(0, 70, width, Math.max(0, height - top - 70)));
        strip.extractRegions(page);
        String line = strip.getTextForRegion("line").strip().replace('\n', ' ');
        return (strip.getTextForRegion("above").isBlank() ? "~" : "") + line;
    }
}
