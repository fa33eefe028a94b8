package org.imprint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.imprint.article.ArticleLoader;

/** Turns the paths a user names into report folders. */
final class ReportFinder {

    private ReportFinder() {
    }

    /**
     * A report folder or {@code article.md} names one report; any other folder names every report
     * below it, in path order.
     *
     * @throws IllegalArgumentException when a path does not exist or holds no report
     */
    static List<Path> find(List<Path> paths) {
        Set<Path> reports = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                reports.add(path.toAbsolutePath().normalize().getParent());
            } else if (Files.isDirectory(path)) {
                if (Files.exists(path.resolve(ArticleLoader.ARTICLE_FILE))) {
                    reports.add(path.toAbsolutePath().normalize());
                } else {
                    List<Path> below = below(path);
                    if (below.isEmpty()) {
                        throw new IllegalArgumentException(path + ": no " + ArticleLoader.ARTICLE_FILE + " in this folder or below it");
                    }
                    reports.addAll(below);
                }
            } else {
                throw new IllegalArgumentException(path + ": no such file or folder");
            }
        }
        return new ArrayList<>(reports);
    }

    private static List<Path> below(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().equals(ArticleLoader.ARTICLE_FILE))
                    .map(p -> p.toAbsolutePath().normalize().getParent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
