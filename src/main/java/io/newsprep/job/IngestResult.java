package io.newsprep.job;

import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;

/**
 * How an ingest run ended: its status, the published run folder (null unless completed) and whether it resumed a
 * failed run.
 *
 * @param nothingListed when the listing was empty, why, in one line; the run completed without a run folder
 */
public record IngestResult(long executionId, String runId, BatchStatus status, Path runFolder, boolean restarted,
                           String failure, String nothingListed) {

    public IngestResult(long executionId, String runId, BatchStatus status, Path runFolder, boolean restarted,
                        String failure) {
        this(executionId, runId, status, runFolder, restarted, failure, null);
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }
}
