package io.newsprep.store;

import io.newsprep.input.FileStat;

/**
 * What one run made of one input document, as the ledger records it: an article (with its id) or a reject (with
 * its reason code).
 *
 * @param address    the document's address key (for a document that is a whole file, its relative path)
 * @param stat       size and modification time of the file that holds the document
 * @param filePath   for a record of a file that holds many documents, the file's relative path; null for a
 *                   document that is the whole file
 * @param fileSha256 for such a record, the hash of the file's bytes as stored; null for a whole file
 */
public record LedgerRow(String address, FileStat stat, String contentSha256, String articleId, String rejectReason,
                        String filePath, String fileSha256) {

    /** The row of a document that is the whole file. */
    public LedgerRow(String address, FileStat stat, String contentSha256, String articleId, String rejectReason) {
        this(address, stat, contentSha256, articleId, rejectReason, null, null);
    }
}
