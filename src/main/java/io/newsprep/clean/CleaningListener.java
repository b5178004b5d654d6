package io.newsprep.clean;

import java.util.List;

/**
 * Hears what the cleaner's choosers weighed on one document, so that their weights can be fitted on training pages
 * by running the real cleaner ({@code newsprep train}). Every method does nothing unless overridden; the cleaner
 * calls them on the thread that cleans the document.
 */
public interface CleaningListener {

    /** A listener that hears nothing: what {@code ingest} cleans with. */
    CleaningListener NONE = new CleaningListener() {
    };

    /** The dates the dateline chooser scored on a document, in page order (none when it found no date). */
    default void datelineCandidates(String documentKey, List<DateCandidate> candidates) {
    }

    /** What the byline chooser read on a document (not called when it made no choice: no headline and no paragraph). */
    default void bylinePage(String documentKey, BylinePages.Page page) {
    }
}
