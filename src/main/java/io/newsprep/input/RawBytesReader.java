package io.newsprep.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file's raw bytes and, when they are gzip, their decompressed content, never holding more
 * than the size limit (plus one probe byte) in memory.
 */
final class RawBytesReader {

    private final long maxBytes;

    RawBytesReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] readRaw(Path path) throws RejectedDumpException {
        try {
            if (!Files.exists(path)) {
                String why = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "dangling symbolic link" : "file not found";
                throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: " + why);
            }
            if (Files.isDirectory(path)) {
                throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: is a directory");
            }
            if (!Files.isRegularFile(path)) {
                // opening a named pipe for reading waits for a writer: the whole run would hang on it
                throw new RejectedDumpException(RejectReason.UNREADABLE,
                        "cannot read: not a regular file (named pipe, socket or device)");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge("file is " + SizeFormat.of(size) + ", above the " + SizeFormat.of(maxBytes) + " limit");
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = readBounded(in);
                if (bytes == null) {
                    throw tooLarge("file grew above the " + SizeFormat.of(maxBytes) + " limit while being read");
                }
                return bytes;
            }
        } catch (AccessDeniedException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: permission denied");
        } catch (NoSuchFileException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: file not found");
        } catch (IOException | SecurityException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: " + ErrorText.of(e));
        }
    }

    static boolean isGzip(byte[] raw) {
        return raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
    }

    byte[] gunzip(byte[] raw) throws RejectedDumpException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw), 8192)) {
            byte[] bytes = readBounded(in);
            if (bytes == null) {
                throw tooLarge("gzip content decompresses to more than the " + SizeFormat.of(maxBytes) + " limit");
            }
            return bytes;
        } catch (IOException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "corrupt gzip data: " + ErrorText.of(e));
        }
    }

    /** The stream's bytes, or null when it holds more than the limit. */
    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[16384];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static RejectedDumpException tooLarge(String message) {
        return new RejectedDumpException(RejectReason.TOO_LARGE, message);
    }

}
