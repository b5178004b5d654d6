package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs of {@code ingest --workers remote} with a manager and two worker JVMs on this machine (see
 * {@link RemoteCluster}): the same articles as a single-process run, every input file exactly once, also when a
 * worker is killed with SIGKILL mid-partition, when the manager is killed and its command run again, and when the
 * broker is restarted mid-run.
 */
class RemoteWorkersIT {

    private static final Path EVAL_DEV_DUMPS = Path.of("..", "shared", "eval-dev", "dumps");

    @TempDir
    Path work;

    @Test
    void twoWorkersCleanTheEvalDumpsAsOneProcessDoes() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EVAL_DEV_DUMPS), "no ../shared/eval-dev beside the checkout");
        Path input = withNearDuplicates(EVAL_DEV_DUMPS.toAbsolutePath().normalize(), work.resolve("dumps"));
        JarRunner.Result local = JarRunner.run(work, "ingest", "--input", input.toString(),
                "--output", work.resolve("local").toString(), "--threads", "1");
        assertThat(local.exitCode()).as(local.stderr()).isZero();
        try (RemoteCluster cluster = new RemoteCluster(work)) {
            cluster.startWorker("a");
            cluster.startWorker("b");
            JarRunner.Result remote = cluster.runManager(input, work.resolve("remote"), 7);
            assertThat(remote.exitCode()).as(remote.stderr()).isZero();
            assertThat(remote.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
            int files = listing(input).size();
            int partitions = (files + 6) / 7;
            assertThat(remote.stderr()).as("the manager's progress")
                    .contains("newsprep: partitions " + partitions + "/" + partitions + " done, files " + files + "/" + files);
            assertThat(cluster.workerLog("a") + cluster.workerLog("b")).as("both workers took partitions")
                    .contains("Executing step: [cleanPartition:partition");
        }
        Path localRun = work.resolve("local/latest").toRealPath();
        Path remoteRun = work.resolve("remote/latest").toRealPath();
        assertThat(articles(localRun).values()).as("the eval dumps hold near-duplicates")
                .anyMatch(article -> article.contains("\"duplicate_of\":\""));
        assertThat(rejects(localRun).values()).as("the copies are same-content rejects")
                .anyMatch(reject -> reject.contains("same bytes as"));
        assertThat(articles(remoteRun)).isEqualTo(articles(localRun));
        assertThat(rejects(remoteRun)).isEqualTo(rejects(localRun));
        assertEveryFileOnce(remoteRun, listing(input));
        assertThat(RunOutputs.count(RunOutputs.report(remoteRun), "new"))
                .isEqualTo(RunOutputs.count(RunOutputs.report(localRun), "new"));
        assertThat(RemoteCluster.partitionFolders(work.resolve("remote"))).as("parts deleted once published").isEmpty();
    }

    @Test
    void workersCleanWithTheRunsOptionsNotTheirOwn() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EVAL_DEV_DUMPS), "no ../shared/eval-dev beside the checkout");
        Path input = work.resolve("dumps");
        Files.createDirectories(input);
        try (Stream<Path> all = Files.list(EVAL_DEV_DUMPS)) {
            for (Path file : all.sorted().limit(12).toList()) {
                Files.copy(file, input.resolve(file.getFileName().toString()));
            }
        }
        String[] options = {"--line-model", "off", "--removed", "lines"};
        JarRunner.Result plain = JarRunner.run(work, "ingest", "--input", input.toString(),
                "--output", work.resolve("plain").toString(), "--threads", "1");
        assertThat(plain.exitCode()).as(plain.stderr()).isZero();
        JarRunner.Result local = JarRunner.run(work, Stream.concat(Stream.of("ingest", "--input", input.toString(),
                "--output", work.resolve("local").toString(), "--threads", "1"), Stream.of(options)).toArray(String[]::new));
        assertThat(local.exitCode()).as(local.stderr()).isZero();
        try (RemoteCluster cluster = new RemoteCluster(work)) {
            cluster.startWorker("a");
            JarRunner.Result remote = cluster.runManager(input, work.resolve("remote"), 5, options);
            assertThat(remote.exitCode()).as(remote.stderr()).isZero();
        }
        Path localRun = work.resolve("local/latest").toRealPath();
        Map<String, String> withOptions = articles(localRun);
        assertThat(withOptions).as("the options change the articles").isNotEqualTo(articles(work.resolve("plain/latest").toRealPath()));
        assertThat(withOptions.values()).as("removed lines listed").allMatch(article -> article.contains("\"removed\":["));
        assertThat(articles(work.resolve("remote/latest").toRealPath())).isEqualTo(withOptions);
    }

    @Test
    void aWorkerKilledMidPartitionLosesNothingAndRepeatsNothing() throws Exception {
        Path input = work.resolve("landing");
        List<String> files = SeedCopies.write(input, 1200);
        Path output = work.resolve("out");
        try (RemoteCluster cluster = new RemoteCluster(work)) {
            Process victim = cluster.startWorker("victim");
            Process manager = cluster.startManager(input, output, 400);
            // killed once it has committed part of a partition: its folder holds more than the files' headers
            assertThat(killOnceAPartitionIsHalfWritten(victim, output)).as("the worker was killed mid-partition").isTrue();
            cluster.startWorker("b");
            cluster.startWorker("victim-restarted");
            assertThat(manager.waitFor(15, TimeUnit.MINUTES)).isTrue();
            assertThat(manager.exitValue()).isZero();
            assertThat(cluster.workerLog("b") + cluster.workerLog("victim-restarted"))
                    .as("the killed worker's partition ran again").contains("Executing step: [cleanPartition:partition");
        }
        Path run = output.resolve("latest").toRealPath();
        assertEveryFileOnce(run, files);
        JsonNode report = RunOutputs.report(run);
        assertThat(RunOutputs.count(report, "new")).isEqualTo(files.size());
    }

    @Test
    void aKilledManagerResumesWithTheSameCommand() throws Exception {
        Path input = work.resolve("landing");
        List<String> files = SeedCopies.write(input, 1200);
        Path output = work.resolve("out");
        try (RemoteCluster cluster = new RemoteCluster(work)) {
            cluster.startWorker("a");
            cluster.startWorker("b");
            Process manager = cluster.startManager(input, output, 200);
            assertThat(killOnceAPartitionIsHalfWritten(manager, output)).as("the manager was killed mid-run").isTrue();
            JarRunner.Result resumed = cluster.runManager(input, output, 200);
            assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
            assertThat(resumed.stderr()).contains("resuming run");
        }
        List<Path> runs = RunOutputs.completedRuns(output);
        assertThat(runs).hasSize(1);
        assertEveryFileOnce(runs.get(0), files);
        assertThat(RunOutputs.count(RunOutputs.report(runs.get(0)), "new")).isEqualTo(files.size());
    }

    @Test
    void aRestartedBrokerDoesNotStopTheRun() throws Exception {
        Path input = work.resolve("landing");
        List<String> files = SeedCopies.write(input, 1200);
        Path output = work.resolve("out");
        try (RemoteCluster cluster = new RemoteCluster(work)) {
            cluster.startOwnBroker();
            cluster.startWorker("a");
            cluster.startWorker("b");
            Process manager = cluster.startManager(input, output, 200);
            assertThat(waitForAPartitionHalfWritten(manager, output)).as("a partition was being cleaned").isTrue();
            cluster.restartOwnBroker(Duration.ofSeconds(3));
            assertThat(manager.waitFor(15, TimeUnit.MINUTES)).isTrue();
            if (manager.exitValue() != 0) {
                // a broker that is away while the manager sends fails the run in one line; the command resumes it
                JarRunner.Result resumed = cluster.runManager(input, output, 200);
                assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
            }
        }
        List<Path> runs = RunOutputs.completedRuns(output);
        assertThat(runs).hasSize(1);
        assertEveryFileOnce(runs.get(0), files);
        assertThat(RunOutputs.count(RunOutputs.report(runs.get(0)), "new")).isEqualTo(files.size());
    }

    private static boolean waitForAPartitionHalfWritten(Process process, Path output) throws Exception {
        long deadline = System.nanoTime() + 10L * 60 * 1_000_000_000;
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (Path partition : RemoteCluster.partitionFolders(output)) {
                Path articles = partition.resolve("articles.jsonl");
                if (Files.isRegularFile(articles) && Files.size(articles) > 0) {
                    return true;
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** SIGKILLs the process once a partition's articles file holds more than its header; false if none came. */
    private static boolean killOnceAPartitionIsHalfWritten(Process process, Path output) throws Exception {
        if (!waitForAPartitionHalfWritten(process, output)) {
            return false;
        }
        process.destroyForcibly().waitFor();
        return true;
    }

    /**
     * A copy of the dumps, with three of them twice: again with a sentence of their own at the end; and two of them
     * byte for byte under names that come first and last in the listing, in other partitions than their originals.
     */
    private static Path withNearDuplicates(Path dumps, Path copy) throws IOException {
        Files.createDirectories(copy);
        List<Path> files;
        try (Stream<Path> all = Files.list(dumps)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Files.copy(file, copy.resolve(file.getFileName().toString()));
        }
        for (int i = 0; i < 3; i++) {
            Path original = files.get(i * 7);
            byte[] again = (new String(Files.readAllBytes(original), java.nio.charset.StandardCharsets.UTF_8)
                    + "\nThis report was also filed by desk " + i + " today.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(copy.resolve("again-" + original.getFileName()), again);
        }
        Files.copy(files.get(20), copy.resolve("000-copy-" + files.get(20).getFileName()));
        Files.copy(files.get(3), copy.resolve("zzz-copy-" + files.get(3).getFileName()));
        return copy;
    }

    /** The run's articles by source file, every field but those that name the run. */
    static Map<String, String> articles(Path run) throws IOException {
        return withoutRunFields(run.resolve("articles.jsonl"));
    }

    /** The run's rejects by source file, every field but those that name the run. */
    static Map<String, String> rejects(Path run) throws IOException {
        return withoutRunFields(run.resolve("rejects.jsonl"));
    }

    private static Map<String, String> withoutRunFields(Path jsonl) throws IOException {
        Map<String, String> records = new HashMap<>();
        for (JsonNode record : RunOutputs.jsonLines(jsonl)) {
            ObjectNode fields = (ObjectNode) record;
            fields.remove("run_id");
            fields.remove("ingested_at");
            records.put(fields.get("source_file").asString(), fields.toString());
        }
        return records;
    }

    static void assertEveryFileOnce(Path run, List<String> files) throws IOException {
        List<String> seen = new ArrayList<>();
        seen.addAll(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("articles.jsonl"))));
        seen.addAll(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("rejects.jsonl"))));
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        assertThat(RunOutputs.csvRecords(run.resolve("articles.csv"))).hasSize(
                RunOutputs.jsonLines(run.resolve("articles.jsonl")).size());
    }

    private static List<String> listing(Path input) throws IOException {
        try (Stream<Path> all = Files.walk(input)) {
            return all.filter(Files::isRegularFile).map(p -> input.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
