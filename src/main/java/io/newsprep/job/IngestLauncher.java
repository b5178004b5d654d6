package io.newsprep.job;

import io.newsprep.input.ErrorText;
import io.newsprep.input.RealPaths;
import io.newsprep.output.run.RunFolder;
import io.newsprep.store.FileLedger;
import io.newsprep.store.RepositoryLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Starts an ingest run, or resumes the last one for the same input, output and mode if it did not complete
 * (failed, stopped, or cut off by a crash), so that re-running the same command after a failure finishes
 * the interrupted work instead of starting over.
 */
@Component
public class IngestLauncher {

    private static final Log log = LogFactory.getLog(IngestLauncher.class);
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final FileLedger ledger;
    private final PlatformTransactionManager transactions;
    private final DataSource repository;
    private final NewsprepProperties properties;

    IngestLauncher(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, FileLedger ledger,
                   PlatformTransactionManager transactions, DataSource repository, NewsprepProperties properties) {
        this.repository = repository;
        this.properties = properties;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.ledger = ledger;
        this.transactions = transactions;
    }

    /**
     * @throws UnknownRepositoryException when the output holds runs the repository does not know, unless the
     *                                    request accepts a new repository
     */
    public IngestResult run(IngestRequest request) throws Exception {
        return run(request, notice -> { });
    }

    /** @param notices told, in one line, that the run resumes an interrupted one and where */
    public IngestResult run(IngestRequest request, Consumer<String> notices) throws Exception {
        RepositoryLock lock = RepositoryLock.take(repository);
        if (lock == null) {
            throw new RepositoryBusyException("another ingest is using this repository ("
                    + RunningRunMarker.describe(request.outputDir()) + "); nothing was written");
        }
        try (lock) {
            return runAlone(request, notices);
        }
    }

    private IngestResult runAlone(IngestRequest request, Consumer<String> notices) throws Exception {
        if (!request.acceptNewRepository()) {
            RepositoryContinuity.check(request.outputDir(), ledger, jobRepository);
        }
        LedgerFolderNames.fileUnderRealPaths(ledger, transactions);
        JobExecution unfinished = findUnfinished(request);
        if (unfinished != null && unfinished.getStatus().isRunning()) {
            // only one process can hold the repository, so a "running" execution here was cut off by a crash
            unfinished = recover(unfinished);
        }
        if (unfinished != null && stagingFolderDeleted(unfinished, request)) {
            log.warn("not resuming run " + runIdOf(unfinished) + ": its staging folder is gone; starting a new run");
            jobOperator.abandon(unfinished);
            unfinished = null;
        }
        JobExecution execution;
        if (unfinished != null) {
            notices.accept(resuming(unfinished));
            execution = restart(unfinished);
        } else {
            execution = jobOperator.start(ingestJob, newParameters(request));
        }
        return toResult(execution, unfinished != null);
    }

