package io.newsprep.job;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of the learn step, which reads every new file before the first one is cleaned: a line on standard error
 * every few seconds once it has lasted a few seconds, as {@link ProgressListener} prints for the clean step.
 */
final class LearnProgress {

    private static final long QUIET_NANOS = Duration.ofSeconds(3).toNanos();
    private static final long EVERY_NANOS = Duration.ofSeconds(2).toNanos();

    private final PrintStream out;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastPrint = startNanos;

    /** @param total files listed, or -1 if unknown */
    LearnProgress(PrintStream out, long total) {
        this.out = out;
        this.total = total;
    }

    void filesRead(long done) {
        long now = System.nanoTime();
        if (now - startNanos < QUIET_NANOS || now - lastPrint < EVERY_NANOS) {
            return;
        }
        lastPrint = now;
        StringBuilder line = new StringBuilder("learn: ").append(done);
        if (total >= 0) {
            line.append('/').append(total).append(String.format(" files read (%.1f%%)", 100.0 * done / Math.max(1, total)));
        } else {
            line.append(" files read");
        }
        out.println(line.append(", learning what each publisher's pages repeat before cleaning them"));
    }
}
