package io.newsprep.input;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Exceptions told in one line for a user. A file-system error reads "FILE: what happened": the runtime's
 * exceptions for a missing file or a refused permission carry only the file's name as their message.
 */
public final class ErrorText {

    private ErrorText() {
    }

    /** The innermost cause. */
    public static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The exception's message on one line; its class name when it has none. */
    public static String of(Throwable e) {
        String text;
        if (e instanceof FileSystemException fs) {
            text = fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": "
                    + (fs.getReason() != null ? fs.getReason() : whatHappened(fs));
        } else {
            text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    /** As {@link #of}, after the class name when the exception is not about a file (it tells a failure's kind). */
    public static String withKind(Throwable e) {
        return e instanceof FileSystemException || e.getMessage() == null ? of(e)
                : e.getClass().getSimpleName() + ": " + of(e);
    }

    private static String whatHappened(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        } else if (e instanceof NotDirectoryException) {
            return "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        } else if (e instanceof NotLinkException) {
            return "not a symbolic link";
        }
        return e.getClass().getSimpleName();
    }
}
