package org.scatterbench.model.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An I/O failure as a few words a user understands. The JDK's own messages name the file they
 * failed on (a temporary name here) or are just an exception class, so neither is shown as is.
 */
final class IoReasons {

    private IoReasons() {
    }

    /** The reason, without any file name. */
    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            // every path this package touches lies in the target's folder, so that is what is missing
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "part of the path is not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory";
        }
        String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "input/output error";
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("no space left") || t.contains("not enough space") || t.contains("disk full")) {
            return "disk full";
        }
        if (t.contains("quota")) {
            return "disk quota exceeded";
        }
        if (t.contains("read-only file system")) {
            return "read-only file system";
        }
        if (t.contains("is a directory")) {
            return "is a directory";
        }
        if (t.contains("permission denied") || t.contains("operation not permitted") || t.contains("access is denied")) {
            return "permission denied";
        }
        if (t.contains("name too long")) {
            return "file name too long";
        }
        if (t.contains("too many levels of symbolic links")) {
            return "too many levels of symbolic links";
        }
        if (t.contains("no such file")) {
            return "no such folder";
        }
        if (t.contains("input/output error")) {
            return "input/output error";
        }
        return text;
    }
}
