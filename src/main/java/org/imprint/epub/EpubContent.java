package org.imprint.epub;

import java.util.List;
import java.util.Map;

import org.imprint.brand.BrandAccessibility;
import org.imprint.model.ImageAsset;
import org.imprint.model.Metadata;

/**
 * Everything the EPUB writer packages.
 *
 * @param metadata      the publication's metadata
 * @param parts         content documents in reading order
 * @param stylesheet    the e-book stylesheet
 * @param images        the images, each under its {@link ImageAsset#href()}
 * @param coverImage    JPEG of the cover, or {@code null}
 * @param fonts         fonts to embed
 * @param labels        words for the navigation document: contents, landmarks, cover,
 *                      accessibility_summary
 * @param accessibility the brand's colour check, which the conformance claim depends on
 */
public record EpubContent(
        Metadata metadata,
        List<EpubPart> parts,
        String stylesheet,
        List<ImageAsset> images,
        byte[] coverImage,
        List<EmbeddedFont> fonts,
        Map<String, String> labels,
        BrandAccessibility accessibility) {

    public EpubContent {
        parts = List.copyOf(parts);
        images = List.copyOf(images);
        fonts = List.copyOf(fonts);
        labels = Map.copyOf(labels);
    }
}
