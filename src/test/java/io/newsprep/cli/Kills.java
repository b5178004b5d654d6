package io.newsprep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Sends SIGKILL to a running ingest at a chosen point of its progress, observed through its staging folder. */
final class Kills {

    private Kills() {
    }

    /**
     * Waits until the staged articles.jsonl is larger than the threshold, then kills the process.
     *
     * @return the file's size seen just before the kill, or -1 if the process ended by itself first
     */
    static long onceStagedArticlesPass(Process process, Path output, long thresholdBytes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (process.isAlive() && System.nanoTime() < deadline) {
            Optional<Path> staged = RunOutputs.stagedArticles(output);
            long size = staged.isPresent() ? sizeOrZero(staged.get()) : 0;
            if (size > thresholdBytes) {
                return kill(process) ? size : -1;
            }
            Thread.sleep(25);
        }
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the staged articles never grew past " + thresholdBytes + " bytes");
        }
        return -1;
    }

    /**
     * Waits until the staged articles.jsonl is past the threshold, then kills the process the moment the file is
     * seen growing: while the clean step writes a chunk, before its transaction commits.
     *
     * @return the file's size seen just before the kill, or -1 if the process ended by itself first
     */
    static long whileStagedArticlesGrow(Process process, Path output, long thresholdBytes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        long last = -1;
        while (process.isAlive() && System.nanoTime() < deadline) {
            Optional<Path> staged = RunOutputs.stagedArticles(output);
            long size = staged.isPresent() ? sizeOrZero(staged.get()) : 0;
            if (size > thresholdBytes && last >= 0 && size != last) {
                return kill(process) ? size : -1;
            }
            last = size > thresholdBytes ? size : -1;
            Thread.sleep(1);
        }
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the staged articles never grew past " + thresholdBytes + " bytes");
        }
        return -1;
    }

    /** Kills the process as soon as its run's staging folder exists: while it scans, before its first commit. */
    static boolean onceStagingFolderAppears(Process process, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (!RunOutputs.stagingFolders(output).isEmpty()) {
                return kill(process);
            }
            Thread.sleep(5);
        }
        return kill(process);
    }

    /** SIGKILL on Linux; true if the process was still running and died of it. */
    private static boolean kill(Process process) throws InterruptedException {
        boolean alive = process.isAlive();
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new AssertionError("process still there a minute after SIGKILL");
        }
        return alive && process.exitValue() == 137;
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
