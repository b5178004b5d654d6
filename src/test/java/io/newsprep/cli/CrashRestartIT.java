package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kills real ingest processes with SIGKILL part-way through and checks that re-running the same command
 * ends in output a user can trust: every input file exactly once, well-formed files, and a {@code latest}
 * that never showed a half-written run. Slow (tens of thousands of files): runs with {@code -Pcrash}.
 */
class CrashRestartIT {

    private static final int DUMPS = 20_000;
    private static final long FIRST_KILL_BYTES = 1_500_000;
    /** The resumed run is killed once it has rewritten the lost tail and gone this far beyond the first kill. */
    private static final long SECOND_KILL_EXTRA_BYTES = 3_000_000;

    @TempDir
    Path work;
    private Path input;
    private Path output;
    private List<String> inputFiles;

    @BeforeEach
    void folders() {
        input = work.resolve("landing");
        output = work.resolve("out");
    }

    private void generateDumps(int count) throws IOException {
        inputFiles = SeedCopies.write(input, count);
    }

    @Test
    void runsKilledMidCleanResumeToExactlyOnceOutput() throws Exception {
        generateDumps(DUMPS);
        String[] ingest = {"ingest", "--input", input.toString(), "--output", output.toString(), "--threads", "2"};
        List<String> killed = new ArrayList<>();
        try (LatestWatcher latest = new LatestWatcher(output)) {
            Process first = JarRunner.start(work, List.of(), ingest);
            long firstKillAt = Kills.onceStagedArticlesPass(first, output, FIRST_KILL_BYTES);
            assertThat(firstKillAt).as("the first run was killed during the clean step").isPositive();
            killed.add("first run at " + firstKillAt + " bytes");
            assertThat(RunOutputs.completedRuns(output)).as("nothing published by a killed run").isEmpty();

            Process second = JarRunner.start(work, List.of(), ingest);
            long secondKillAt = Kills.onceStagedArticlesPass(second, output, firstKillAt + SECOND_KILL_EXTRA_BYTES);
            if (secondKillAt > 0) {
                killed.add("resumed run at " + secondKillAt + " bytes");
            }

            JarRunner.Result finished = runUntilSuccess(ingest);
            System.out.println("killed: " + killed);
            assertThat(finished.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(finished.stderr()).as("progress while a run lasts").containsPattern("ingest: \\d+/" + DUMPS + " files");
            assertThat(latest.violations()).as("latest pointed at an incomplete run").isEmpty();
            assertThat(latest.observations()).isPositive();
        }

        List<Path> completed = RunOutputs.completedRuns(output);
        assertThat(completed).as("one run, resumed after " + killed).hasSize(1);
        assertThat(RunOutputs.stagingFolders(output)).as("the staging folder was published").isEmpty();
        Path run = completed.get(0);
        assertThat(output.resolve("latest").toRealPath()).isEqualTo(run.toRealPath());
        assertEveryInputExactlyOnce(completed);
        assertCsvMatchesJsonl(run);

        JarRunner.Result incremental = JarRunner.run(work, ingest);
        assertThat(incremental.exitCode()).as(incremental.stderr()).isZero();
        JsonNode report = RunOutputs.report(Path.of(incremental.lastStdoutLine()));
        assertThat(RunOutputs.count(report, "articles") + RunOutputs.count(report, "rejects"))
                .as("files cleaned by the incremental run").isZero();
        assertThat(RunOutputs.count(report, "unchanged_skipped")).isEqualTo(DUMPS);
        assertEveryInputExactlyOnce(RunOutputs.completedRuns(output));
    }

    /**
     * Each kill lands while the clean step is writing a chunk (the staged articles seen growing), three times in
     * one run, at different depths; the learn step has long finished by then.
     */
    @Test
    void runsKilledWhileTheCleanStepWritesResumeToExactlyOnceOutput() throws Exception {
        generateDumps(6_000);
        String[] ingest = {"ingest", "--input", input.toString(), "--output", output.toString(), "--threads", "2"};
        List<String> killed = new ArrayList<>();
        long threshold = 200_000;
        for (int attempt = 0; attempt < 3; attempt++) {
            Process run = JarRunner.start(work, List.of(), ingest);
            long at = Kills.whileStagedArticlesGrow(run, output, threshold);
            if (at < 0) {
                break;
            }
            killed.add("attempt " + attempt + " at " + at + " bytes");
            threshold = at + 400_000;
        }
        assertThat(killed).as("kills that landed during the clean step's writes").isNotEmpty();
        assertThat(RunOutputs.completedRuns(output)).as("nothing published by a killed run").isEmpty();

        JarRunner.Result finished = runUntilSuccess(ingest);
        System.out.println("killed: " + killed);
        assertThat(finished.stderr()).doesNotContain("\tat ").doesNotContain("Exception").contains("resuming run");

        List<Path> completed = RunOutputs.completedRuns(output);
        assertThat(completed).as("one run, resumed after " + killed).hasSize(1);
        assertEveryInputExactlyOnce(completed);
        assertCsvMatchesJsonl(completed.get(0));
    }

    @Test
    void aRunKilledBeforeItsFirstCommitResumes() throws Exception {
        generateDumps(2_000);
        String[] ingest = {"ingest", "--input", input.toString(), "--output", output.toString(), "--threads", "2"};
        Process first = JarRunner.start(work, List.of(), ingest);
        boolean killed = Kills.onceStagingFolderAppears(first, output);
        assertThat(killed).as("the run was killed while scanning or before its first commit").isTrue();

        JarRunner.Result finished = runUntilSuccess(ingest);

        assertThat(finished.stderr()).doesNotContain("\tat ");
        List<Path> completed = RunOutputs.completedRuns(output);
        assertThat(completed).hasSize(1);
        assertEveryInputExactlyOnce(completed);
        assertCsvMatchesJsonl(completed.get(0));
    }

    private void assertEveryInputExactlyOnce(List<Path> runs) throws IOException {
        List<String> seen = new ArrayList<>();
        for (Path run : runs) {
            seen.addAll(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("articles.jsonl"))));
            seen.addAll(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("rejects.jsonl"))));
        }
        assertThat(seen).as("files in articles or rejects").hasSize(inputFiles.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(inputFiles));
    }

    private static void assertCsvMatchesJsonl(Path run) throws IOException {
        List<JsonNode> articles = RunOutputs.jsonLines(run.resolve("articles.jsonl"));
        List<CSVRecord> records = RunOutputs.csvRecords(run.resolve("articles.csv"));
        List<String> header = RunOutputs.csvHeader(run.resolve("articles.csv"));
        assertThat(header).contains("id", "source_file", "body");
        assertThat(records).as("one CSV record per article").hasSize(articles.size());
        assertThat(records).as("no repeated header").noneMatch(r -> "id".equals(r.get("id")));
        Set<String> csvIds = new HashSet<>();
        records.forEach(r -> csvIds.add(r.get("id")));
        Set<String> jsonIds = new HashSet<>();
        articles.forEach(a -> jsonIds.add(a.get("id").asString()));
        assertThat(csvIds).isEqualTo(jsonIds);
    }

    private JarRunner.Result runUntilSuccess(String... args) throws Exception {
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            JarRunner.Result r = JarRunner.run(work, args);
            if (r.exitCode() == 0) {
                assertThat(failures).as("re-running the same command succeeds at once").isEmpty();
                return r;
            }
            failures.add("exit " + r.exitCode() + ": " + r.stderr().strip());
        }
        throw new AssertionError("the resumed run never succeeded: " + failures);
    }
}
