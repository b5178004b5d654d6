package io.newsprep.job;

import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.Step;

/**
 * The clean step of a run whose files are cleaned by remote workers: the manager's partitioned step, and what
 * tidies up the partitions' files once the run is published.
 */
record RemoteCleaning(Step step, JobExecutionListener partsCleanup) {
}
