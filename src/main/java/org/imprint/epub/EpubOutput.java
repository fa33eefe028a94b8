package org.imprint.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.imprint.BuildRequest;
import org.imprint.ReportException;
import org.imprint.brand.Brand;
import org.imprint.fonts.FontService;
import org.imprint.layout.LayoutEngine;
import org.imprint.layout.LayoutModel;
import org.imprint.layout.Layouts;
import org.imprint.markdown.NoteStyle;
import org.imprint.model.Publication;
import org.imprint.write.OutputWriter;

/**
 * The {@code epub} format: renders each part of the publication through the brand's
 * {@code layouts/epub.ftlh} as its own content document, embeds the fonts subset to what the
 * book uses, and packages it as EPUB 3. The table of contents is the publication's outline.
 */
public final class EpubOutput implements OutputWriter {

    private final Layouts layouts;
    private final FontSubsetter subsetter;

    public EpubOutput(Layouts layouts, FontService fonts) {
        this.layouts = layouts;
        this.subsetter = new FontSubsetter(fonts);
    }

    @Override
    public String name() {
        return "epub";
    }

    @Override
    public String fileName(String slug, BuildRequest request) {
        return slug + ".epub";
    }

    @Override
    public void write(Publication publication, BuildRequest request, OutputStream out) throws ReportException, IOException {
        Brand brand = publication.brand();
        LayoutEngine layout = layouts.of(brand);
        Map<String, Object> data = LayoutModel.of(publication, NoteStyle.ENDNOTES, "epub");
        data.put("cover_image", EpubWriter.COVER_IMAGE_HREF);
        List<EpubPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String part : publication.parts()) {
            data.put("part", part);
            EpubPart rendered = EpubParts.parse(part, layout.render("layouts/epub.ftlh", data), publication.outline());
            if (rendered != null) {
                parts.add(rendered);
                text.append(rendered.text()).append(' ');
            }
        }
        parts = EpubParts.linkAcross(parts);
        List<EmbeddedFont> fonts = subsetter.embed(brand.fonts(), brand.fontStacks(), text.toString());
        data.put("fonts", fonts.stream().map(f -> Map.of("family", f.family(), "weight", f.weight(),
                "style", f.italic() ? "italic" : "normal", "href", f.href())).toList());
        String css = layout.render("styles/epub.css", data);
        EpubWriter.write(new EpubContent(publication.metadata(), parts, css, List.copyOf(publication.resources().images()),
                publication.cover().get(), fonts, brand.labels(), brand.accessibility()), out);
    }
}
