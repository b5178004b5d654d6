package io.newsprep.input.warc;

import io.newsprep.input.ArchiveRecord;
import io.newsprep.input.ArchiveRecords;
import io.newsprep.input.DocumentAddress;
import io.newsprep.input.RejectReason;
import io.newsprep.input.SizeFormat;
import io.newsprep.input.SourceFile;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The records of one WARC or WET file, read with jwarc in order, holding at most two records' content at a time.
 * Records of type {@code response}, {@code resource} and {@code conversion} are handed out; the others are
 * passed over and counted. A record is damaged when it cannot be parsed, ends before its Content-Length (a
 * truncated file), or does not end where its Content-Length says (no record trailer there): it is handed out as
 * a damaged record under its own offset, and reading goes on at the next place a record starts (the next gzip
 * member, or the next {@code WARC/1.} line), so that one bad record loses nothing else. Each record is handed out
 * once the record after it has been reached, since only then is it known to end where it should.
 */
final class WarcRecordStream implements ArchiveRecords {

    static final Set<String> DOCUMENT_TYPES = Set.of("response", "resource", "conversion");
    private static final String BAD_END = "it does not end where its Content-Length says";

    private final SourceFile file;
    private final SeekableByteChannel channel;
    private final long maxRecordBytes;
    private final WarcReader reader;
    private final RecordStarts starts;
    private final Map<String, Long> passedOver = new TreeMap<>();
    private final Deque<ArchiveRecord> ready = new ArrayDeque<>();
    /** Read, its end not yet checked. */
    private WarcCapture held;
    private boolean badTrailer;
    private boolean ended;

    WarcRecordStream(SourceFile file, SeekableByteChannel channel, long maxRecordBytes) throws IOException {
        this.file = file;
        this.channel = channel;
        this.maxRecordBytes = maxRecordBytes;
        this.reader = new WarcReader(channel);
        this.reader.onWarning(warning -> {
            if (warning.contains("trailer")) {
                badTrailer = true;
            }
        });
        this.starts = new RecordStarts(channel, reader.compression() == WarcCompression.GZIP);
    }

    @Override
    public ArchiveRecord next() {
        while (ready.isEmpty() && !ended) {
            advance();
        }
        return ready.poll();
    }

    @Override
    public Map<String, Long> passedOver() {
        return Map.copyOf(passedOver);
    }

    /** Reads the next record, settling the one held before it. */
    private void advance() {
        badTrailer = false;
        long heldAt = held == null ? -1 : held.address().offset();
        Optional<WarcRecord> next;
        try {
            next = reader.next();
        } catch (IOException | RuntimeException e) {
            long at = reader.position();
            if (held != null && (badTrailer || at == heldAt)) {
                // the held record ran past its end, or its rest could not be read: what follows it is no record
                damageHeld(badTrailer ? BAD_END : "it is cut short (" + message(e) + ")");
                resync(heldAt + 1);
            } else {
                release();
                ready.add(WarcCapture.damaged(address(at), RejectReason.UNREADABLE,
                        "damaged record: " + (e instanceof EOFException ? "the file ends inside it" : message(e))));
                resync(at + 1);
            }
            return;
        }
        if (badTrailer && held != null) {
            damageHeld(BAD_END);
            resync(heldAt + 1);
            return;
        }
        release();
        if (next.isEmpty()) {
            ended = true;
            return;
        }
        capture(next.get());
    }

    private void capture(WarcRecord record) {
        long at = reader.position();
        String type = record.type();
        if (!DOCUMENT_TYPES.contains(type)) {
            passedOver.merge(type, 1L, Long::sum);
            return;
        }
        WarcCapture.Header header;
        MessageBody body;
        try {
            MediaType media;
            if (record instanceof WarcResponse response) {
                HttpResponse http = response.http();
                media = http.contentType();
                body = http.bodyDecoded();
            } else {
                media = record.headers().first("Content-Type").isPresent() ? record.contentType() : null;
                body = record.body();
            }
            header = new WarcCapture.Header(type, record instanceof WarcTargetRecord t ? t.target() : null,
                    header(record, "WARC-Date"), header(record, "WARC-Record-ID"),
                    media == null ? null : WarcCapture.lower(media.base().toString()),
                    media == null ? null : media.parameters().get("charset"));
        } catch (IOException | RuntimeException e) {
            ready.add(WarcCapture.damaged(address(at), RejectReason.UNREADABLE,
                    "damaged " + type + " record: " + message(e)));
            return; // its end is checked as the next record is read
        }
        try {
            byte[] content = readBounded(body.stream());
            if (content == null) {
                ready.add(WarcCapture.damaged(address(at), RejectReason.TOO_LARGE, "record content is above the "
                        + SizeFormat.of(maxRecordBytes) + " limit"));
                return;
            }
            held = WarcCapture.of(address(at), header, content, sha256(content));
        } catch (IOException | RuntimeException e) {
            // the body could not be read: the file ends inside it, or its compression is corrupt
            ready.add(WarcCapture.damaged(address(at), RejectReason.UNREADABLE,
                    "damaged record: " + (e instanceof EOFException ? "the file ends inside it" : message(e))));
            resync(at + 1);
        }
    }

    private void release() {
        if (held != null) {
            ready.add(held);
            held = null;
        }
    }

    private void damageHeld(String why) {
        ready.add(held.damaged(why));
        held = null;
    }

    /** Goes on at the first place after {@code from} where a record can be read; ends the stream if none. */
    private void resync(long from) {
        try {
            for (long at = starts.next(from); at >= 0; at = starts.next(at + 1)) {
                reader.position(at);
                try {
                    if (reader.next().isPresent()) {
                        reader.position(at);
                        return;
                    }
                } catch (IOException | RuntimeException notARecord) {
                    // a false start: look further
                }
            }
        } catch (IOException e) {
            // nothing more can be read
        }
        ended = true;
    }

    private DocumentAddress address(long offset) {
        return new DocumentAddress(file, offset);
    }

    private static String header(WarcRecord record, String name) {
        return record.headers().first(name).orElse(null);
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[16384];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxRecordBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ");
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // read only
        }
        try {
            channel.close();
        } catch (IOException e) {
            // read only
        }
    }
}
