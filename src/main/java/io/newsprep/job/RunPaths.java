package io.newsprep.job;

import java.nio.file.Path;

/** Where a run's files go while it is in progress, derived from the output folder and the run id. */
record RunPaths(Path outputDir, String runId) {

    Path staging() {
        return outputDir.resolve("runs").resolve("." + runId + ".partial");
    }

    Path manifest() {
        return staging().resolve(".manifest");
    }

    Path articlesJsonl() {
        return staging().resolve("articles.jsonl");
    }

    Path articlesCsv() {
        return staging().resolve("articles.csv");
    }

    Path rejectsJsonl() {
        return staging().resolve("rejects.jsonl");
    }
}
