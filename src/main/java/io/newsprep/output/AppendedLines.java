package io.newsprep.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The file of a {@link LineFormat}. Records arrive encoded (UTF-8, without separator) and a chunk is written
 * with one gathering write, so no chunk-sized array is ever allocated.
 */
final class AppendedLines implements OutcomeFile {

    private final Path file;
    private final byte[] separator;
    private final FileChannel channel;
    private final List<ByteBuffer> staged = new ArrayList<>();
    private long stagedBytes;
    /** Bytes on disk after the last commit. */
    private long committed;

    private AppendedLines(Path file, byte[] separator, FileChannel channel) {
        this.file = file;
        this.separator = separator;
        this.channel = channel;
    }

    /**
     * @throws IllegalStateException when the file is shorter than at the last commit: it was changed outside the
     *                               run, and extending it would leave a hole
     */
    static AppendedLines open(Path file, byte[] separator, String header, long committedPosition) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        AppendedLines lines = new AppendedLines(file, separator, channel);
        if (committedPosition >= 0) {
            long size = channel.size();
            if (size < committedPosition) {
                channel.close();
                throw new IllegalStateException(file + " is shorter (" + size + " bytes) than at the last commit ("
                        + committedPosition + " bytes): it was changed outside the run, which " + CANNOT_RESUME
                        + "; delete " + file.getParent() + " to give the run up, and the next run starts afresh"
                        + " (cleaning its files again)");
            }
            channel.truncate(committedPosition);
            channel.position(committedPosition);
            lines.committed = committedPosition;
        } else {
            channel.truncate(0);
            if (header != null) {
                lines.stage(List.of(header.getBytes(StandardCharsets.UTF_8)));
                lines.commit();
            }
        }
        return lines;
    }

    @Override
    public void stage(List<byte[]> records) {
        for (byte[] record : records) {
            staged.add(ByteBuffer.wrap(record));
            staged.add(ByteBuffer.wrap(separator));
            stagedBytes += record.length + separator.length;
        }
    }

    @Override
    public long position() {
        return committed + stagedBytes;
    }

    @Override
    public void commit() throws IOException {
        ByteBuffer[] all = staged.toArray(ByteBuffer[]::new);
        long written = 0;
        while (written < stagedBytes) {
            written += channel.write(all);
        }
        committed += written;
        rollback();
    }

    @Override
    public void rollback() {
        staged.clear();
        stagedBytes = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            channel.force(false);
        } finally {
            channel.close();
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
