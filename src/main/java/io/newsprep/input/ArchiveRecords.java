package io.newsprep.input;

import java.io.Closeable;
import java.util.Map;

/**
 * The records of one archive, read in order from disk, one at a time, so that memory does not grow with the
 * archive's size. Records that hold documents are handed out, damaged ones too (as records whose
 * {@link ArchiveRecord#toDump} rejects); records that hold no document (requests, metadata) are passed over and
 * counted. Not thread-safe: one reader thread.
 */
public interface ArchiveRecords extends Closeable {

    /** The next record that holds, or should have held, a document; null after the last. */
    ArchiveRecord next();

    /** How many records were passed over so far, by record type. */
    Map<String, Long> passedOver();

    @Override
    void close();
}
