package io.newsprep.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * An {@link OutcomeFormat}'s file while a run writes it: a chunk's records are staged, then committed with the
 * chunk or rolled back with it. Used by one thread at a time.
 */
public interface OutcomeFile extends Closeable {

    /** Said of a run whose staged files no longer match its last commit, in the failure that reports it. */
    String CANNOT_RESUME = "therefore cannot be resumed";

    /** Adds a chunk's records; they reach the file with {@link #commit}. */
    void stage(List<byte[]> records);

    /** Where the file will stand once what is staged is committed: what a restart resumes from. */
    long position();

    /** Writes what is staged. */
    void commit() throws IOException;

    /** Forgets what is staged: its chunk was rolled back. */
    void rollback();

    /** Forces what is committed to the disk and closes the file. */
    @Override
    void close() throws IOException;
}
