package io.newsprep.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Leaves a one-line note in OUTPUT/.newsprep/running while a run executes, so that a second run refused by
 * the repository lock can say which run holds it. The lock itself is the database's; this is only a label.
 */
public class RunningRunMarker implements JobExecutionListener {

    static final String FILE = ".newsprep/running";

    @Override
    public void beforeJob(JobExecution execution) {
        Path marker = markerFor(execution);
        String text = "run " + execution.getJobParameters().getString(IngestParameters.RUN_ID)
                + ", execution " + execution.getId()
                + ", pid " + ProcessHandle.current().pid()
                + ", started " + execution.getStartTime();
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the note once the process has let go of the repository. Not done when the job ends: the
     * database stays locked until the application has shut down, and a second run refused in between
     * should still learn who holds it.
     */
    public static void clear(Path outputDir) {
        try {
            Files.deleteIfExists(outputDir.resolve(FILE));
        } catch (IOException ignored) {
            // a stale label is harmless: the database lock decides
        }
    }

    private static Path markerFor(JobExecution execution) {
        return Path.of(execution.getJobParameters().getString(IngestParameters.OUTPUT_DIR)).resolve(FILE);
    }

    static String describe(Path outputDir) {
        String note = read(outputDir);
        return note != null ? note : "a run whose details are unknown";
    }

    /** The note, or null when there is none (or it cannot be read). */
    public static String read(Path outputDir) {
        try {
            return Files.readString(outputDir.resolve(FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }
}
