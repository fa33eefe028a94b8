package org.imprint.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.imprint.Reports;

/**
 * The example report in the fieldstone brand, made as a user would re-brand it (and as
 * FieldstoneBrandPdfTest makes it): {@code brand: fieldstone}, without the rcas series.
 */
final class FieldstoneExample {

    /** The folder's name is the report's slug, which the e-book's identifier is made from: keep it. */
    static final String SLUG = "fieldstone-example";

    private FieldstoneExample() {
    }

    /** Writes the report into {@code parent/fieldstone-example} and returns that folder. */
    static Path write(Path parent) throws IOException {
        Path report = Files.createDirectories(parent.resolve(SLUG));
        Files.createDirectories(report.resolve("figures"));
        try (Stream<Path> figures = Files.list(Reports.EXAMPLE.resolve("figures"))) {
            for (Path figure : figures.sorted().toList()) {
                Files.copy(figure, report.resolve("figures").resolve(figure.getFileName()));
            }
        }
        String article = Files.readString(Reports.EXAMPLE.resolve("article.md"));
        String fieldstone = article.replace("\nbrand: rcas\n", "\nbrand: fieldstone\n")
                .replace("\nseries: RCAS Commentary\n", "\n");
        if (fieldstone.equals(article) || fieldstone.contains("brand: rcas")) {
            throw new IllegalStateException("the example's front matter changed: cannot re-brand it for fieldstone");
        }
        Files.writeString(report.resolve("article.md"), fieldstone);
        return report;
    }
}
