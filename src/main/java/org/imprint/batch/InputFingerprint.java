package org.imprint.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.imprint.ReportException;
import org.imprint.article.Article;
import org.imprint.article.ArticleLoader;
import org.imprint.article.Author;
import org.imprint.article.Reference;
import org.imprint.markdown.ImageRef;
import org.imprint.markdown.MarkdownRenderer;

/**
 * Hashes of what a report's outputs depend on: its {@code article.md} and the images it names
 * (figures, raw HTML images, images in the abstract and biographies, author photos), its
 * bibliography files and {@code .csl} style, plus what
 * all reports share (the brands, the fonts, Imprint's own code, the options and
 * {@code SOURCE_DATE_EPOCH}), hashed once per batch. Equal fingerprints mean the outputs would
 * come out the same.
 *
 * <p>Only what the build reads counts: other files of the report folder (notes, an output
 * folder inside it, a link to a huge file) are never opened, so they neither slow a run nor make
 * it rebuild, and an unreadable one cannot fail it. An image that cannot be read, or that lies
 * outside the report folder, counts by its name only: the build then says what is wrong with it.
 * A remote image counts by its URL.
 *
 * <p>Shared files are identified by path, size and modification time rather than content:
 * reading 12 MB of fonts on every run cost a sixth of a single build, and an edited brand file
 * or a rebuilt jar always changes one of the three.
 */
final class InputFingerprint {

    private final String shared;
    private final ArticleLoader articles = new ArticleLoader();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * @param templates the brands folder
     * @param fonts     the fonts folder
     * @param code      Imprint's jar or classes folder
     * @param options   the options that change output, e.g. formats
     */
    InputFingerprint(Path templates, Path fonts, Path code, String options) throws IOException {
        MessageDigest digest = sha256();
        digest.update(options.getBytes(StandardCharsets.UTF_8));
        // the dates inside PDF and EPUB come from it
        digest.update(("\0SOURCE_DATE_EPOCH=" + System.getenv("SOURCE_DATE_EPOCH")).getBytes(StandardCharsets.UTF_8));
        for (Path root : List.of(templates, fonts, code)) {
            hashTree(digest, root);
        }
        this.shared = HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The fingerprint of one report's inputs.
     *
     * @param report a report folder or its {@code article.md}
     */
    String of(Path report) throws IOException {
        MessageDigest digest = sha256();
        digest.update(shared.getBytes(StandardCharsets.US_ASCII));
        Path article = Files.isDirectory(report) ? report.resolve(ArticleLoader.ARTICLE_FILE) : report;
        Path folder = article.toAbsolutePath().normalize().getParent();
        hashFile(digest, folder, article);
        for (String image : imagesOf(article)) {
            digest.update(("\0" + image + "\0").getBytes(StandardCharsets.UTF_8));
            Reference reference = Reference.of(image);
            if (reference.kind() == Reference.Kind.LOCAL) {
                hashFile(digest, folder, reference.resolveIn(folder));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The images an article names, in a stable order; none when the article cannot be loaded
     * (the build then fails on it, whatever the fingerprint).
     */
    private TreeSet<String> imagesOf(Path article) {
        TreeSet<String> images = new TreeSet<>();
        try {
            Article a = articles.load(article, p -> { });
            List<String> texts = new ArrayList<>(List.of(a.body()));
            if (a.abstractText() != null) {
                texts.add(a.abstractText());
            }
            for (Author author : a.authors()) {
                if (author.bio() != null) {
                    texts.add(author.bio());
                }
                if (author.photo() != null) {
                    images.add(author.photo());
                }
            }
            for (String text : texts) {
                var parsed = markdown.parse(a.source(), text, 1);
                parsed.images().stream().map(ImageRef::source).forEach(images::add);
                // a chart's data file is an input like an image
                parsed.figures().stream().filter(f -> f.chart() != null).map(f -> f.chart().data()).forEach(images::add);
            }
            // the citations' sources and a style of the report's own are read like its images
            images.addAll(a.bibliography());
            if (a.citationStyle() != null && a.citationStyle().endsWith(".csl")) {
                images.add(a.citationStyle());
            }
        } catch (ReportException | RuntimeException e) {
            // a broken article: only its own bytes count
        }
        return images;
    }

    /**
     * Hashes a file's content when it is a readable regular file inside {@code folder} (links
     * are followed only when they stay inside); otherwise a marker of what it is.
     */
    private static void hashFile(MessageDigest digest, Path folder, Path file) {
        String state;
        try {
            if (!Files.isRegularFile(file)) {
                state = "missing";
            } else if (!file.toRealPath().startsWith(folder.toRealPath())) {
                state = "outside";
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
                state = "read";
            }
        } catch (IOException e) {
            state = "unreadable";
        }
        digest.update(("\0" + state + "\0").getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Hashes the relative path of every file below {@code root}, in a stable order, with its
     * size and modification time.
     */
    private static void hashTree(MessageDigest digest, Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update((Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis()).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
