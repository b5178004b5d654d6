package io.newsprep.job;

import io.newsprep.output.run.RunFolder;
import io.newsprep.store.FileLedger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Notices a job repository that does not belong to the output folder: the output holds published runs and the
 * repository knows none of them, neither as published in the ledger nor as a job execution (a run that crashed
 * between its rename and its record counts as known).
 */
final class RepositoryContinuity {

    /** Job instances looked at; nightly runs make one each, so this covers months of them. */
    private static final int RECENT = 1000;
    /** The newest published runs looked up: knowing one of them is enough. */
    private static final int NEWEST_RUNS = 100;

    private RepositoryContinuity() {
    }

    /** @throws UnknownRepositoryException when the output's runs are all unknown to the repository */
    static void check(Path outputDir, FileLedger ledger, JobRepository repository) throws IOException {
        List<String> published = RunFolder.publishedRunIds(outputDir);
        List<String> newest = published.subList(Math.max(0, published.size() - NEWEST_RUNS), published.size());
        if (published.isEmpty() || ledger.anyPublished(newest)) {
            return;
        }
        Set<String> runIds = new HashSet<>(newest);
        for (JobInstance instance : repository.getJobInstances(IngestParameters.JOB_NAME, 0, RECENT)) {
            var last = repository.getLastJobExecution(instance);
            if (last != null && runIds.contains(last.getJobParameters().getString(IngestParameters.RUN_ID))) {
                return;
            }
        }
        throw new UnknownRepositoryException(outputDir.resolve(RunFolder.RUNS) + " holds " + published.size()
                + " published run" + (published.size() == 1 ? "" : "s") + " (the last " + published.get(published.size() - 1)
                + ") that this job repository has no record of: it was deleted or replaced, and every file would be"
                + " cleaned and written again as new; give --repository the original repository, or run with "
                + UnknownRepositoryException.ACCEPT_OPTION + " to start afresh");
    }
}
