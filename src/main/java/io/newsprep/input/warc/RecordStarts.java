package io.newsprep.input.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where a record may start after a damaged one: in a gzip-per-record archive the next gzip member header,
 * in a plain archive the next {@code WARC/1.} at the start of a line. Candidates only: the caller tries to read a
 * record there and goes on looking when it cannot.
 */
final class RecordStarts {

    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final SeekableByteChannel channel;
    private final boolean gzip;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    RecordStarts(SeekableByteChannel channel, boolean gzip) {
        this.channel = channel;
        this.gzip = gzip;
    }

    /** The first candidate at or after {@code from}, or -1 when there is none before the end. */
    long next(long from) throws IOException {
        byte[] pattern = gzip ? GZIP : WARC;
        long base = from;
        while (true) {
            channel.position(base);
            buffer.clear();
            int n = 0;
            while (buffer.hasRemaining()) {
                int r = channel.read(buffer);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            if (n < pattern.length) {
                return -1;
            }
            byte[] b = buffer.array();
            for (int i = 0; i + pattern.length <= n; i++) {
                if (matches(b, i, pattern) && (gzip || base + i == 0 || i > 0 && b[i - 1] == '\n')) {
                    return base + i;
                }
            }
            // a pattern cut by the end of the window is found in the next one; so is a line start before it
            base += n - pattern.length;
            if (n < buffer.capacity()) {
                return -1;
            }
        }
    }

    private static boolean matches(byte[] b, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (b[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
