package io.newsprep.store;

import io.newsprep.input.FileStat;

/**
 * What one run made of one input document, as the ledger records it: an article (with its id) or a reject
 * (with its reason code).
 */
public record LedgerRow(String relativePath, FileStat stat, String contentSha256, String articleId,
                        String rejectReason) {

    public static LedgerRow article(String relativePath, FileStat stat, String contentSha256, String articleId) {
        return new LedgerRow(relativePath, stat, contentSha256, articleId, null);
    }

    public static LedgerRow reject(String relativePath, FileStat stat, String contentSha256, String rejectReason) {
        return new LedgerRow(relativePath, stat, contentSha256, null, rejectReason);
    }
}
