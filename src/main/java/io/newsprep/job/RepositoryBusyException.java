package io.newsprep.job;

import java.nio.file.Path;

/** Another process holds the job repository: only one run at a time may use it. */
public class RepositoryBusyException extends RuntimeException {

    public RepositoryBusyException(String message) {
        super(message);
    }

    /** Recognises HSQLDB's lock failure anywhere in a start-up exception chain. */
    public static RepositoryBusyException from(Throwable startupFailure, Path outputDir) {
        for (Throwable t = startupFailure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("lockFile") || m.contains("Database lock acquisition failure"))) {
                return new RepositoryBusyException("another ingest is using this repository ("
                        + RunningRunMarker.describe(outputDir) + "); nothing was written");
            }
        }
        return null;
    }
}