    /**
     * Marks a crashed execution failed. Remote workers may still be cleaning its partitions and updating them as it
     * is marked, so on a clash it is read again and marked again.
     */
    private JobExecution recover(JobExecution crashed) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return jobOperator.recover(attempt == 1 ? crashed : jobRepository.getJobExecution(crashed.getId()));
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 10) {
                    throw e;
                }
                Thread.sleep(100L * attempt);
            }
        }
    }

    /**
     * Restarts an interrupted execution. When an execution of the run reads as running again although it was
     * just marked failed (a remote worker of the crashed attempt wrote to it meanwhile), it is marked failed again
     * and the restart tried again.
     */
    /**
     * A remote worker that took a partition of a crashed execution just before it was marked failed starts that
     * partition's step after the mark, and the execution's running step stops the restart: the step is marked
     * failed too (the worker's next update of it then fails on its version, and it lets the partition go).
     */
    private void failRunningSteps(JobExecution execution) {
        if (execution == null) {
            return;
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                try {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED);
                    step.setEndTime(LocalDateTime.now());
                    jobRepository.update(step);
                } catch (OptimisticLockingFailureException e) {
                    log.debug("step " + step.getStepName() + " changed while being marked failed; tried again");
                }
            }
        }
    }

    private JobExecution restart(JobExecution unfinished) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                // partition steps of the crashed attempt that a worker still holds, or took just before the mark
                for (JobExecution earlier : jobRepository.getJobExecutions(unfinished.getJobInstance())) {
                    if (!earlier.isRunning()) {
                        failRunningSteps(jobRepository.getJobExecution(earlier.getId()));
                    }
                }
                return jobOperator.restart(unfinished);
            } catch (Exception e) {
                if (attempt == 5 || !(ErrorText.rootOf(e) instanceof JobExecutionAlreadyRunningException)) {
                    throw e;
                }
                log.warn("run " + runIdOf(unfinished) + " still reads as running; marking it failed again: " + e.getMessage());
                for (JobExecution running : jobRepository.getJobExecutions(unfinished.getJobInstance())) {
                    if (running.isRunning()) {
                        recover(running);
                    } else {
                        failRunningSteps(jobRepository.getJobExecution(running.getId()));
                    }
                }
                Thread.sleep(500L * attempt);
                unfinished = jobRepository.getJobExecution(unfinished.getId());
            }
        }
    }

    /** "resuming run X at file N of M", from what its clean step saved last; the step it stopped in otherwise. */
    private String resuming(JobExecution unfinished) {
        String runId = runIdOf(unfinished);
        StepExecution clean = jobRepository.getLastStepExecution(unfinished.getJobInstance(), "clean");
        long total = unfinished.getExecutionContext().getLong(ScanInputTasklet.FILES_TOTAL, -1L);
        if (clean != null && clean.getExecutionContext().containsKey(ManifestItemReader.POSITION)) {
            long done = ((Number) clean.getExecutionContext().get(ManifestItemReader.POSITION)).longValue();
            return "newsprep: resuming run " + runId + " after file " + done + (total >= 0 ? " of " + total : "")
                    + ", where it stopped";
        }
        StepExecution last = unfinished.getStepExecutions().stream()
                .max(Comparator.comparing(StepExecution::getId)).orElse(null);
        return "newsprep: resuming run " + runId + (last == null ? "" : ", which stopped in its " + last.getStepName() + " step");
    }

    private JobExecution findUnfinished(IngestRequest request) {
        List<JobInstance> recent = jobRepository.getJobInstances(IngestParameters.JOB_NAME, 0, 50);
        for (JobInstance instance : recent) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || !sameRequest(last.getJobParameters(), request)) {
                continue;
            }
            BatchStatus status = last.getStatus();
            boolean resumable = status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status.isRunning() || status == BatchStatus.UNKNOWN;
            return resumable ? last : null;
        }
        return null;
    }

    /**
     * Deleting a run's staging folder is how a user gives up on it; the run cannot be resumed without its
     * manifest anyway. A run that never got as far as creating the folder has nothing to resume either.
     */
    private static boolean stagingFolderDeleted(JobExecution execution, IngestRequest request) {
        RunFolder run = RunFolder.of(request.outputDir(), runIdOf(execution));
        return !Files.isDirectory(run.stagingDir()) && !Files.isDirectory(run.publishedDir());
    }

    private static String runIdOf(JobExecution execution) {
        return execution.getJobParameters().getString(IngestParameters.RUN_ID);
    }

    private static boolean sameRequest(JobParameters p, IngestRequest request) {
        String input = p.getString(IngestParameters.INPUT_DIR);
        return input != null && request.inputDir().equals(RealPaths.of(Path.of(input)))
                && request.outputDir().toString().equals(p.getString(IngestParameters.OUTPUT_DIR))
                && String.valueOf(request.reprocess()).equals(p.getString(IngestParameters.REPROCESS))
                && request.only().equals(p.getString(IngestParameters.ONLY, ""));
    }

    private JobParameters newParameters(IngestRequest request) throws java.io.IOException {
        return RunCleaningSettings.of(properties).addTo(new JobParametersBuilder())
                .addString(IngestParameters.INPUT_DIR, request.inputDir().toString())
                .addString(IngestParameters.OUTPUT_DIR, request.outputDir().toString())
                .addString(IngestParameters.REPROCESS, String.valueOf(request.reprocess()))
                .addString(IngestParameters.ONLY, request.only())
                .addString(IngestParameters.RUN_ID, RunFolder.nextRunId(request.outputDir(), Instant.now()))
                .addString(IngestParameters.EXCLUDE, String.join("\n", request.selection().excludes()), false)
                .addString(IngestParameters.DEFAULT_EXCLUDES, String.valueOf(request.selection().defaultExcludes()), false)
                .addString(IngestParameters.FOLLOW_LINKS, String.valueOf(request.selection().followLinks()), false)
                .addString(IngestParameters.REPOSITORY_DIR,
                        request.repositoryDir() == null ? "" : request.repositoryDir().toString(), false)
                .toJobParameters();
    }

    private static IngestResult toResult(JobExecution execution, boolean restarted) {
        String runId = execution.getJobParameters().getString(IngestParameters.RUN_ID);
        String folder = execution.getExecutionContext().containsKey(PublishRunTasklet.RUN_FOLDER)
                ? execution.getExecutionContext().getString(PublishRunTasklet.RUN_FOLDER) : null;
        String failure = failureToReport(execution.getAllFailureExceptions());
        String nothingListed = execution.getExecutionContext().containsKey(ScanInputTasklet.NOTHING_LISTED)
                ? execution.getExecutionContext().getString(ScanInputTasklet.NOTHING_LISTED) : null;
        return new IngestResult(execution.getId(), runId, execution.getStatus(),
                folder == null ? null : Path.of(folder), restarted, failure, nothingListed);
    }

    /**
     * The failure to tell the user, in one line, or null: one caused by input or output when there is one, since a
     * failing disk also breaks the repository's bookkeeping and the user needs the disk's error, not the aftermath.
     */
    static String failureToReport(List<Throwable> failures) {
        return failures.stream().filter(f -> ErrorText.rootOf(f) instanceof IOException).findFirst()
                .or(() -> failures.stream().findFirst()).map(f -> ErrorText.withKind(ErrorText.rootOf(f))).orElse(null);
    }
}
