package io.newsprep.cli;

import io.newsprep.input.ErrorText;
import io.newsprep.job.IngestLauncher;
import io.newsprep.job.IngestRequest;
import io.newsprep.job.IngestResult;
import io.newsprep.job.RunningRunMarker;
import io.newsprep.publisher.PublisherProfiles;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.PatternSyntaxException;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Clean every dump under the input folder that is new or changed since the last completed run, "
                + "and write a new run folder under OUTPUT/runs/. Prints the run folder's path last. "
                + "Run the same command again after a failure to resume the interrupted run.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "folder of dumps, read recursively")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "where run folders and 'latest' go")
    Path output;

    @Option(names = "--reprocess", description = "clean every file again, changed or not")
    boolean reprocess;

    @Option(names = "--only", paramLabel = "GLOB",
            description = "only files whose path below the input folder matches, e.g. 'asiae/**' or '**/*.html'")
    String only;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    int threads;

    @Option(names = "--repository", paramLabel = "PATH",
            description = "job repository: a folder for the HSQLDB file database, or a JDBC URL (default: OUTPUT/.newsprep/repository)")
    String repository;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "20",
            description = "files larger than this are rejected as too_large (default: ${DEFAULT-VALUE})")
    long maxFileMegabytes;

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "a folder of your own publisher profiles (*.json), used with the bundled ones")
    Path profiles;

    @Option(names = "--duplicate-threshold", paramLabel = "S", defaultValue = "0.5",
            description = "estimated similarity (0..1, Jaccard of word shingles) from which an article is a near-duplicate"
                    + " of an earlier one (default: ${DEFAULT-VALUE})")
    double duplicateThreshold;

    @Option(names = "--duplicate-window", paramLabel = "N", defaultValue = "20000",
            description = "articles whose signatures are kept for later runs to match against (default: ${DEFAULT-VALUE})")
    long duplicateWindow;

    @Option(names = "--no-duplicates", description = "do not look for near-duplicates (cluster fields stay empty)")
    boolean noDuplicates;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(),
                    (Files.exists(input) ? "input is not a folder: " : "input folder not found: ") + input);
        }
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (maxFileMegabytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-file-size must be at least 1 (MB)");
        }
        if (!(duplicateThreshold > 0 && duplicateThreshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--duplicate-threshold must be above 0 and at most 1");
        }
        if (duplicateWindow < 1) {
            throw new ParameterException(spec.commandLine(), "--duplicate-window must be at least 1");
        }
        if (only != null) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + only);
            } catch (PatternSyntaxException e) {
                throw new ParameterException(spec.commandLine(), "--only is not a valid glob: " + e.getDescription()
                        + " at position " + e.getIndex() + " of '" + only + "'");
            }
        }
        requireWritable(output, "output folder");
        Path repositoryFolder = RepositoryLocation.folder(repository, output);
        if (repositoryFolder != null) {
            requireWritable(repositoryFolder, "repository folder");
        }
        IngestRequest request = new IngestRequest(input, output, reprocess, only);
        Map<String, Object> tuning = new LinkedHashMap<>();
        tuning.put("newsprep.threads", threads);
        tuning.put("newsprep.max-file-bytes", maxFileMegabytes * 1024 * 1024);
        tuning.put("newsprep.duplicates.enabled", !noDuplicates);
        tuning.put("newsprep.duplicates.threshold", duplicateThreshold);
        tuning.put("newsprep.duplicates.window", duplicateWindow);
        if (profiles != null) {
            if (!Files.isDirectory(profiles)) {
                throw new ParameterException(spec.commandLine(), "profile folder not found: " + profiles);
            }
            try {
                PublisherProfiles.load(profiles); // a mistake in a profile is the user's to fix, not a run to resume
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            tuning.put("newsprep.profiles-dir", profiles.toAbsolutePath().normalize());
        }
        ConfigurableApplicationContext context = SpringRuntime.start(repository, request.outputDir(), tuning);
        IngestResult result;
        try (context) {
            result = context.getBean(IngestLauncher.class).run(request);
        } finally {
            RunningRunMarker.clear(request.outputDir());
        }
        if (!result.completed()) {
            spec.commandLine().getErr().println("newsprep: run " + result.runId() + " " + result.status()
                    + (result.failure() == null ? "" : ": " + result.failure())
                    + "; run the same command again to resume it");
            return Newsprep.EXIT_FAILED;
        }
        spec.commandLine().getErr().println(RunSummary.of(result.runFolder()));
        spec.commandLine().getOut().println(result.runFolder());
        return Newsprep.EXIT_OK;
    }

    /**
     * Fails in one line when a folder the run must write in cannot be made or written (a read-only disk, no
     * permission), before the job repository would report that as a lock held by another run.
     */
    private static void requireWritable(Path folder, String what) {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".write-check-", ".tmp"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write in the " + what + ": " + ErrorText.of(e));
        }
    }
}
