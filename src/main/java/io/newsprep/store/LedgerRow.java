package io.newsprep.store;

import io.newsprep.input.FileStat;

/**
 * What one run made of one input document, as the ledger records it: an article (with its id) or a reject (with
 * its reason code).
 *
 * @param address the document's address key (for a document that is a whole file, its relative path)
 * @param stat    size and modification time of the file that holds the document
 */
public record LedgerRow(String address, FileStat stat, String contentSha256, String articleId, String rejectReason) {
}
