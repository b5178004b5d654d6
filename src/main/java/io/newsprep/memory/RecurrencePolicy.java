package io.newsprep.memory;

/**
 * When a line counts as recurring chrome of a publisher: it occurred in at least {@code minSupport}
 * documents and, for a publisher with many documents, in at least {@code minShare} of them.
 */
public record RecurrencePolicy(int minSupport, double minShare) {

    public static final RecurrencePolicy DEFAULT = new RecurrencePolicy(3, 0.05);

    public RecurrencePolicy {
        if (minSupport < 2) {
            throw new IllegalArgumentException("a line must recur in at least 2 documents, not " + minSupport);
        }
        if (minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("minShare must be within 0..1, not " + minShare);
        }
    }

    /** The documents a line must occur in, for a publisher with this many documents. */
    public int threshold(int sourceDocuments) {
        return Math.max(minSupport, (int) Math.ceil(minShare * sourceDocuments));
    }
}
