package io.newsprep.job;

import java.nio.file.Path;

/** What the user asked an ingest run to do. */
public record IngestRequest(Path inputDir, Path outputDir, boolean reprocess, String only) {

    public IngestRequest {
        inputDir = inputDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        only = only == null ? "" : only;
    }

    public IngestRequest(Path inputDir, Path outputDir, boolean reprocess) {
        this(inputDir, outputDir, reprocess, "");
    }
}
