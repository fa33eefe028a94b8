package org.imprint.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.ibm.icu.util.ULocale;

import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;

/**
 * Writes an epub4j {@link Book} as an EPUB 3 package: {@code mimetype} stored first and
 * uncompressed, {@code META-INF/container.xml}, an OPF 3 package document with
 * {@code dcterms:modified} and accessibility metadata, the navigation document (table of
 * contents and landmarks), an NCX for EPUB 2 reading systems, and the resources. Entries are
 * written in a fixed order with fixed timestamps, so the same book gives the same bytes.
 */
final class Epub3Package {

    private static final String OEBPS = "OEBPS/";
    private static final String NAV = "nav.xhtml";
    private static final String NCX = "toc.ncx";
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /**
     * The range of ZIP's MS-DOS times: outside it, entries get extra fields readers refuse. Two
     * seconds after 1980-01-01 00:00, which java.util.zip takes for "before 1980".
     */
    private static final LocalDateTime DOS_FIRST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime DOS_LAST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private final EpubContent content;
    private final LocalDateTime timestamp;
    private final LocalDateTime zipTime;

    Epub3Package(EpubContent content) {
        this.content = content;
        this.timestamp = LocalDateTime.ofInstant(content.metadata().modified(), ZoneOffset.UTC);
        // a report dated 1975, or SOURCE_DATE_EPOCH=0, still gets valid (clamped) entry times
        this.zipTime = timestamp.isBefore(DOS_FIRST) ? DOS_FIRST : timestamp.isAfter(DOS_LAST) ? DOS_LAST : timestamp;
    }

    void write(Book book, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        entry.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        put(zip, entry, mimetype);
        put(zip, new ZipEntry("META-INF/container.xml"), container());
        put(zip, new ZipEntry(OEBPS + "content.opf"), opf(book));
        put(zip, new ZipEntry(OEBPS + NAV), nav(book));
        put(zip, new ZipEntry(OEBPS + NCX), ncx(book));
        for (Resource r : ordered(book)) {
            put(zip, new ZipEntry(OEBPS + r.getHref()), r.getData());
        }
        zip.finish();
    }

