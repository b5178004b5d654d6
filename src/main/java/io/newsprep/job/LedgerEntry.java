package io.newsprep.job;

/** What the ledger remembers of one input file from an earlier run. */
record LedgerEntry(String relativePath, long sizeBytes, long modifiedAt, String contentSha256, String outcome,
                   String articleId) {

    /** Same size and modification time as recorded: the file can be taken as unchanged without reading it. */
    boolean untouched(FileStat stat) {
        return sizeBytes == stat.sizeBytes() && modifiedAt == stat.modifiedAt();
    }
}
