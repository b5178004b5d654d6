package io.newsprep.job;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints a progress line to standard error every few seconds once a run has lasted a few seconds: files done
 * out of the total, rate and estimated time left. Short runs stay quiet. Hooked on each chunk's write, because
 * the multi-threaded chunk step does not call chunk listeners.
 */
class ProgressListener implements StepExecutionListener, ItemWriteListener<Object> {

    private static final long QUIET_NANOS = Duration.ofSeconds(3).toNanos();
    private static final long EVERY_NANOS = Duration.ofSeconds(2).toNanos();

    private final PrintStream out;
    private StepExecution step;
    private long total;
    private long startNanos;
    private long startCount;
    private long resumedFrom;
    private long lastPrint;

    ProgressListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        total = stepExecution.getJobExecution().getExecutionContext().getLong(ScanInputTasklet.FILES_TOTAL, -1L);
        startNanos = System.nanoTime();
        // a resumed step starts its counts again from zero; the files before its restart point are done
        Object resumedAt = stepExecution.getExecutionContext().get(ManifestItemReader.POSITION);
        resumedFrom = resumedAt instanceof Number n ? n.longValue() : 0;
        startCount = resumedFrom + stepExecution.getReadCount();
        lastPrint = startNanos;
    }

    @Override
    public void afterWrite(Chunk<?> chunk) {
        long now = System.nanoTime();
        if (now - startNanos < QUIET_NANOS || now - lastPrint < EVERY_NANOS) {
            return;
        }
        lastPrint = now;
        // the step adds this chunk's reads to its counts only after the write
        long done = resumedFrom + step.getReadCount() + chunk.size();
        if (total >= 0) {
            done = Math.min(done, total);
        }
        double seconds = (now - startNanos) / 1e9;
        double rate = (done - startCount) / seconds;
        StringBuilder line = new StringBuilder("ingest: ").append(done);
        if (total >= 0) {
            line.append('/').append(total).append(String.format(" files (%.1f%%)", 100.0 * done / Math.max(1, total)));
        } else {
            line.append(" files");
        }
        line.append(String.format(", %.0f files/s", rate));
        if (total >= 0 && rate > 0) {
            line.append(", ETA ").append(formatDuration((long) ((total - done) / rate)));
        }
        out.println(line);
    }

    static String formatDuration(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
