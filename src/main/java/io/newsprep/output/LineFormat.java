package io.newsprep.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A format whose file is a header (if any) and one record per line: each chunk is appended when it commits, and
 * a restart cuts the file back to the length of the last commit.
 */
public abstract class LineFormat implements OutcomeFormat {

    private final String fileName;
    private final String key;
    private final byte[] separator;
    private final String header;

    /** @param header written, with the separator, at the start of a new file; null for none */
    protected LineFormat(String fileName, String key, String separator, String header) {
        this.fileName = fileName;
        this.key = key;
        this.separator = separator.getBytes(StandardCharsets.UTF_8);
        this.header = header;
    }

    @Override
    public final String fileName() {
        return fileName;
    }

    @Override
    public final String key() {
        return key;
    }

    /** The position is the file's length in bytes. */
    @Override
    public final OutcomeFile open(Path file, long committedPosition) throws IOException {
        return AppendedLines.open(file, separator, header, committedPosition);
    }
}
