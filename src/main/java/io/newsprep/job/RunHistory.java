package io.newsprep.job;

import io.newsprep.output.run.RunReport;
import io.newsprep.output.run.RunReportBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Past ingest runs as the job repository remembers them, newest first. */
@Component
public class RunHistory {

    /** One execution of the ingest job; a run resumed after a failure has several. */
    public record Entry(long executionId, String runId, LocalDateTime started, Duration duration, String status,
                        long listed, long written, long unchanged, long skipped, boolean reprocess, String input) {
    }

    private static final int SCANNED = 200;

    private final JobRepository repository;

    RunHistory(JobRepository repository) {
        this.repository = repository;
    }

    public List<Entry> recent(int count) {
        List<Entry> entries = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(IngestParameters.JOB_NAME, 0, count)) {
            for (JobExecution e : repository.getJobExecutions(instance)) {
                entries.add(toEntry(e));
            }
        }
        entries.sort((a, b) -> Long.compare(b.executionId(), a.executionId()));
        return entries.size() > count ? entries.subList(0, count) : entries;
    }

    /**
     * The totals of the last {@code count} completed runs that wrote into {@code outputDir}, oldest first, read from
     * the counters each run's clean step saved with its last checkpoint. Looks at the newest {@value #SCANNED} runs.
     */
    public List<RunReport.PastRun> completedRuns(String outputDir, int count) {
        List<RunReport.PastRun> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(IngestParameters.JOB_NAME, 0, SCANNED)) {
            if (runs.size() >= count) {
                break;
            }
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED
                    || !outputDir.equals(last.getJobParameters().getString(IngestParameters.OUTPUT_DIR))) {
                continue;
            }
            StepExecution clean = repository.getLastStepExecution(instance, "clean");
            Map<String, Long> state = clean == null ? Map.of() : RunOutputWriter.reportState(clean.getExecutionContext());
            Instant started = firstStart(repository.getJobExecutions(instance));
            RunReport totals = RunReportBuilder.resume(last.getJobParameters().getString(IngestParameters.RUN_ID),
                    started, state).build(started);
            runs.add(new RunReport.PastRun(totals.runId(), started, totals.considered(), totals.articles(),
                    totals.rejects(), totals.totalWords()));
        }
        Collections.reverse(runs);
        return runs;
    }

    /** When the first attempt of a run started; a resumed run has several. */
    static Instant firstStart(List<JobExecution> executions) {
        return executions.stream().map(JobExecution::getStartTime).filter(Objects::nonNull)
                .min(LocalDateTime::compareTo).orElse(LocalDateTime.now())
                .atZone(ZoneId.systemDefault()).toInstant();
    }

    private static Entry toEntry(JobExecution e) {
        long written = 0;
        long unchanged = 0;
        long skipped = 0;
        for (StepExecution step : e.getStepExecutions()) {
            if ("clean".equals(step.getStepName())) {
                written += step.getWriteCount();
                unchanged += step.getFilterCount();
                skipped += step.getSkipCount();
            }
        }
        LocalDateTime end = e.getEndTime() != null ? e.getEndTime() : e.getLastUpdated();
        Duration duration = e.getStartTime() == null || end == null ? Duration.ZERO : Duration.between(e.getStartTime(), end);
        return new Entry(e.getId(), e.getJobParameters().getString(IngestParameters.RUN_ID), e.getStartTime(), duration,
                e.getStatus().name(), e.getExecutionContext().getLong(ScanInputTasklet.FILES_TOTAL, 0L),
                written, unchanged, skipped,
                Boolean.parseBoolean(e.getJobParameters().getString(IngestParameters.REPROCESS)),
                e.getJobParameters().getString(IngestParameters.INPUT_DIR));
    }
}
