package org.imprint.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imprint.BuildRequest;
import org.imprint.ReportException;
import org.imprint.brand.Brand;
import org.imprint.epub.EmbeddedFont;
import org.imprint.epub.FontSubsetter;
import org.imprint.fonts.FontService;
import org.imprint.layout.LayoutEngine;
import org.imprint.layout.LayoutModel;
import org.imprint.layout.Layouts;
import org.imprint.markdown.NoteStyle;
import org.imprint.model.ImageAsset;
import org.imprint.model.Metadata;
import org.imprint.model.Publication;
import org.imprint.write.FolderZip;
import org.imprint.write.OutputWriter;
import org.imprint.write.Registry;
import org.jsoup.Jsoup;

/**
 * The {@code html} format: the web edition, a folder {@code <slug>/} holding {@code index.html}
 * rendered through the brand's {@code layouts/web.ftlh}, its stylesheet ({@code styles/web.css}),
 * the fonts subset to what the page uses, the figures and the cover. As a stream it is a ZIP of
 * that folder (see {@link OutputWriter#folder()}).
 *
 * <p>The page links the PDF and the EPUB of the same report when they are built with it or are
 * already in the output folder, by the names their writers give them.
 */
public final class HtmlOutput implements OutputWriter {

    /** The web edition's file names inside its folder. */
    static final String PAGE = "index.html";
    static final String STYLESHEET = "web.css";
    static final String COVER = "cover.jpg";
    /** The web edition's @font-face rules alone, beside the page: the catalogue loads them. */
    public static final String FONTS = "fonts.css";
    /** The brand's template of those rules, which its web stylesheet includes. */
    private static final String FONTS_TEMPLATE = "styles/fonts.css";

    private final Layouts layouts;
    private final FontSubsetter subsetter;
    private final Registry<OutputWriter> writers;

    /**
     * @param writers the other formats, whose files the page links to
     */
    public HtmlOutput(Layouts layouts, FontService fonts, Registry<OutputWriter> writers) {
        this.layouts = layouts;
        this.subsetter = new FontSubsetter(fonts);
        this.writers = writers;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String fileName(String slug, BuildRequest request) {
        return slug;
    }

    @Override
    public boolean folder() {
        return true;
    }

    @Override
    public void write(Publication publication, BuildRequest request, OutputStream out) throws ReportException, IOException {
        Brand brand = publication.brand();
        LayoutEngine layout = layouts.of(brand);
        Map<String, Object> data = LayoutModel.of(publication, NoteStyle.ENDNOTES, "html");
        data.put("editions", editions(publication, request));
        data.put("meta", meta(publication.metadata()));
        data.put("cover_image", COVER);
        data.put("stylesheet", STYLESHEET);
        String page = layout.render("layouts/web.ftlh", data);

        List<EmbeddedFont> fonts = subsetter.embed(brand.fonts(), brand.fontStacks(), Jsoup.parse(page).text());
        data.put("fonts", fonts.stream().map(f -> Map.of("family", f.family(), "weight", f.weight(),
                "style", f.italic() ? "italic" : "normal", "href", f.href())).toList());
        String css = layout.render("styles/web.css", data);
        // the faces alone, for the output folder's catalogue (Catalogue): the same rules, beside the
        // page (a brand of its own making may have none)
        String faces = null;
        if (layout.has(FONTS_TEMPLATE)) {
            Map<String, Object> scoped = new HashMap<>(data);
            scoped.put("family_scope", familyScope(publication.slug()));
            faces = layout.render(FONTS_TEMPLATE, scoped);
        }

        // sorted entries: the same publication gives the same bytes
        Map<String, byte[]> files = new TreeMap<>();
        files.put(PAGE, page.getBytes(StandardCharsets.UTF_8));
        files.put(STYLESHEET, css.getBytes(StandardCharsets.UTF_8));
        if (faces != null) {
            files.put(FONTS, faces.getBytes(StandardCharsets.UTF_8));
        }
        files.put(COVER, publication.cover().get());
        for (EmbeddedFont font : fonts) {
            files.put(font.href(), font.data());
        }
        for (ImageAsset image : publication.resources().images()) {
            files.put(image.href(), image.data());
        }
        FolderZip.write(files, publication.metadata().modified(), out);
    }

    /**
     * What the names of the families of a report's {@link #FONTS} start with: each report's
     * faces are another subset, under names of their own on the catalogue's one page.
     *
     * <p>The slug's letters, digits, spaces and hyphens as they are; every other character as {@code _},
     * its code point in hexadecimal and {@code _} ({@code "} is {@code _22_}, {@code _} itself
     * {@code _5f_}). A folder's name may hold any character, and a {@code "} or {@code \} ended
     * or escaped the quoted family name in fonts.css and in the catalogue's style attributes, so
     * a report's words lost its faces (h19ab); escaping every other character the same way keeps
     * two slugs' names apart ("a.b" and "a_b" are {@code a_2e_b} and {@code a_5f_b}).
     */
    public static String familyScope(String slug) {
        StringBuilder scope = new StringBuilder();
        slug.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == ' ') {
                scope.appendCodePoint(c);
            } else {
                scope.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return scope.toString();
    }

    /**
     * The PDF and EPUB of the report built with this web edition. Not those an earlier build left
     * in the folder: they may be of another version of the article.
     */
    private List<Map<String, Object>> editions(Publication publication, BuildRequest request) {
        List<Map<String, Object>> editions = new ArrayList<>();
        for (String format : writers.names()) {
            OutputWriter writer = writers.find(format);
            if (writer == this || writer.folder()) {
                continue;
            }
            String file = writer.fileName(publication.slug(), request);
            if (request.formats().contains(format)) {
                Map<String, Object> edition = new HashMap<>();
                edition.put("format", format);
                edition.put("href", "../" + org.imprint.write.RelativeHref.of(file));   // a name may hold "#" or spaces
                editions.add(edition);
            }
        }
        return editions;
    }

    /** What the meta tags say: the publication's {@link Metadata}. */
    private static Map<String, Object> meta(Metadata metadata) {
        Map<String, Object> meta = new HashMap<>();
        meta.put("title", metadata.title());
        meta.put("authors", metadata.authors());
        meta.put("date", metadata.date().toString());
        meta.put("citation_date", metadata.date().toString().replace('-', '/'));
        meta.put("modified", metadata.modified().toString());
        meta.put("identifier", metadata.identifier());
        meta.put("doi", metadata.identifier().toLowerCase().startsWith("doi:") ? metadata.identifier().substring(4) : null);
        meta.put("publisher", metadata.publisher());
        meta.put("language", metadata.language());
        meta.put("keywords", metadata.keywords());
        meta.put("description", metadata.description());
        meta.put("series", metadata.series());
        return meta;
    }
}
