package io.newsprep.input;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads one input file into its documents: size limit, gzip (by magic bytes, under any name), then the first of
 * its {@link DocumentReader}s that reads the file. Thread-safe: one instance serves all workers.
 */
public final class DumpLoader {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;
    private final RawBytesReader reader;
    private final CharsetDecider decider = new CharsetDecider();
    private final List<DocumentReader> readers;

    /**
     * @param maxBytes largest accepted file, and largest accepted decompressed content
     * @param readers  the input formats, asked in this order
     */
    public DumpLoader(long maxBytes, List<DocumentReader> readers) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.reader = new RawBytesReader(maxBytes);
        this.readers = List.copyOf(readers);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Every document in the file, in order. */
    public List<Dump> loadAll(SourceFile file) throws RejectedDumpException {
        return read(file).documents();
    }

    /**
     * The reader that streams this file record by record (a web archive, by its name), or null for a file that is
     * read whole.
     */
    public DocumentReader recordReaderOf(SourceFile file) {
        for (DocumentReader documents : readers) {
            if (documents.readsRecordByRecord(file)) {
                return documents;
            }
        }
        return null;
    }

    /**
     * The records of a file read record by record, each record's content within the size limit; null for a file
     * that is read whole.
     */
    public ArchiveRecords records(SourceFile file) throws RejectedDumpException {
        DocumentReader archive = recordReaderOf(file);
        return archive == null ? null : archive.records(file, maxBytes);
    }

    /**
     * The file's documents, in order, with the hash of the file as stored. A file read record by record is read
     * whole here only within the size limit, and its damaged records are left out: the clean step streams it.
     */
    public FileDocuments read(SourceFile file) throws RejectedDumpException {
        if (recordReaderOf(file) != null) {
            return readArchive(file);
        }
        byte[] raw = reader.readRaw(file.path());
        String sha256 = sha256(raw);
        String name = file.path().getFileName() == null ? "" : file.path().getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] content = raw;
        if (RawBytesReader.isGzip(raw)) {
            content = reader.gunzip(raw);
            name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        }
        if (content.length == 0) {
            throw new RejectedDumpException(RejectReason.EMPTY, "file is empty");
        }
        InputFile input = new InputFile(file, sha256, raw.length, content, name, decider);
        for (DocumentReader documents : readers) {
            if (documents.reads(input)) {
                return new FileDocuments(file, sha256, documents.read(input));
            }
        }
        throw new RejectedDumpException(RejectReason.UNREADABLE, "no reader for this kind of file");
    }

    private FileDocuments readArchive(SourceFile file) throws RejectedDumpException {
        byte[] raw = reader.readRaw(file.path());
        List<Dump> documents = new ArrayList<>();
        try (ArchiveRecords records = records(file)) {
            for (ArchiveRecord record = records.next(); record != null; record = records.next()) {
                try {
                    documents.add(record.toDump());
                } catch (RejectedDumpException e) {
                    // left out: the clean step rejects it with its address
                }
            }
        }
        return new FileDocuments(file, sha256(raw), documents);
    }

    /**
     * The file's one document.
     *
     * @throws RejectedDumpException also when the file holds no document, or more than one
     */
    public Dump load(SourceFile file) throws RejectedDumpException {
        List<Dump> documents = loadAll(file);
        if (documents.size() != 1) {
            throw new RejectedDumpException(documents.isEmpty() ? RejectReason.EMPTY : RejectReason.UNREADABLE,
                    documents.isEmpty() ? "file holds no document"
                            : "file holds " + documents.size() + " documents, where one is expected");
        }
        return documents.get(0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
