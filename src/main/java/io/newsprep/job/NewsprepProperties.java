package io.newsprep.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of a run that does not change what the run means (so it is not a job parameter).
 *
 * @param threads      worker threads that clean files concurrently
 * @param chunkSize    files per chunk: one transaction, one write, one saved restart point
 * @param maxFileBytes files larger than this are rejected as {@code too_large}
 * @param profilesDir  a folder of the user's own source profiles (*.json), added to the bundled ones; may be null
 */
@ConfigurationProperties("newsprep")
public record NewsprepProperties(int threads, int chunkSize, long maxFileBytes, String profilesDir) {

    public NewsprepProperties {
        threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        chunkSize = chunkSize <= 0 ? 200 : chunkSize;
        maxFileBytes = maxFileBytes <= 0 ? 20L * 1024 * 1024 : maxFileBytes;
    }
}
