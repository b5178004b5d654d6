package io.newsprep.job;

import io.newsprep.output.OutcomeFormat;
import io.newsprep.output.run.RunFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newsprep.input.RealPaths;
import io.newsprep.input.RejectReason;
import io.newsprep.store.FileLedger;
import io.newsprep.store.SignatureStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Completes the manager's clean step once the workers are done: when every partition of the run has completed
 * (in this attempt or an earlier one), it adds up their report counts into the step's execution context, where
 * the publish step and {@code history} find them as after a single-process run, and joins the partitions' files
 * into the run's staging files in manifest order: the run's own same-content copies and near-duplicate clusters are
 * decided there, from the signatures and hashes the workers wrote beside their files ({@link ManifestOrderPlacement}).
 */
final class PartitionResultAggregator implements StepExecutionAggregator {

    private static final Log log = LogFactory.getLog(PartitionResultAggregator.class);
    private final JobRepository repository;
    private final String workerStep;
    private final int partitionSize;
    private final NewsprepProperties properties;
    private final FileLedger ledger;
    private final SignatureStore signatures;
    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

    PartitionResultAggregator(JobRepository repository, String workerStep, int partitionSize,
                              NewsprepProperties properties, FileLedger ledger, SignatureStore signatures) {
        this.repository = repository;
        this.workerStep = workerStep;
        this.partitionSize = partitionSize;
        this.properties = properties;
        this.ledger = ledger;
        this.signatures = signatures;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        counts.aggregate(result, executions);
        if (result.getStatus().isUnsuccessful()) {
            return;
        }
        JobExecution job = result.getJobExecution();
        JobParameters parameters = job.getJobParameters();
        Path outputDir = Path.of(parameters.getString(IngestParameters.OUTPUT_DIR));
        RunFolder run = RunFolder.of(outputDir, parameters.getString(IngestParameters.RUN_ID));
        List<String> partitions = new ManifestRangePartitioner(ScanInputTasklet.manifestOf(run), partitionSize).names();
        Map<String, Long> report = new HashMap<>();
        long filtered = 0;
        List<String> unfinished = new ArrayList<>();
        for (String partition : partitions) {
            StepExecution last = repository.getLastStepExecution(job.getJobInstance(), workerStep + ":" + partition);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                unfinished.add(partition);
                continue;
            }
            filtered += last.getFilterCount();
            RunOutputWriter.reportState(last.getExecutionContext()).forEach((k, v) -> report.merge(k, v, Long::sum));
        }
        if (!unfinished.isEmpty()) {
            result.setStatus(BatchStatus.FAILED);
            result.addFailureException(new IllegalStateException(unfinished.size() + " of " + partitions.size()
                    + " partitions did not complete, the first " + unfinished.get(0)));
            return;
        }
        result.setFilterCount(filtered);
        try {
            long started = System.nanoTime();
            PartitionOutputs outputs = new PartitionOutputs(outputDir, run);
            List<List<PartitionArticle>> articles = new ArrayList<>(partitions.size());
            for (String partition : partitions) {
                articles.add(PartitionArticle.readAll(outputs.existingPartitionDir(partition)));
            }
            ManifestOrderPlacement.Result placed = place(run.runId(), articles);
            long placedAt = System.nanoTime();
            List<OutcomeFormat> formats = RunCleaningSettings.of(parameters, properties).formats(properties);
            outputs.join(formats, partitions, placed.placements(), articles);
            long joinedAt = System.nanoTime();
            String inputDir = RealPaths.of(Path.of(parameters.getString(IngestParameters.INPUT_DIR))).toString();
            ledger.recordDuplicates(inputDir, run.runId(), placed.duplicates(), RejectReason.DUPLICATE.code());
            placed.reportChange().forEach((k, v) -> report.merge(k, v, Long::sum));
            log.info(String.format(java.util.Locale.ROOT, "placed %d articles of %d partitions in %.1f ms (%.3f ms each),"
                            + " joined their files in %.1f ms (%.3f ms each); %d same-content copies",
                    placed.articles(), partitions.size(), (placedAt - started) / 1e6,
                    (placedAt - started) / 1e6 / Math.max(1, placed.articles()), (joinedAt - placedAt) / 1e6,
                    (joinedAt - placedAt) / 1e6 / Math.max(1, placed.articles()), placed.duplicates().size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot join the partitions' files: " + e.getMessage(), e);
        }
        result.getExecutionContext().put(RunOutputWriter.REPORT_STATE, new HashMap<>(report));
    }

    private ManifestOrderPlacement.Result place(String runId, List<List<PartitionArticle>> articles) throws IOException {
        NewsprepProperties.Duplicates duplicates = properties.duplicates();
        NearDuplicatePass nearDuplicates = duplicates.enabled()
                ? new NearDuplicatePass(signatures, duplicates.threshold(), duplicates.window(), runId) : null;
        return new ManifestOrderPlacement(nearDuplicates, properties.chunkSize(), runId)
                .place(articles.size(), articles::get);
    }
}
