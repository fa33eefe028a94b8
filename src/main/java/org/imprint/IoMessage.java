package org.imprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file system failure said in words, with the file it concerns: "out/x.pdf: permission
 * denied", not {@code java.nio.file.AccessDeniedException: /abs/out/x.pdf}.
 */
public final class IoMessage {

    private IoMessage() {
    }

    /** What went wrong, naming the file where the exception knows it. */
    public static String of(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            // moving a temporary ".part" file into place: the output is what a person knows of
            String file = fs.getOtherFile() != null && fs.getFile().endsWith(".part") ? fs.getOtherFile() : fs.getFile();
            return DisplayPath.of(Path.of(file)) + ": " + reason(fs);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : lowerFirst(message);
    }

    /** As {@link #of(IOException)}, for the unchecked wrapper some APIs use. */
    public static String of(UncheckedIOException e) {
        return of(e.getCause());
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (a read-only folder, or a file of another user)";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists, and is not a folder";
        }
        if (e instanceof NotDirectoryException) {
            return "is a file, not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a folder that is not empty";
        }
        String reason = e.getReason();
        return reason == null || reason.isBlank() ? "input/output error" : lowerFirst(reason);
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
