package io.newsprep.clean;

/**
 * What the pipeline has learned about one publisher's pages: which lines come back on many of them.
 * Implementations must be safe to share between threads.
 */
@FunctionalInterface
public interface RecurringLines {

    /** Knows no line: every page is judged on its own. */
    RecurringLines NONE = line -> null;

    /** How often this line recurs on the publisher's pages, or null when it is not known as recurring. */
    Recurrence of(String line);

    /**
     * @param documents       the publisher's documents that carry the line
     * @param sourceDocuments the publisher's documents counted in all
     */
    record Recurrence(int documents, int sourceDocuments) {

        public double share() {
            return sourceDocuments == 0 ? 0 : (double) documents / sourceDocuments;
        }
    }
}
