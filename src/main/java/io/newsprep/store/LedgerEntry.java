package io.newsprep.store;

import io.newsprep.input.FileStat;

/**
 * What the ledger remembers of one input document from an earlier run.
 *
 * @param address    the document's address key (for a document that is a whole file, its relative path)
 * @param filePath   the relative path of the file that holds it (the address, for a whole file)
 * @param fileSha256 the hash of that file's bytes as stored (the content hash, for a whole file)
 * @param retry      a reject to try again even if the file is unchanged: its cause lay outside the file's bytes,
 *                   or the options or pipeline version that decided it have changed since
 */
public record LedgerEntry(String address, long sizeBytes, long modifiedAt, String contentSha256, String outcome,
                   String articleId, String filePath, String fileSha256, boolean retry) {

    public LedgerEntry(String address, long sizeBytes, long modifiedAt, String contentSha256, String outcome,
                       String articleId, String filePath, String fileSha256) {
        this(address, sizeBytes, modifiedAt, contentSha256, outcome, articleId, filePath, fileSha256, false);
    }

    /** Same size and modification time as recorded: the file can be taken as unchanged without reading it. */
    public boolean untouched(FileStat stat) {
        return sizeBytes == stat.sizeBytes() && modifiedAt == stat.modifiedAt();
    }

    /** Untouched, and not a reject to try again: the file needs neither reading nor cleaning. */
    public boolean settled(FileStat stat) {
        return !retry && untouched(stat);
    }
}
