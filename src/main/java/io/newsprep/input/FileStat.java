package io.newsprep.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Size and modification time of an input file: enough to recognise an untouched file without reading it. */
public record FileStat(long sizeBytes, long modifiedAt) {

    public static final FileStat MISSING = new FileStat(-1, -1);

    /** @param path the file, or null when it cannot be addressed */
    public static FileStat of(Path path) {
        if (path == null) {
            return MISSING;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return new FileStat(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return MISSING;
        }
    }
}
