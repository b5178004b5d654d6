package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One output format of a run, written to one file of the run folder. Its life in a run: every outcome is
 * {@link #encode encoded} on the worker threads (the costly part, so that the writer only stores bytes); the
 * file is {@link #open opened} in the staging folder, receives each chunk's records when the chunk commits, and
 * is {@link #publish completed} just before the run folder is published. A line format appends every chunk
 * ({@link LineFormat}); a format that cannot be appended to (Parquet, say) keeps the committed chunks apart and
 * writes its file at {@link #publish}. The run's formats are listed in {@link OutcomeFormats}.
 */
public interface OutcomeFormat {

    /** Its file's name in the run folder. */
    String fileName();

    /** A short name under which a restart finds the position its file was committed at. */
    String key();

    /** The outcome as one record of this format, encoded; null when the format has no place for it. Thread-safe. */
    byte[] encode(Outcome outcome);

    /**
     * Opens its file in the run's staging folder.
     *
     * @param committedPosition where an earlier attempt of the run last committed, as {@link OutcomeFile#position}
     *                          gave it, or a negative number for a fresh start
     */
    OutcomeFile open(Path file, long committedPosition) throws IOException;

    /**
     * The record of an article placed in a cluster of near-duplicates, made from its record as written outside
     * any (its own cluster, no original), without encoding the article again: remote workers write an article's
     * records before the manager knows its cluster. The record itself when the format has no cluster fields.
     */
    default byte[] placedInCluster(byte[] record, String articleId, String clusterId, String duplicateOf,
                                   Double similarity) {
        return record;
    }

    /** Completes its file once the run has written everything; nothing to do for a line format. */
    default void publish(Path file) throws IOException {
    }
}
