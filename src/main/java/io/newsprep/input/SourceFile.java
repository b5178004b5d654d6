package io.newsprep.input;

import java.nio.file.Path;

/** One file found under the input folder: where it is, and its path relative to the input folder with '/' separators. */
public record SourceFile(Path path, String relativePath) {

    public static SourceFile of(Path inputRoot, Path file) {
        String rel = inputRoot.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        return new SourceFile(file, rel);
    }
}
