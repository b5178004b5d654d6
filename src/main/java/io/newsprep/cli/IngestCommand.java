package io.newsprep.cli;

import io.newsprep.output.RemovedLines;
import io.newsprep.output.run.CurrentTable;
import io.newsprep.input.ErrorText;
import io.newsprep.input.InputSelection;
import io.newsprep.input.PathGlob;
import io.newsprep.input.RealPaths;
import io.newsprep.job.IngestLauncher;
import io.newsprep.job.IngestRequest;
import io.newsprep.job.IngestResult;
import io.newsprep.job.RunningRunMarker;
import io.newsprep.job.UnknownRepositoryException;
import io.newsprep.output.run.OutputPermissions;
import io.newsprep.output.OutcomeFile;
import io.newsprep.publisher.PublisherProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            description = "job repository: a folder for the HSQLDB file database, or a jdbc:hsqldb: or jdbc:postgresql: URL"
                    + " (default: OUTPUT/.newsprep/repository)")
    String repository;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "20",
            description = "files larger than this are rejected as too_large (default: ${DEFAULT-VALUE})")
    long maxFileMegabytes;

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "a folder of your own publisher profiles (*.json), used with the bundled ones")
    Path profiles;

    @Option(names = "--removed", paramLabel = "lines|counts|none", defaultValue = "counts",
            description = "what articles.jsonl keeps of the removed lines: each line, counts per kind (default), or nothing")
    String removed;

    @Option(names = "--current-formats", paramLabel = "LIST", defaultValue = "parquet",
            description = "the files of OUTPUT/current/, comma-separated: parquet (default), csv, jsonl")
    String currentFormats;

    @Option(names = "--line-model", paramLabel = "on|off", description = LineModelOption.DESCRIPTION)
    String lineModel;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "leave out files and folders that match, e.g. 'drafts' or 'archive/**'; repeatable")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-default-excludes",
            description = "also read what is left out by default: hidden files and folders, *.json, *.md, *.csv, ...")
    boolean noDefaultExcludes;

    @Option(names = "--follow-links",
            description = "read files that symbolic links lead to outside the input folder (default: reject them as outside_input)")
    boolean followLinks;

    @Option(names = UnknownRepositoryException.ACCEPT_OPTION,
            description = "go on with a job repository that knows none of the runs in OUTPUT/runs, cleaning every file again")
    boolean acceptNewRepository;

    @Option(names = "--duplicate-threshold", paramLabel = "S", defaultValue = "0.5",
            description = "estimated similarity (0..1, Jaccard of word shingles) from which an article is a near-duplicate"
                    + " of an earlier one (default: ${DEFAULT-VALUE})")
    double duplicateThreshold;

    @Option(names = "--duplicate-window", paramLabel = "N", defaultValue = "20000",
            description = "articles whose signatures are kept for later runs to match against (default: ${DEFAULT-VALUE})")
    long duplicateWindow;

    @Option(names = "--no-duplicates", description = "do not look for near-duplicates (cluster fields stay empty)")
    boolean noDuplicates;

    @Option(names = "--repository-properties", paramLabel = "FILE",
            description = "user= and password= of a PostgreSQL repository, in a file only its owner can read (default:"
                    + " the environment's NEWSPREP_REPOSITORY_USER and NEWSPREP_REPOSITORY_PASSWORD)")
    Path repositoryProperties;

    @Option(names = "--workers", paramLabel = "local|remote", defaultValue = "local",
            description = "who cleans the files: this process (default), or worker processes ('newsprep worker') that take"
                    + " partitions of the listing from a message broker and share the --repository")
    String workers;

    @Option(names = "--broker", paramLabel = "URL",
            description = "with --workers remote: the ActiveMQ Artemis broker, e.g. tcp://host:61616 (default: one started"
                    + " in this process on --broker-port)")
    String broker;

    @Option(names = "--broker-port", paramLabel = "PORT", defaultValue = "61616",
            description = "with --workers remote and no --broker: the port of the broker this process starts (default: ${DEFAULT-VALUE})")
    int brokerPort;

    @Option(names = "--partition-size", paramLabel = "N", defaultValue = "1000",
            description = "with --workers remote: files of the listing per partition (default: ${DEFAULT-VALUE})")
    int partitionSize;

    @Option(names = "--line-model-file", paramLabel = "FILE", description = LineModelOption.FILE_DESCRIPTION)
    Path lineModelFile;

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
            requireGlob("--only", only);
        }
        try {
            RemovedLines.of(removed);
            CurrentTable.formats(currentFormats);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        for (String exclude : excludes) {
            requireGlob("--exclude", exclude);
        }
        requireApart(input, output);
        requireWritable(output, "output folder");
        RepositoryOptions.requireUsable(spec, repository, repositoryProperties, output);
        Path repositoryFolder = RepositoryLocation.folder(repository, output);
        if (repositoryFolder != null) {
            requireWritable(repositoryFolder, "repository folder");
        }
        // the log and the repository hold file names and lines of articles
        OutputPermissions.of(output).limit(Files.createDirectories(output.resolve(".newsprep")));
        IngestRequest request = new IngestRequest(input, output, reprocess, only,
                new InputSelection(excludes, !noDefaultExcludes, followLinks), repositoryFolder, acceptNewRepository);
        Map<String, Object> tuning = new LinkedHashMap<>();
        tuning.put("newsprep.threads", threads);
        tuning.put("newsprep.max-file-bytes", maxFileMegabytes * 1024 * 1024);
        tuning.put("newsprep.removed", removed);
        tuning.put("newsprep.current-formats", currentFormats);
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
        Boolean useLineModel = LineModelOption.parse(spec, lineModel);
        if (useLineModel != null) {
            tuning.put("newsprep.line-model", useLineModel);
        }
        if (LineModelOption.readFile(spec, lineModelFile, useLineModel) != null) {
            tuning.put("newsprep.line-model-file", lineModelFile.toAbsolutePath().normalize().toString());
        }
        RemoteWorkers.configureManager(spec, workers, broker, brokerPort, partitionSize, repository, output, tuning);
        DiskSpace.requireSome(output, "output folder");
        if (repositoryFolder != null) {
            DiskSpace.requireSome(repositoryFolder, "repository folder");
        }
        StopNotice stopNotice = StopNotice.during(spec.commandLine().getErr());
        IngestResult result;
        try {
            ConfigurableApplicationContext context = SpringRuntime.start(repository, repositoryProperties, request.outputDir(),
                    tuning);
            try (context) {
                result = context.getBean(IngestLauncher.class).run(request, spec.commandLine().getErr()::println);
            } catch (UnknownRepositoryException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            } catch (RuntimeException e) {
                throw StopNotice.shuttingDown() ? e : RepositoryTrouble.whileUsing(e, repositoryFolder);
            } finally {
                RunningRunMarker.clear(request.outputDir());
            }
        } catch (RuntimeException e) {
            if (StopNotice.shuttingDown()) {
                return Newsprep.EXIT_STOPPED; // the notice has said it all
            }
            stopNotice.runEnded();
            throw e;
        }
        if (StopNotice.shuttingDown()) {
            return Newsprep.EXIT_STOPPED;
        }
        stopNotice.runEnded();
        if (!result.completed()) {
            spec.commandLine().getErr().println("newsprep: run " + result.runId() + " " + result.status()
                    + (result.failure() == null ? "" : ": " + result.failure())
                    + (result.failure() != null && result.failure().contains(OutcomeFile.CANNOT_RESUME) ? ""
                            : "; run the same command again to resume it"));
            return Newsprep.EXIT_FAILED;
        }
        if (result.nothingListed() != null) {
            spec.commandLine().getErr().println("newsprep: nothing to ingest: " + result.nothingListed()
                    + "; no run folder was written and 'latest' was not moved");
            return Newsprep.EXIT_OK;
        }
        spec.commandLine().getErr().println(RunSummary.of(result.runFolder()));
        spec.commandLine().getOut().println(result.runFolder());
        return Newsprep.EXIT_OK;
    }

    private void requireGlob(String option, String glob) {
        try {
            PathGlob.of(glob);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), option + " is not a valid glob: " + e.getDescription()
                    + " at position " + e.getIndex() + " of '" + glob + "'");
        }
    }

    /**
     * The run must not read what it writes. Compared by real paths, so that a link does not hide it: an output
     * folder inside the input is left out of the listing, an input folder that is the output or lies inside it is
     * refused.
     */
    private void requireApart(Path input, Path output) {
        Path realInput = RealPaths.of(input);
        Path realOutput = RealPaths.of(output);
        if (realInput.startsWith(realOutput)) {
            throw new ParameterException(spec.commandLine(), (realInput.equals(realOutput)
                    ? "--input and --output are the same folder (" + realInput + ")"
                    : "the input folder " + realInput + " lies inside the output folder " + realOutput)
                    + ": the run would read its own output; give an --output outside the input");
        }
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
