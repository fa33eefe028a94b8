package org.imprint.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imprint.model.ImageAsset;
import org.imprint.model.OutlineEntry;

import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Date;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.Metadata;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;

/**
 * Assembles the parts, stylesheet, images and fonts into epub4j's book model, then packages it
 * as EPUB 3 with {@link Epub3Package} (epub4j itself writes EPUB 2 only).
 */
final class EpubWriter {

    static final MediaType XHTML = new MediaType("application/xhtml+xml", ".xhtml");
    static final MediaType CSS = new MediaType("text/css", ".css");
    static final MediaType PNG = new MediaType("image/png", ".png");
    static final MediaType SVG = new MediaType("image/svg+xml", ".svg");
    static final MediaType JPEG = new MediaType("image/jpeg", ".jpg");
    static final MediaType GIF = new MediaType("image/gif", ".gif");
    static final MediaType TTF = new MediaType("font/ttf", ".ttf");
    /** Where the cover image lives inside the package; the cover layout links to it. */
    public static final String COVER_IMAGE_HREF = "images/cover.jpg";
    static final String STYLESHEET = "styles/epub.css";

    private EpubWriter() {
    }

    /** Writes the e-book. */
    static void write(EpubContent content, OutputStream out) throws IOException {
        new Epub3Package(content).write(book(content), out);
    }

    /** The book model: metadata, resources, table of contents and spine in reading order. */
    static Book book(EpubContent c) throws IOException {
        Book book = new Book();
        Metadata meta = book.getMetadata();
        org.imprint.model.Metadata m = c.metadata();
        meta.addTitle(m.title());
        m.authors().forEach(name -> meta.addAuthor(new Author(name)));
        meta.setLanguage(m.language());
        meta.addDate(new Date(m.date().toString(), Date.Event.PUBLICATION));
        meta.addIdentifier(new Identifier(scheme(m.identifier()), m.identifier()));
        if (m.publisher() != null) {
            meta.addPublisher(m.publisher());
        }
        meta.setSubjects(new ArrayList<>(m.keywords()));
        if (m.description() != null) {
            meta.addDescription(m.description());
        }

        if (c.coverImage() != null) {
            book.setCoverImage(new Resource("cover-image", c.coverImage(), COVER_IMAGE_HREF, JPEG));
        }
        book.addResource(new Resource("css", c.stylesheet().getBytes(StandardCharsets.UTF_8), STYLESHEET, CSS));
        int n = 1;
        for (ImageAsset image : c.images()) {
            book.addResource(new Resource("image-" + n++, image.data(), image.href(), imageType(image.mediaType())));
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

    /** The outline's entries under their part's entry, nested as deep as the headings go. */
    private static void addHeadings(TOCReference parent, Resource doc, List<OutlineEntry> headings) {
        for (OutlineEntry h : headings) {
            TOCReference ref = new TOCReference(h.text(), doc, h.id());
            parent.addChildSection(ref);
            addHeadings(ref, doc, h.children());
        }
    }

    /** The media type the bytes showed, not the one the file name suggests. */
    static MediaType imageType(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> PNG;
            case "image/gif" -> GIF;
            case "image/svg+xml" -> SVG;
            default -> JPEG;
        };
    }

    private static String scheme(String identifier) {
        int colon = identifier.indexOf(':');
        return colon > 0 ? identifier.substring(0, colon).toUpperCase(Locale.ROOT) : "URN";
    }
}