    private void put(ZipOutputStream zip, ZipEntry entry, byte[] data) throws IOException {
        entry.setTimeLocal(zipTime);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** Spine documents first, in reading order, then every other resource by path. */
    private static List<Resource> ordered(Book book) {
        List<Resource> spine = new ArrayList<>();
        book.getSpine().getSpineReferences().forEach(ref -> spine.add(ref.getResource()));
        List<Resource> rest = new ArrayList<>(book.getResources().getAll());
        rest.removeAll(spine);
        rest.sort(Comparator.comparing(Resource::getHref));
        spine.addAll(rest);
        return spine;
    }

    /** Whether the book's language is written right to left (Urdu, Arabic, Persian, Hebrew...). */
    private boolean rightToLeft() {
        return ULocale.forLanguageTag(content.metadata().language()).isRightToLeft();
    }

    private static byte[] container() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "  <rootfiles>\n"
                + "    <rootfile full-path=\"" + OEBPS + "content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
                + "  </rootfiles>\n"
                + "</container>\n").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] opf(Book book) {
        var meta = book.getMetadata();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"")
                .append(esc(meta.getLanguage())).append("\">\n")
                .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        element(x, "dc:identifier", " id=\"pub-id\"", content.metadata().identifier());
        element(x, "dc:title", "", meta.getFirstTitle());
        int n = 1;
        for (Author author : meta.getAuthors()) {
            element(x, "dc:creator", " id=\"creator-" + n + "\"", name(author));
            x.append("<meta refines=\"#creator-").append(n++).append("\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n");
        }
        element(x, "dc:language", "", meta.getLanguage());
        element(x, "dc:date", "", content.metadata().date().toString());
        for (String publisher : meta.getPublishers()) {
            element(x, "dc:publisher", "", publisher);
        }
        for (String subject : meta.getSubjects()) {
            element(x, "dc:subject", "", subject);
        }
        for (String description : meta.getDescriptions()) {
            element(x, "dc:description", "", description);
        }
        if (content.metadata().rights() != null) {
            element(x, "dc:rights", "", content.metadata().rights());
        }
        element(x, "meta", " property=\"dcterms:modified\"", MODIFIED.format(timestamp));
        if (book.getCoverImage() != null) {
            // EPUB 2 reading systems find the cover through this; EPUB 3 ones through cover-image
            x.append("<meta name=\"cover\" content=\"").append(esc(book.getCoverImage().getId())).append("\"/>\n");
        }
        accessibility(x, book);
        x.append("</metadata>\n<manifest>\n");
        x.append("<item id=\"nav\" href=\"").append(NAV).append("\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        x.append("<item id=\"ncx\" href=\"").append(NCX).append("\" media-type=\"application/x-dtbncx+xml\"/>\n");
        for (Resource r : ordered(book)) {
            x.append("<item id=\"").append(esc(r.getId())).append("\" href=\"").append(esc(r.getHref()))
                    .append("\" media-type=\"").append(r.getMediaType().getName()).append('"');
            if (r == book.getCoverImage()) {
                x.append(" properties=\"cover-image\"");
            }
            x.append("/>\n");
        }
        // a right-to-left book turns its pages leftwards
        x.append("</manifest>\n<spine toc=\"ncx\"").append(rightToLeft() ? " page-progression-direction=\"rtl\"" : "").append(">\n");
        book.getSpine().getSpineReferences().forEach(ref ->
                x.append("<itemref idref=\"").append(esc(ref.getResource().getId())).append("\"/>\n"));
        x.append("</spine>\n</package>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Accessibility metadata that is true of this book. It claims EPUB Accessibility 1.1 (WCAG 2.1
     * AA) only when every check passed (see {@link A11yClaim}): every image has a text
     * alternative, every document's headings are in order, and every colour pair of the brand
     * meets AA contrast. Otherwise the summary says which check did not pass.
     */
    private void accessibility(StringBuilder x, Book book) {
        A11yAudit audit = A11yAudit.of(content.parts());
        A11yClaim claim = new A11yClaim(audit, content.accessibility());
        boolean visual = !content.images().isEmpty() || content.coverImage() != null;
        element(x, "meta", " property=\"schema:accessMode\"", "textual");
        if (visual) {
            element(x, "meta", " property=\"schema:accessMode\"", "visual");
        }
        element(x, "meta", " property=\"schema:accessModeSufficient\"", audit.allImagesDescribed() ? "textual" : "textual,visual");
        if (visual && audit.allImagesDescribed()) {
            element(x, "meta", " property=\"schema:accessModeSufficient\"", "textual,visual");
        }
        for (String feature : List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")) {
            element(x, "meta", " property=\"schema:accessibilityFeature\"", feature);
        }
        if (visual && audit.allImagesDescribed()) {
            element(x, "meta", " property=\"schema:accessibilityFeature\"", "alternativeText");
        }
        element(x, "meta", " property=\"schema:accessibilityHazard\"", "none");
        String summary = summary(claim);
        if (!summary.isEmpty()) {
            element(x, "meta", " property=\"schema:accessibilitySummary\"", summary);
        }
        if (claim.wcagAA()) {
            element(x, "meta", " property=\"dcterms:conformsTo\"", A11yClaim.WCAG_AA);
            element(x, "meta", " property=\"a11y:certifiedBy\"", content.metadata().publisher() == null ? "Imprint" : content.metadata().publisher());
        }
    }

    /**
     * The brand's summary, then, when the book claims no conformance, the brand's words for why
     * (labels {@code accessibility_no_claim} and one per unmet check); a brand without those words
     * gets its summary alone.
     */
    private String summary(A11yClaim claim) {
        List<String> sentences = new ArrayList<>();
        String summary = content.labels().get("accessibility_summary");
        if (summary != null) {
            sentences.add(summary);
        }
        List<String> reasons = claim.unmet().stream().map(content.labels()::get).filter(java.util.Objects::nonNull).toList();
        String noClaim = content.labels().get("accessibility_no_claim");
        if (!claim.wcagAA() && noClaim != null) {
            sentences.add(noClaim);
            sentences.addAll(reasons);
        }
        return String.join(" ", sentences);
    }

    private byte[] nav(Book book) {
        String lang = esc(content.metadata().language());
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"")
                .append(lang).append("\" xml:lang=\"").append(lang).append(rightToLeft() ? "\" dir=\"rtl" : "")
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(esc(label("contents"))).append("</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"")
                .append(EpubWriter.STYLESHEET).append("\"/>\n</head>\n<body>\n")
                .append("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\">\n<h1>").append(esc(label("contents"))).append("</h1>\n");
        navList(x, book.getTableOfContents().getTocReferences(),
                new NavDirections(content.parts(), rightToLeft(), content.metadata().language()));
        x.append("</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>")
                .append(esc(label("landmarks"))).append("</h2>\n<ol>\n");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (EpubPart part : content.parts()) {
            if (part.landmark() != null && seen.add(part.landmark())) {
                String text = part.title() != null ? part.title() : label(part.landmark());
                x.append("<li><a epub:type=\"").append(esc(part.landmark())).append("\" href=\"").append(esc(part.href()))
                        .append("\">").append(esc(text)).append("</a></li>\n");
            }
        }
        x.append("</ol>\n</nav>\n</body>\n</html>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void navList(StringBuilder x, List<TOCReference> refs, NavDirections directions) {
        x.append("<ol>\n");
        for (TOCReference ref : refs) {
            x.append("<li").append(directions.attributes(ref)).append("><a href=\"").append(esc(ref.getCompleteHref())).append("\">").append(esc(ref.getTitle())).append("</a>");
            if (!ref.getChildren().isEmpty()) {
                x.append('\n');
                navList(x, ref.getChildren(), directions);
            }
            x.append("</li>\n");
        }
        x.append("</ol>\n");
    }

    private byte[] ncx(Book book) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"").append(esc(content.metadata().language())).append("\">\n")
                .append("<head>\n<meta name=\"dtb:uid\" content=\"").append(esc(content.metadata().identifier())).append("\"/>\n")
                .append("<meta name=\"dtb:depth\" content=\"").append(depth(book.getTableOfContents().getTocReferences())).append("\"/>\n")
                .append("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n")
                .append("<docTitle><text>").append(esc(content.metadata().title())).append("</text></docTitle>\n<navMap>\n");
        navPoints(x, book.getTableOfContents().getTocReferences(), new int[] {0});
        x.append("</navMap>\n</ncx>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void navPoints(StringBuilder x, List<TOCReference> refs, int[] order) {
        for (TOCReference ref : refs) {
            int n = ++order[0];
            x.append("<navPoint id=\"np-").append(n).append("\" playOrder=\"").append(n).append("\">\n<navLabel><text>")
                    .append(esc(ref.getTitle())).append("</text></navLabel>\n<content src=\"").append(esc(ref.getCompleteHref())).append("\"/>\n");
            navPoints(x, ref.getChildren(), order);
            x.append("</navPoint>\n");
        }
    }

    private static int depth(List<TOCReference> refs) {
        return refs.stream().mapToInt(r -> 1 + depth(r.getChildren())).max().orElse(0);
    }

    private String label(String key) {
        return content.labels().getOrDefault(key, key);
    }

    private static String name(Author author) {
        return ((author.getFirstname() == null ? "" : author.getFirstname()) + " " + author.getLastname()).strip();
    }

    private static void element(StringBuilder x, String name, String attributes, String text) {
        x.append('<').append(name).append(attributes).append('>').append(esc(text)).append("</").append(name).append(">\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
