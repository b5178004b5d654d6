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
    /** Not identifying, fixed when the run starts: globs of entries to leave out, one a line. */
    public static final String EXCLUDE = "exclude";
    /** Not identifying: whether the bundled exclusions apply ("true" when absent). */
    public static final String DEFAULT_EXCLUDES = "default.excludes";
    /** Not identifying: whether links leading out of the input folder are read ("false" when absent). */
    public static final String FOLLOW_LINKS = "follow.links";
    /** Not identifying: the job repository's folder, left out of the listing; empty when it is a URL. */
    public static final String REPOSITORY_DIR = "repository.dir";

    private IngestParameters() {
    }
}
