package org.imprint.epub;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.imprint.brand.BrandAccessibility;

/**
 * Everything the EPUB writer packages.
 *
 * @param identifier  the publication's unique identifier (ISBN, DOI, URN or urn:uuid)
 * @param title       title
 * @param authors     author names
 * @param language    BCP 47 language tag
 * @param date        publication date
 * @param modified    last modification, for {@code dcterms:modified}
 * @param publisher   the organisation
 * @param subjects    keywords
 * @param description plain-text abstract, or {@code null}
 * @param parts       content documents in reading order
 * @param stylesheet  the e-book stylesheet
 * @param images      image files by their path inside the package
 * @param coverImage  JPEG of the cover, or {@code null}
 * @param fonts       fonts to embed
 * @param labels      words for the navigation document: contents, landmarks, cover,
 *                    accessibility_summary
 * @param accessibility the brand's colour check, which the conformance claim depends on
 */
public record EpubContent(
        String identifier,
        String title,
        List<String> authors,
        String language,
        LocalDate date,
        Instant modified,
        String publisher,
        List<String> subjects,
        String description,
        List<EpubPart> parts,
        String stylesheet,
        Map<String, Path> images,
        byte[] coverImage,
        List<EmbeddedFont> fonts,
        Map<String, String> labels,
        BrandAccessibility accessibility) {
}
