package io.newsprep.job;

/** Names of the ingest job's parameters. The identifying ones define a job instance; restart needs the same values. */
public final class IngestParameters {

    public static final String JOB_NAME = "ingest";
    public static final String INPUT_DIR = "input.dir";
    public static final String OUTPUT_DIR = "output.dir";
    public static final String REPROCESS = "reprocess";
    public static final String RUN_ID = "run.id";
    /** A glob on the relative path; empty for every file. */
    public static final String ONLY = "only";
    /** Not identifying: a restart may use another thread count. */
    public static final String THREADS = "threads";

    private IngestParameters() {
    }
}
