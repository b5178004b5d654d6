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
        Path input = EVAL_DEV_DUMPS.toAbsolutePath().normalize();
        JarRunner.Result local = JarRunner.run(work, "ingest", "--input", input.toString(),
                "--output", work.resolve("local").toString(), "--threads", "1");
        assertThat(local.exitCode()).as(local.stderr()).isZero();
        try (RemoteCluster cluster = new RemoteCluster(work)) {
            cluster.startWorker("a");
            cluster.startWorker("b");
            JarRunner.Result remote = cluster.runManager(input, work.resolve("remote"), 7);
            assertThat(remote.exitCode()).as(remote.stderr()).isZero();
            assertThat(remote.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(cluster.workerLog("a") + cluster.workerLog("b")).as("both workers took partitions")
                    .contains("Executing step: [cleanPartition:partition");
        }
        Path localRun = work.resolve("local/latest").toRealPath();
        Path remoteRun = work.resolve("remote/latest").toRealPath();
        assertThat(bodies(remoteRun)).isEqualTo(bodies(localRun));
        assertThat(rejects(remoteRun)).isEqualTo(rejects(localRun));
        assertEveryFileOnce(remoteRun, listing(input));
        assertThat(RunOutputs.count(RunOutputs.report(remoteRun), "new"))
                .isEqualTo(RunOutputs.count(RunOutputs.report(localRun), "new"));
        assertThat(RemoteCluster.partitionFolders(work.resolve("remote"))).as("parts deleted once published").isEmpty();
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

    static Map<String, String> bodies(Path run) throws IOException {
        Map<String, String> bodies = new HashMap<>();
        for (JsonNode article : RunOutputs.jsonLines(run.resolve("articles.jsonl"))) {
            bodies.put(article.get("source_file").asString(), article.get("body").asString());
        }
        return bodies;
    }

    static Map<String, String> rejects(Path run) throws IOException {
        Map<String, String> reasons = new HashMap<>();
        for (JsonNode reject : RunOutputs.jsonLines(run.resolve("rejects.jsonl"))) {
            reasons.put(reject.get("source_file").asString(), reject.get("reason").asString());
        }
        return reasons;
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
