package org.imprint.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Zips as clients upload them, well-formed or hostile. */
final class Zips {

    private Zips() {
    }

    /** A zip of a report folder, inside one top folder named after it. */
    static byte[] ofFolder(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes); Stream<Path> walk = Files.walk(folder)) {
            String top = folder.getFileName() + "/";
            for (Path p : walk.sorted().toList()) {
                String name = top + folder.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    zip.putArchiveEntry(new ZipArchiveEntry(name.endsWith("/") ? name : name + "/"));
                } else {
                    zip.putArchiveEntry(new ZipArchiveEntry(name));
                    zip.write(Files.readAllBytes(p));
                }
                zip.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip of the given entries: name, then content. */
    static byte[] of(List<String> namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.size(); i += 2) {
                zip.putArchiveEntry(new ZipArchiveEntry(namesAndContents.get(i)));
                zip.write(namesAndContents.get(i + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An article and a symbolic link to {@code target}. */
    static byte[] withLink(String article, String link, String target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.putArchiveEntry(new ZipArchiveEntry("article.md"));
            zip.write(article.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            ZipArchiveEntry entry = new ZipArchiveEntry(link);
            entry.setUnixMode(0120777);
            zip.putArchiveEntry(entry);
            zip.write(target.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    /** An article and one entry of {@code size} zero bytes, which deflate to about a thousandth of that. */
    static byte[] bomb(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.putArchiveEntry(new ZipArchiveEntry("article.md"));
            zip.write("---\ntitle: Bomb\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry("figures/zeros.png"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }
}
