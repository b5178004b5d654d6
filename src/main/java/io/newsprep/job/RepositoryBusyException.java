package io.newsprep.job;

import java.nio.file.Path;

/** Another process holds the job repository: only one run at a time may use it. */
public class RepositoryBusyException extends RuntimeException {

    public RepositoryBusyException(String message) {
        super(message);
    }

    /**
     * Recognises HSQLDB's lock failure anywhere in a start-up exception chain.
     *
     * @param holderAtStart what the running-run note said when the start began ({@link RunningRunMarker#read}), or null:
     *                      the database waits about ten seconds before it refuses, and the run that held the
     *                      lock may have ended and removed its note meanwhile
     */
    public static RepositoryBusyException from(Throwable startupFailure, Path outputDir, String holderAtStart) {
        for (Throwable t = startupFailure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("lockFile") || m.contains("Database lock acquisition failure"))) {
                String holder = holderAtStart != null ? holderAtStart : RunningRunMarker.describe(outputDir);
                return new RepositoryBusyException("another ingest is using this repository (" + holder
                        + "); nothing was written");
            }
        }
        return null;
    }
}
