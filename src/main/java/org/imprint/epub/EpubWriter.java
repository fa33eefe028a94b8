package org.imprint.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imprint.brand.FontFace;
import org.imprint.markdown.Heading;

import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Date;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.Metadata;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;

/**
 * Fourth stage, EPUB: assembles the parts, stylesheet, images and fonts into epub4j's book model,
 * then packages it as EPUB 3 with {@link Epub3Package} (epub4j itself writes EPUB 2 only).
 */
public final class EpubWriter {

    static final MediaType XHTML = new MediaType("application/xhtml+xml", ".xhtml");
    static final MediaType CSS = new MediaType("text/css", ".css");
    static final MediaType PNG = new MediaType("image/png", ".png");
    static final MediaType JPEG = new MediaType("image/jpeg", ".jpg");
    static final MediaType GIF = new MediaType("image/gif", ".gif");
    static final MediaType TTF = new MediaType("font/ttf", ".ttf");
    /** Where the cover image lives inside the package; the cover layout links to it. */
    public static final String COVER_IMAGE_HREF = "images/cover.jpg";
    static final String STYLESHEET = "styles/epub.css";

    private final FontSubsetter fonts = new FontSubsetter();

    /**
     * The fonts a book of these parts embeds, subset to the characters it uses.
     *
     * @param stacks the brand's font stacks, first choice first
     */
    public List<EmbeddedFont> fontsFor(List<FontFace> faces, List<List<String>> stacks, List<EpubPart> parts) throws IOException {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()).append(' '));
        return fonts.embed(faces, stacks, text.toString());
    }

    /** Writes the e-book. */
    public void write(EpubContent content, OutputStream out) throws IOException {
        new Epub3Package(content).write(book(content), out);
    }

    /** The book model: metadata, resources, table of contents and spine in reading order. */
    static Book book(EpubContent c) throws IOException {
        Book book = new Book();
        Metadata meta = book.getMetadata();
        meta.addTitle(c.title());
        c.authors().forEach(name -> meta.addAuthor(new Author(name)));
        meta.setLanguage(c.language());
        meta.addDate(new Date(c.date().toString(), Date.Event.PUBLICATION));
        meta.addIdentifier(new Identifier(scheme(c.identifier()), c.identifier()));
        if (c.publisher() != null) {
            meta.addPublisher(c.publisher());
        }
        meta.setSubjects(new java.util.ArrayList<>(c.subjects()));
        if (c.description() != null) {
            meta.addDescription(c.description());
        }

        if (c.coverImage() != null) {
            book.setCoverImage(new Resource("cover-image", c.coverImage(), COVER_IMAGE_HREF, JPEG));
        }
        book.addResource(new Resource("css", c.stylesheet().getBytes(StandardCharsets.UTF_8), STYLESHEET, CSS));
        int n = 1;
        for (Map.Entry<String, Path> image : c.images().entrySet()) {
            book.addResource(new Resource("image-" + n++, Files.readAllBytes(image.getValue()), image.getKey(), imageType(image.getKey())));
        }
        n = 1;
        for (EmbeddedFont font : c.fonts()) {
            book.addResource(new Resource("font-" + n++, font.data(), font.href(), TTF));
        }
        for (EpubPart part : c.parts()) {
            Resource doc = new Resource(part.name(), part.xhtml().getBytes(StandardCharsets.UTF_8), part.href(), XHTML);
            book.getSpine().addResource(book.addResource(doc));
            if (part.landmark() != null && part.landmark().equals("cover")) {
                book.setCoverPage(doc);
            }
            if (part.title() != null) {
                TOCReference entry = book.getTableOfContents().addTOCReference(new TOCReference(part.title(), doc));
                addHeadings(entry, doc, part.headings());
            }
        }
        return book;
    }

    /** Nests h3 entries under the h2 before them. */
    private static void addHeadings(TOCReference parent, Resource doc, List<Heading> headings) {
        TOCReference lastTop = null;
        for (Heading h : headings) {
            TOCReference ref = new TOCReference(h.text(), doc, h.id());
            if (h.level() > 2 && lastTop != null) {
                lastTop.addChildSection(ref);
            } else {
                parent.addChildSection(ref);
                lastTop = ref;
            }
        }
    }

    static MediaType imageType(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return PNG;
        }
        if (lower.endsWith(".gif")) {
            return GIF;
        }
        return JPEG;
    }

    private static String scheme(String identifier) {
        int colon = identifier.indexOf(':');
        return colon > 0 ? identifier.substring(0, colon).toUpperCase(Locale.ROOT) : "URN";
    }
}
