package io.newsprep.input.warc;

import io.newsprep.input.ArchiveRecords;
import io.newsprep.input.DocumentReader;
import io.newsprep.input.Dump;
import io.newsprep.input.ErrorText;
import io.newsprep.input.InputFile;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;

/**
 * Web archives: WARC files ({@code .warc}, {@code .warc.gz}, compressed record by record or not at all) and their
 * text conversions, WET files ({@code .wet}, {@code .wet.gz}, {@code .warc.wet.gz} as Common Crawl names them).
 * Known by name, and always read from disk record by record ({@link WarcRecordStream}): each {@code response},
 * {@code resource} or {@code conversion} record is one document, addressed by the record's offset in the file as
 * stored (the offset of its gzip member in a compressed file). Archives still being written ({@code *.open}, as
 * Heritrix and wget name them) are never listed as input.
 */
public final class WarcReader implements DocumentReader {

    private static final String[] SUFFIXES = {".warc", ".warc.gz", ".wet", ".wet.gz"};

    /** Whether a file name is that of a web archive. */
    public static boolean isArchiveName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Web archives are never read whole: {@link #readsRecordByRecord} claims them first. */
    @Override
    public boolean reads(InputFile file) {
        return false;
    }

    @Override
    public List<Dump> read(InputFile file) {
        return List.of();
    }

    @Override
    public boolean readsRecordByRecord(SourceFile file) {
        return file.path() != null && file.path().getFileName() != null
                && isArchiveName(file.path().getFileName().toString()) && !Files.isDirectory(file.path());
    }

    @Override
    public ArchiveRecords records(SourceFile file, long maxRecordBytes) throws RejectedDumpException {
        SeekableByteChannel channel;
        try {
            channel = FileChannel.open(file.path());
        } catch (AccessDeniedException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: permission denied");
        } catch (NoSuchFileException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: file not found");
        } catch (IOException | SecurityException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: " + ErrorText.of(e));
        }
        try {
            if (channel.size() == 0) {
                throw new RejectedDumpException(RejectReason.EMPTY, "file is empty");
            }
            return new WarcRecordStream(file, channel, maxRecordBytes);
        } catch (IOException | RuntimeException e) {
            close(channel);
            throw new RejectedDumpException(RejectReason.UNREADABLE, "not a readable web archive: " + ErrorText.of(e));
        } catch (RejectedDumpException e) {
            close(channel);
            throw e;
        }
    }

    private static void close(SeekableByteChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // read only
        }
    }
}
