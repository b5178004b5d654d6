package io.newsprep.input;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * One file found under the input folder: where it is, and its path relative to the input folder with '/' separators.
 * The path is null when the relative path, as listed, no longer leads to the file (see {@link #listed}).
 */
public record SourceFile(Path path, String relativePath) {

    /** What the Java runtime replaces an undecodable byte of a file name with. */
    private static final char UNDECODABLE = '\uFFFD';

    public static SourceFile of(Path inputRoot, Path file) {
        String rel = inputRoot.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        return new SourceFile(file, rel);
    }

    /**
     * The file at a relative path as a listing of the input folder wrote it down. The Java runtime decodes file
     * names with the encoding of the locale it starts in ({@code sun.jnu.encoding}); a name that encoding cannot
     * decode (invalid UTF-8, or anything but ASCII under the C locale) cannot be opened again from its text, and
     * such a file gets no path, so that it becomes a reject with {@link #whyNotAddressable} as the reason.
     */
    public static SourceFile listed(Path inputRoot, String relativePath) {
        Path path;
        try {
            path = inputRoot.resolve(relativePath);
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path != null && relativePath.indexOf(UNDECODABLE) >= 0 && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            path = null;
        }
        return new SourceFile(path, relativePath);
    }

    /** Whether the file can be opened; false for a name the runtime could not decode (see {@link #listed}). */
    public boolean addressable() {
        return path != null;
    }

    /** The reason a file that is not {@link #addressable()} cannot be read, with the remedy. */
    public static String whyNotAddressable() {
        String encoding = System.getProperty("sun.jnu.encoding", "unknown");
        return "cannot read: the file name is not valid in " + encoding + ", the file-name encoding of this locale"
                + (encoding.equalsIgnoreCase("UTF-8") ? "; rename the file"
                : "; run newsprep under a UTF-8 locale (e.g. LANG=C.UTF-8) or rename the file");
    }
}
