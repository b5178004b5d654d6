package io.newsprep.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

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
