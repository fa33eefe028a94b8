package org.imprint.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.imprint.article.ArticleLoader;

/**
 * Unpacks an uploaded zip of one report folder into a fresh folder, refusing what an upload
 * must not do: entries that climb out ({@code ..}) or are absolute, links, more files or more
 * unpacked bytes than allowed (zip bombs). Every path is checked before anything is written,
 * and every written file is a plain new file below the folder.
 */
final class ReportUpload {

    static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    /** What a root-level upload's report is called when the request names no slug. */
    static final String DEFAULT_SLUG = "report";
    /** The folder macOS's archiver adds beside the real content. */
    private static final String MACOS_METADATA = "__MACOSX/";

    private final long maxUnpacked;
    private final int maxEntries;

    ReportUpload(long maxUnpacked, int maxEntries) {
        this.maxUnpacked = maxUnpacked;
        this.maxEntries = maxEntries;
    }

    /**
     * Unpacks {@code zip} into {@code into/<slug>/}, where the slug is the zip's one top folder
     * or, for a zip with {@code article.md} at its root, {@code slug} (outputs and identifiers
     * are named after it, as the command line names them after the report folder).
     *
     * @return the report folder
     */
    Path unpack(byte[] zip, Path into, String slug) throws Refusal, IOException {
        try (ZipFile file = open(zip)) {
            List<ZipArchiveEntry> entries = checked(file);
            String top = topFolder(entries);
            String name = top != null ? top.substring(0, top.length() - 1) : slug == null ? DEFAULT_SLUG : slug;
            if (!SLUG.matcher(name).matches()) {
                throw Refusal.badUpload("the report's name \"" + name + "\" must be letters, digits, '.', '_' and '-' (it names the output)");
            }
            Path root = Files.createDirectory(into.resolve(name));
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                String relative = top != null ? entry.getName().substring(top.length()) : entry.getName();
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = root.resolve(relative).normalize();
                if (!target.startsWith(root)) {
                    throw Refusal.badUpload(entry.getName() + ": lies outside the report folder");   // checked() already refused it
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (!file.canReadEntryData(entry)) {
                    throw Refusal.badUpload(entry.getName() + ": compressed or encrypted in a way this server does not read (use deflate, no password)");
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target,
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                    total = copy(in, out, total, entry.getName());
                }
            }
            if (!Files.isRegularFile(root.resolve(ArticleLoader.ARTICLE_FILE))) {
                throw Refusal.badUpload("no " + ArticleLoader.ARTICLE_FILE + " at the zip's root or in its one top folder");
            }
            return root;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw Refusal.badUpload(Path.of(e.getFile()).getFileName() + ": given twice in the zip");
        }
    }

    /** The zip's directory; the bytes are in memory, so any failure is the upload's. */
    private static ZipFile open(byte[] zip) throws Refusal {
        try {
            return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
        } catch (IOException e) {
            throw Refusal.badUpload("not a readable zip file (empty, cut short or not a zip); send a zip of one report folder");
        }
    }

    /** The entries, each refused unless it is a plain file or folder that stays inside; at most maxEntries. */
    private List<ZipArchiveEntry> checked(ZipFile file) throws Refusal {
        List<ZipArchiveEntry> entries = new ArrayList<>();
        for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
            String name = entry.getName();
            if (name.startsWith(MACOS_METADATA)) {
                continue;
            }
            if (entries.size() == maxEntries) {
                throw Refusal.tooLarge("the zip holds more than " + maxEntries + " files and folders");
            }
            if (name.isEmpty() || name.indexOf('\0') >= 0) {
                throw Refusal.badUpload("an entry has an empty or invalid name");
            }
            if (name.startsWith("/") || name.startsWith("\\") || name.matches("(?s)[A-Za-z]:.*")) {
                throw Refusal.badUpload(name + ": an absolute path; a report's files must be relative to its folder");
            }
            for (String part : name.split("[/\\\\]")) {
                if (part.equals("..")) {
                    throw Refusal.badUpload(name + ": climbs out of the report folder (\"..\")");
                }
            }
            if (name.contains("\\")) {
                throw Refusal.badUpload(name + ": a backslash in a name; zip entries separate folders with '/'");
            }
            if (entry.isUnixSymlink()) {
                throw Refusal.badUpload(name + ": a symbolic link; upload the file itself");
            }
            entries.add(entry);
        }
        return entries;
    }

    /** The one top folder every entry is in ({@code name/}), or {@code null} when article.md is at the root. */
    private static String topFolder(List<ZipArchiveEntry> entries) throws Refusal {
        Set<String> tops = new LinkedHashSet<>();
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            if (name.equals(ArticleLoader.ARTICLE_FILE)) {
                return null;
            }
            int slash = name.indexOf('/');
            tops.add(slash < 0 ? name : name.substring(0, slash + 1));
        }
        if (tops.size() == 1 && tops.iterator().next().endsWith("/")) {
            return tops.iterator().next();
        }
        throw Refusal.badUpload("no " + ArticleLoader.ARTICLE_FILE + " at the zip's root, and not one top folder to look in (found: "
                + String.join(", ", tops.stream().limit(5).toList()) + (tops.size() > 5 ? ", ..." : "") + ")");
    }

    /** Copies an entry, counting against the bound on all entries' unpacked bytes. */
    private long copy(InputStream in, OutputStream out, long total, String name) throws IOException, Refusal {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = read(in, buffer, name)) > 0) {
            total += n;
            if (total > maxUnpacked) {
                throw Refusal.tooLarge("the zip unpacks to more than " + maxUnpacked + " bytes (at " + name + ")");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** Reads an entry's data from memory: a failure is a damaged upload, not the server's. */
    private static int read(InputStream in, byte[] buffer, String name) throws Refusal {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw Refusal.badUpload(name + ": damaged in the zip (" + e.getMessage() + ")");
        }
    }
}
