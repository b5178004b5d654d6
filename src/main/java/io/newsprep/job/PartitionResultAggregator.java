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
import java.util.function.Supplier;

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
 * into the run's staging files in manifest order.
 */
final class PartitionResultAggregator implements StepExecutionAggregator {

    private final JobRepository repository;
    private final String workerStep;
    private final int partitionSize;
    private final Supplier<List<OutcomeFormat>> formats;
    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

    PartitionResultAggregator(JobRepository repository, String workerStep, int partitionSize,
                              Supplier<List<OutcomeFormat>> formats) {
        this.repository = repository;
        this.workerStep = workerStep;
        this.partitionSize = partitionSize;
        this.formats = formats;
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
        result.getExecutionContext().put(RunOutputWriter.REPORT_STATE, new HashMap<>(report));
        try {
            new PartitionOutputs(outputDir, run).join(formats.get(), partitions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot join the partitions' files: " + e.getMessage(), e);
        }
    }
}
