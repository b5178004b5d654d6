package io.newsprep.input;

import java.util.List;

/**
 * One input format: turns an input file into zero or more documents, each with its {@link DocumentAddress}.
 * The {@link DumpLoader} has read the file (within the size limit, gzip undone) and asks its readers in turn;
 * the first that {@link #reads} the file reads it. A new input format is one more reader. Thread-safe.
 */
public interface DocumentReader {

    /** Whether the file is in this reader's format, by its name or by its content. */
    boolean reads(InputFile file) throws RejectedDumpException;

    /** The file's documents, in the order they appear in it. */
    List<Dump> read(InputFile file) throws RejectedDumpException;
}
