package io.newsprep.job;

import io.newsprep.output.OutcomeFormat;
import io.newsprep.output.run.RunFolder;
import io.newsprep.output.run.RunReportBuilder;
import io.newsprep.output.run.RunReportJson;
import io.newsprep.store.FileLedger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: completes the files of the output formats that are written whole, writes report.json, makes the run folder visible in one rename, points {@code latest} at it and
 * records the run as published in the ledger. Safe to repeat after a crash at any point.
 */
class PublishRunTasklet implements Tasklet {

    static final String RUN_FOLDER = "run.folder";
    private final RunFolder run;
    private final List<OutcomeFormat> formats;
    private final FileLedger ledger;
    private final JobRepository jobRepository;

    PublishRunTasklet(RunFolder run, List<OutcomeFormat> formats, FileLedger ledger, JobRepository jobRepository) {
        this.run = run;
        this.formats = List.copyOf(formats);
        this.ledger = ledger;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        if (job.getExecutionContext().containsKey(ScanInputTasklet.NOTHING_LISTED)) {
            run.discard(); // an empty run would only hide the last one behind 'latest'
            return RepeatStatus.FINISHED;
        }
        if (!run.isPublished()) {
            for (OutcomeFormat format : formats) {
                format.publish(run.file(format));
            }
            writeReport(job);
            Files.deleteIfExists(ParsedPages.fileOf(ScanInputTasklet.manifestOf(run)));
            Files.deleteIfExists(ScanInputTasklet.manifestOf(run));
        }
        Path published = run.publish();
        ledger.markPublished(run.runId(), published.toString());
        job.getExecutionContext().putString(RUN_FOLDER, published.toString());
        return RepeatStatus.FINISHED;
    }

    private void writeReport(JobExecution job) throws Exception {
        StepExecution clean = jobRepository.getLastStepExecution(job.getJobInstance(), "clean");
        Map<String, Long> state = RunOutputWriter.reportState(clean.getExecutionContext());
        RunReportBuilder report = RunReportBuilder.resume(run.runId(), firstStart(job), state);
        report.addCount("unchanged_skipped", clean.getFilterCount());
        report.addCount("files_listed", job.getExecutionContext().getLong(ScanInputTasklet.FILES_TOTAL, 0L));
        report.addCount("files_excluded", job.getExecutionContext().getLong(ScanInputTasklet.FILES_EXCLUDED, 0L));
        new RunReportJson().write(report.build(Instant.now()), run.reportJson());
    }

    private Instant firstStart(JobExecution job) {
        LocalDateTime first = jobRepository.getJobExecutions(job.getJobInstance()).stream()
                .map(JobExecution::getStartTime)
                .filter(java.util.Objects::nonNull)
                .min(LocalDateTime::compareTo)
                .orElse(LocalDateTime.now());
        return first.atZone(ZoneId.systemDefault()).toInstant();
    }
}
