package io.newsprep.job;

import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;

/** How an ingest run ended: its status, the published run folder (null unless completed) and whether it resumed a failed run. */
public record IngestResult(long executionId, String runId, BatchStatus status, Path runFolder, boolean restarted,
                           String failure) {

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }
}
