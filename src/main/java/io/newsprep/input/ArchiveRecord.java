package io.newsprep.input;

/**
 * One record of a file that holds many documents and is read record by record (a web archive): where it is, and
 * on demand the document it holds. Made on the thread that reads the archive, turned into a document on any
 * other, so that the records of one archive are decoded and parsed on all worker threads.
 */
public interface ArchiveRecord {

    DocumentAddress address();

    /** Hex SHA-256 of the record's content as captured, or null when it could not be read. */
    String sha256();

    /**
     * The document the record holds, decoded and (for a page) parsed.
     *
     * @throws RejectedDumpException for a record that is damaged, too large or holds no page, with the reason
     */
    Dump toDump() throws RejectedDumpException;
}
