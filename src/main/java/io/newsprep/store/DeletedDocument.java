package io.newsprep.store;

/**
 * A document the ledger knew that is no longer in the landing folder, as the run that noticed it records it.
 *
 * @param address       the document's address key
 * @param lastRunId     the run that last recorded it
 * @param outcome       {@link FileLedger#ARTICLE} or {@link FileLedger#REJECT}, as last recorded
 * @param movedTo       the address the same bytes are now recorded under (a moved file), or null
 */
public record DeletedDocument(String address, String lastRunId, String contentSha256, String outcome,
                             String articleId, String movedTo) {
}
