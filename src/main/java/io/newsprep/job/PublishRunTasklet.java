package io.newsprep.job;

import io.newsprep.output.OutcomeFormat;
import io.newsprep.output.RejectJson;
import io.newsprep.output.RejectsJsonl;
import io.newsprep.output.run.CurrentTable;
import io.newsprep.output.run.RunFolder;
import io.newsprep.output.run.RunReport;
import io.newsprep.output.run.RunReportBuilder;
import io.newsprep.output.run.RunReportHtml;
import io.newsprep.output.run.RunReportJson;
import io.newsprep.output.run.RunSettings;
import io.newsprep.store.FileLedger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: completes the files of the output formats that are written whole, writes report.json and report.html, makes the run folder visible in one rename, points {@code latest} at it and
 * records the run as published in the ledger. Safe to repeat after a crash at any point.
 */
class PublishRunTasklet implements Tasklet {

    static final String RUN_FOLDER = "run.folder";
    /** Completed runs before this one that the report's trend shows. */
    static final int TREND_RUNS = 9;
    /** Rejects listed in report.html; all are in rejects.jsonl. */
    static final int REJECTS_SHOWN = 20;
    private final RunFolder run;
    private final List<OutcomeFormat> formats;
    private final FileLedger ledger;
    private final JobRepository jobRepository;
    private final RunSettings settings;
    private final RunHistory history;
    private final RunDeletions deletions;
    private final CurrentTable current;

    /**
     * @param deletions what the run records as deleted; null for nothing
     * @param current   the current table brought up to this run once it is published; null for none
     */
    PublishRunTasklet(RunFolder run, List<OutcomeFormat> formats, FileLedger ledger, JobRepository jobRepository,
                      RunSettings settings, RunHistory history, RunDeletions deletions, CurrentTable current) {
        this.run = run;
        this.formats = List.copyOf(formats);
        this.ledger = ledger;
        this.jobRepository = jobRepository;
        this.settings = settings;
        this.history = history;
        this.deletions = deletions;
        this.current = current;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        if (job.getExecutionContext().containsKey(ScanInputTasklet.NOTHING_LISTED)) {
            run.discard(); // an empty run would only hide the last one behind 'latest'
            return RepeatStatus.FINISHED;
        }
        if (!run.isPublished()) {
            long deleted = deletions == null ? 0 : deletions.find(run, ScanInputTasklet.manifestOf(run));
            for (OutcomeFormat format : formats) {
                format.publish(run.file(format));
            }
            writeReport(job, deleted);
            Files.deleteIfExists(ParsedPages.fileOf(ScanInputTasklet.manifestOf(run)));
            Files.deleteIfExists(ScanInputTasklet.manifestOf(run));
        }
        if (deletions != null) {
            deletions.record(run);
        }
        Path published = run.publish();
        ledger.markPublished(run.runId(), published.toString());
        if (current != null) {
            current.update();
        }
        job.getExecutionContext().putString(RUN_FOLDER, published.toString());
        return RepeatStatus.FINISHED;
    }

    private void writeReport(JobExecution job, long deleted) throws Exception {
        StepExecution clean = jobRepository.getLastStepExecution(job.getJobInstance(), "clean");
        Map<String, Long> state = RunOutputWriter.reportState(clean.getExecutionContext());
        RunReportBuilder report = RunReportBuilder.resume(run.runId(), firstStart(job), state);
        report.addCount("unchanged_skipped", clean.getFilterCount());
        report.addCount("files_listed", job.getExecutionContext().getLong(ScanInputTasklet.FILES_TOTAL, 0L));
        report.addCount("files_excluded", job.getExecutionContext().getLong(ScanInputTasklet.FILES_EXCLUDED, 0L));
        report.addCount("deleted", deleted);
        for (ProcessedDocument.Change change : ProcessedDocument.Change.values()) {
            report.addCount(change.name().toLowerCase(Locale.ROOT), 0); // present when zero: report.json keeps its shape
        }
        RunReport figures = report.build(Instant.now())
                .with(settings, history.completedRuns(settings.output(), TREND_RUNS));
        new RunReportJson().write(figures, run.reportJson());
        new RunReportHtml().write(figures, runFiles(), firstRejects(), run.dir().resolve(RunReportHtml.FILE_NAME));
    }

    /** The files readers get in the published folder (hidden working files are deleted before then), by name. */
    private List<RunReportHtml.RunFile> runFiles() throws IOException {
        List<RunReportHtml.RunFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(run.dir())) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !name.equals(RunReportHtml.FILE_NAME)) {
                    files.add(new RunReportHtml.RunFile(name, Files.size(p)));
                }
            }
        }
        files.add(new RunReportHtml.RunFile(RunReportHtml.FILE_NAME, 0));
        return files;
    }

    private List<RunReportHtml.RejectRow> firstRejects() throws IOException {
        Path file = run.dir().resolve(RejectsJsonl.FILE_NAME);
        List<RunReportHtml.RejectRow> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        RejectJson json = new RejectJson();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (rows.size() < REJECTS_SHOWN && (line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> reject = json.readMap(line);
                rows.add(new RunReportHtml.RejectRow(text(reject.get(RejectJson.SOURCE_FILE)),
                        text(reject.get(RejectJson.REASON)), text(reject.get(RejectJson.MESSAGE))));
            }
        }
        return rows;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private Instant firstStart(JobExecution job) {
        return RunHistory.firstStart(jobRepository.getJobExecutions(job.getJobInstance()));
    }
}
