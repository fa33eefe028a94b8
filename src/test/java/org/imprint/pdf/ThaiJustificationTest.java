package org.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.imprint.testing.PdfGlyphs;
import org.imprint.testing.PdfGlyphs.Glyph;
import org.imprint.testing.TestReport;
import org.imprint.verify.VeraPdfAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A justified Thai paragraph: Thai puts no space between words (the line breaker finds them with
 * ICU's dictionary), so a line has a space or two, and justification gives each most of the
 * line's slack. The planned lines ({@link ParagraphBreaking}) must not gather the paragraph's
 * slack into a few lines: before, one line came out with three gaps of 32 pt (3 em), where
 * openhtmltopdf's own greedy lines have none over an em.
 */
class ThaiJustificationTest {

    /** The paragraph of the report that showed it (issue 19, thai-short-line). */
    private static final String THAI = "ประเทศไทยกำลังเผชิญกับน้ำท่วมครั้งใหญ่ในปีนี้ น้ำในแม่น้ำเจ้าพระยาสูงขึ้นอย่างต่อเนื่องตั้งแต่ต้นเดือนกันยายน "
            + "ทำให้ชาวบ้านจำนวนมากต้องอพยพไปอยู่ที่ศูนย์พักพิงชั่วคราว รัฐบาลได้ประกาศมาตรการช่วยเหลือผู้ประสบภัยอย่างเร่งด่วน "
            + "ซึ่งรวมถึงการแจกจ่ายน้ำดื่ม อาหาร และยารักษาโรค นายกรัฐมนตรีกล่าวว่ารัฐบาลจะทำทุกวิถีทางเพื่อป้องกันไม่ให้น้ำไหลเข้าสู่กรุงเทพมหานคร "
            + "ซึ่งเป็นศูนย์กลางทางเศรษฐกิจของประเทศ ผู้เชี่ยวชาญด้านทรัพยากรน้ำเตือนว่าปริมาณน้ำฝนที่ตกหนักผิดปกติเป็นผลมาจากการเปลี่ยนแปลงสภาพภูมิอากาศ "
            + "และประเทศไทยจำเป็นต้องลงทุนในโครงสร้างพื้นฐานด้านการจัดการน้ำมากขึ้น ค่ำคืนนี้ระดับน้ำต่ำลงเล็กน้อย แต่ชาวบ้านยังคงกังวลใจ "
            + "พวกเขาขนย้ายสิ่งของขึ้นที่สูง ปั้นกระสอบทรายกั้นน้ำ และเฝ้ารั้วบ้านตลอดคืน ฤดูฝนปีนี้ยาวนานกว่าปกติ ๆ "
            + "และสำนักงานสถิติแห่งชาติรายงานว่าความเสียหายอาจสูงถึงหนึ่งแสนล้านบาท ฯลฯ ปู่ย่าตายายเล่าว่าไม่เคยเห็นน้ำท่วมหนักขนาดนี้มาก่อน "
            + "ฐานะทางเศรษฐกิจของครัวเรือนจำนวนมากได้รับผลกระทบอย่างรุนแรง กุ้งหอยปูปลาในบ่อเลี้ยงลอยหายไปกับกระแสน้ำ "
            + "ป่าไม้ริมฝั่งฟ้าฝ่าหลายแห่งถูกโค่นล้ม";
    /**
     * The widest word gap allowed, in ems of the body: greedy's widest line on this paragraph
     * has 0.97 em (one space takes most of its slack), which lines planned to break earlier
     * cannot better; the fault made 3 em.
     */
    private static final double WIDEST_EM = 1.1;

    @TempDir
    static Path dir;
    static Path pdf;
    /** The Thai paragraph's lines but its last, each its word gaps in ems. */
    static final List<Line> lines = new ArrayList<>();

    /** A line of the paragraph: its widest word gap in ems, how many gaps, and its text. */
    private record Line(double widestEm, int gaps, String text) {
    }

    @BeforeAll
    static void build() throws Exception {
        pdf = TestReport.at(dir.resolve("thai")).title("Flood").language("th").author("Somchai")
                .body(THAI + "\n").build("pdf").pdf();
        List<Glyph> glyphs = PdfGlyphs.read(pdf);
        // the paragraph's page: the one with the most Thai (the cover and the byline have a date in Thai)
        int page = glyphs.stream().filter(g -> g.baseFont().contains("Thai"))
                .collect(java.util.stream.Collectors.groupingBy(Glyph::page, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        // the body's size: that of most Thai glyphs (the byline's date is Thai too)
        Map<Float, Long> sizes = glyphs.stream().filter(g -> g.page() == page && g.baseFont().contains("Thai"))
                .collect(java.util.stream.Collectors.groupingBy(g -> Math.round(g.fontSize() * 10) / 10f,
                        java.util.stream.Collectors.counting()));
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<Integer, List<Glyph>> byBaseline = new TreeMap<>();
        for (Glyph g : glyphs) {
            if (g.page() == page && Math.abs(g.fontSize() - size) < 0.1f) {
                byBaseline.computeIfAbsent(Math.round(g.y()), k -> new ArrayList<>()).add(g);
            }
        }
        // lines of Thai; a few marks raised or lowered by a text rise have a baseline of their own
        List<List<Glyph>> body = byBaseline.values().stream().filter(l -> l.size() >= 20)
                .filter(l -> l.stream().filter(g -> g.baseFont().contains("Thai")).count() > 0.8 * l.size()).toList();
        // the paragraph's lines but its last: the ones justification spreads to the measure
        for (List<Glyph> line : body.subList(0, body.size() - 1)) {
            lines.add(measure(line, size));
        }
    }

    /**
     * A line's word gaps: the white between what its glyphs cover where a space is drawn
     * (Thai marks stand over or under their letters, so the glyphs' extents are merged first).
     */
    private static Line measure(List<Glyph> line, float size) {
        List<Glyph> inked = line.stream().filter(g -> !g.blank()).sorted(Comparator.comparingDouble(Glyph::x)).toList();
        List<float[]> covered = new ArrayList<>();
        for (Glyph g : inked) {
            float[] last = covered.isEmpty() ? null : covered.get(covered.size() - 1);
            if (last != null && g.x() <= last[1] + 0.05f * size) {
                last[1] = Math.max(last[1], g.right());
            } else {
                covered.add(new float[] {g.x(), g.right()});
            }
        }
        double widest = 0;
        int gaps = 0;
        for (int i = 0; i + 1 < covered.size(); i++) {
            float from = covered.get(i)[1];
            float to = covered.get(i + 1)[0];
            if (line.stream().anyMatch(g -> g.blank() && g.x() >= from - 0.5f && g.x() < to)) {
                gaps++;
                widest = Math.max(widest, (to - from) / size);
            }
        }
        return new Line(widest, gaps, PdfGlyphs.text(inked));
    }

    @Test
    void noJustifiedLineGapesLikeTheLinesPlannedBefore() {
        assertTrue(lines.size() >= 6, "the paragraph's lines: " + lines);
        List<String> gaping = new ArrayList<>();
        for (Line line : lines) {
            if (line.widestEm() > WIDEST_EM) {
                gaping.add(String.format(Locale.ROOT, "%.2f em: %s", line.widestEm(), line.text()));
            }
        }
        assertEquals(List.of(), gaping);
        assertTrue(lines.stream().allMatch(l -> l.gaps() > 0), "every line has a word gap to measure: " + lines);
    }

    @Test
    void thePdfStaysConformant() throws java.io.IOException {
        VeraPdfAssertions.assertPdfAAndPdfUa(pdf);
    }
}
