package io.newsprep.input;

import java.util.List;

/**
 * One input format: turns an input file into zero or more documents, each with its {@link DocumentAddress}.
 * The {@link DumpLoader} has read the file (within the size limit, gzip undone) and asks its readers in turn;
 * the first that {@link #reads} the file reads it. A new input format is one more reader. A reader of files too
 * large for memory (web archives) claims them by name with {@link #readsRecordByRecord} and streams their records
 * instead. Thread-safe.
 */
public interface DocumentReader {

    /** Whether the file is in this reader's format, by its name or by its content. */
    boolean reads(InputFile file) throws RejectedDumpException;

    /** The file's documents, in the order they appear in it. */
    List<Dump> read(InputFile file) throws RejectedDumpException;

    /**
     * Whether this reader reads the file from disk record by record (a web archive), by its name; such a file is
     * never read into memory whole, and {@link #records} is asked instead of {@link #read}.
     */
    default boolean readsRecordByRecord(SourceFile file) {
        return false;
    }

    /**
     * The file's records, streamed from disk.
     *
     * @param maxRecordBytes largest accepted content of one record; a larger record becomes a reject of its own
     * @throws RejectedDumpException when the file cannot be opened or is not in this reader's format
     */
    default ArchiveRecords records(SourceFile file, long maxRecordBytes) throws RejectedDumpException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " reads whole files");
    }
}
