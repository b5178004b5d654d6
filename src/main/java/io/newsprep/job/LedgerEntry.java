package io.newsprep.job;

/** What the ledger remembers of one input file from an earlier run. */
record LedgerEntry(String relativePath, long sizeBytes, long modifiedAt, String contentSha256, String outcome,
                   String articleId) {
}
