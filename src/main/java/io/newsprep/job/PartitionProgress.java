package io.newsprep.job;

import io.newsprep.output.run.RunFolder;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * While the manager waits for the workers, prints a line whenever more partitions or files are done:
 * {@code newsprep: partitions 3/10 done, files 1200/4000}, read from the job repository (the partitions of an
 * earlier attempt of a resumed run count as done).
 */
final class PartitionProgress implements StepExecutionListener {

    private static final Log log = LogFactory.getLog(PartitionProgress.class);
    private final JobRepository repository;
    private final String workerStep;
    private final int partitionSize;
    private final PrintStream out;
    private final long everyMillis;
    private ScheduledExecutorService ticks;
    private String last = "";
    private Runnable tick;

    PartitionProgress(JobRepository repository, String workerStep, int partitionSize, PrintStream out, long everyMillis) {
        this.repository = repository;
        this.workerStep = workerStep;
        this.partitionSize = partitionSize;
        this.out = out;
        this.everyMillis = everyMillis;
    }

    @Override
    public void beforeStep(StepExecution step) {
        JobExecution job = step.getJobExecution();
        JobParameters parameters = job.getJobParameters();
        RunFolder run = RunFolder.of(Path.of(parameters.getString(IngestParameters.OUTPUT_DIR)),
                parameters.getString(IngestParameters.RUN_ID));
        ManifestRangePartitioner partitioner = new ManifestRangePartitioner(ScanInputTasklet.manifestOf(run), partitionSize);
        List<String> partitions = partitioner.names();
        long files = partitioner.lines();
        JobInstance instance = job.getJobInstance();
        ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "partition-progress");
            t.setDaemon(true);
            return t;
        });
        tick = () -> report(instance, partitions, files);
        ticks.scheduleWithFixedDelay(tick, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized void report(JobInstance instance, List<String> partitions, long files) {
        try {
            int done = 0;
            long filesDone = 0;
            for (String partition : partitions) {
                StepExecution last = repository.getLastStepExecution(instance, workerStep + ":" + partition);
                if (last == null) {
                    continue;
                }
                if (last.getStatus() == BatchStatus.COMPLETED) {
                    done++;
                }
                filesDone += last.getReadCount();
            }
            String line = "newsprep: partitions " + done + "/" + partitions.size() + " done, files "
                    + Math.min(filesDone, files) + "/" + files;
            if (!line.equals(last)) {
                out.println(line);
                last = line;
            }
        } catch (RuntimeException e) {
            log.debug("cannot read the partitions' progress: " + e.getMessage());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (ticks != null) {
            ticks.shutdownNow();
            ticks = null;
            tick.run(); // the last figures, all done when the step is
        }
        return null;
    }
}
