package io.newsprep.output.run;

import io.newsprep.output.OutcomeFormat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One run's folder under OUTPUT. While the run writes, its files live in the hidden staging folder
 * {@code OUTPUT/runs/.<run-id>.partial/}; {@link #publish()} renames it to {@code OUTPUT/runs/<run-id>/}
 * in one step and then swings the {@code OUTPUT/latest} symlink to it, also in one step, so readers
 * never see a half-written run, nor a missing or dangling {@code latest}. Needs a file system with
 * atomic rename and symbolic links (any POSIX one).
 */
public final class RunFolder {

    public static final String RUNS = "runs";
    public static final String LATEST = "latest";
    public static final String REPORT_JSON = "report.json";

    private static final String STAGING_SUFFIX = ".partial";
    /** The ids {@link #newRunId} makes: time to the second, then four hex digits. */
    private static final Pattern NEW_RUN_ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{4}");
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path output;
    private final String runId;

    private RunFolder(Path output, String runId) {
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("run id must be letters, digits, '.', '_' or '-': " + runId);
        }
        this.output = output;
        this.runId = runId;
    }

    /** A new id that sorts by start time and is safe in any file name, e.g. {@code 20261122T053012Z-4f2a}. */
    public static String newRunId(Instant now) {
        return RUN_ID_TIME.format(now) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }

    /**
     * A new id for a run into {@code output} that sorts after every run already there, published or staged, so that
     * the runs' order by name is their order in time also when two start within one second (or the clock went back).
     */
    public static String nextRunId(Path output, Instant now) throws IOException {
        String id = newRunId(now);
        String latest = latestRunId(output.resolve(RUNS));
        if (latest == null || id.compareTo(latest) > 0) {
            return id;
        }
        int dash = latest.lastIndexOf('-');
        int suffix = Integer.parseInt(latest.substring(dash + 1), 16) + 1;
        return latest.substring(0, dash) + "-" + String.format("%04x", suffix);
    }

    private static String latestRunId(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return null;
        }
        String latest = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(STAGING_SUFFIX)) {
                    name = name.substring(1, name.length() - STAGING_SUFFIX.length());
                }
                if (NEW_RUN_ID.matcher(name).matches() && (latest == null || name.compareTo(latest) > 0)) {
                    latest = name;
                }
            }
        }
        return latest;
    }

    /** A handle on a run's folder that touches nothing on disk, e.g. to re-publish after a crash. */
    public static RunFolder of(Path output, String runId) {
        return new RunFolder(output, runId);
    }

    /**
     * Creates the staging folder for a run (and OUTPUT/runs if needed), or reuses the one an
     * interrupted attempt of the same run left behind.
     *
     * @throws FileAlreadyExistsException if this run has already been published
     */
    public static RunFolder stage(Path output, String runId) throws IOException {
        RunFolder folder = new RunFolder(output, runId);
        if (Files.exists(folder.publishedDir(), LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(folder.publishedDir().toString(), null, "run already published");
        }
        Files.createDirectories(folder.stagingDir());
        OutputPermissions permissions = OutputPermissions.of(output);
        permissions.limit(folder.stagingDir().getParent());
        permissions.limit(folder.stagingDir());
        return folder;
    }

    /** The staging folder an earlier attempt of this run left behind, if any; used on restart. */
    public static Optional<RunFolder> findStaging(Path output, String runId) {
        RunFolder folder = new RunFolder(output, runId);
        return Files.isDirectory(folder.stagingDir(), LinkOption.NOFOLLOW_LINKS) ? Optional.of(folder) : Optional.empty();
    }

    /** Ids of all runs that have a staging folder (started, never published), oldest first. */
    public static List<String> stagedRunIds(Path output) throws IOException {
        Path runs = output.resolve(RUNS);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(runs)) {
            entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(".") && name.endsWith(STAGING_SUFFIX))
                    .map(name -> name.substring(1, name.length() - STAGING_SUFFIX.length()))
                    .filter(id -> RUN_ID.matcher(id).matches())
                    .sorted()
                    .forEach(ids::add);
        }
        return ids;
    }

    /** Ids of all runs that have been published (have a run folder), oldest first. */
    public static List<String> publishedRunIds(Path output) throws IOException {
        Path runs = output.resolve(RUNS);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(runs)) {
            return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && RUN_ID.matcher(name).matches())
                    .sorted()
                    .toList();
        }
    }

    public String runId() {
        return runId;
    }

    public Path stagingDir() {
        return output.resolve(RUNS).resolve("." + runId + STAGING_SUFFIX);
    }

    public Path publishedDir() {
        return output.resolve(RUNS).resolve(runId);
    }

    public boolean isPublished() {
        return Files.isDirectory(publishedDir(), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(stagingDir(), LinkOption.NOFOLLOW_LINKS);
    }

    /** Where the run's files are now: the staging folder until published, the run folder after. */
    public Path dir() {
        return isPublished() ? publishedDir() : stagingDir();
    }

    /** The file of one of the run's output formats. */
    public Path file(OutcomeFormat format) {
        return dir().resolve(format.fileName());
    }

    public Path reportJson() {
        return dir().resolve(REPORT_JSON);
    }

    /**
     * Makes the run visible: flushes its files to disk, renames the staging folder to the run
     * folder and points {@code latest} at it. Calling it again for a published run only makes sure
     * {@code latest} points at this run.
     *
     * @return the published run folder
     */
    public synchronized Path publish() throws IOException {
        Path staging = stagingDir();
        Path published = publishedDir();
        if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(published, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(published.toString(), staging.toString(),
                        "both a staging and a published folder exist for this run");
            }
            limitPermissions(staging);
            syncFiles(staging);
            Files.move(staging, published, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.syncDirectory(published.getParent());
        } else if (!Files.isDirectory(published, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(staging.toString(), null, "nothing staged to publish");
        }
        pointLatestHere();
        return published;
    }

    /** Deletes the staging folder and everything in it; a published run is left alone. */
    public void discard() throws IOException {
        Path staging = stagingDir();
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(staging)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void pointLatestHere() throws IOException {
        AtomicFiles.swingLink(output.resolve(LATEST), Path.of(RUNS, runId));
    }

    private void limitPermissions(Path dir) throws IOException {
        OutputPermissions permissions = OutputPermissions.of(output);
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.toList()) {
                permissions.limit(p);
            }
        }
    }

    private static void syncFiles(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                try (FileChannel channel = FileChannel.open(p, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
        }
        AtomicFiles.syncDirectory(dir);
    }
}
