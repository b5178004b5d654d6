package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineIT {

    private static final String STARTED_AHEAD_OF_TIME = "application context started from the code recorded at build time";

    @TempDir
    Path work;

    @Test
    void ingestOfTheSampleInputPrintsTheRunFolderLastAndPointsLatestAtIt() throws Exception {
        Path input = copySeeds();

        JarRunner.Result r = JarRunner.run(work, "ingest", "--input", input.toString(), "--output", "out");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Path runFolder = Path.of(r.lastStdoutLine());
        assertThat(runFolder).isDirectory();
        assertThat(work.resolve("out/latest").toRealPath()).isEqualTo(runFolder.toRealPath());
        assertThat(Files.readAllLines(runFolder.resolve("articles.jsonl"))).hasSize(5);
        assertThat(r.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(log()).content().contains(STARTED_AHEAD_OF_TIME);
    }

    @Test
    void theStandaloneJarCopiedOnItsOwnRunsTheSameIngest() throws Exception {
        Path input = copySeeds();
        Path alone = Files.createDirectories(work.resolve("elsewhere")).resolve("newsprep-standalone.jar");
        Files.copy(JarRunner.standaloneJar(), alone);

        JarRunner.Result r = JarRunner.run(alone, work, Duration.ofMinutes(5), List.of(),
                "ingest", "--input", input.toString(), "--output", "out");

        assertFiveArticles(r);
        assertThat(log()).content().contains(STARTED_AHEAD_OF_TIME);
    }

    @Test
    void theStandaloneJarRunsWhereItWasBuiltBesideTheLibrariesFolder() throws Exception {
        assertThat(JarRunner.standaloneJar().resolveSibling("lib")).isDirectory();

        JarRunner.Result r = JarRunner.run(JarRunner.standaloneJar(), work, Duration.ofMinutes(5), List.of(),
                "ingest", "--input", copySeeds().toString(), "--output", "out");

        assertFiveArticles(r);
        assertThat(log()).content().contains(STARTED_AHEAD_OF_TIME);
    }

    @Test
    void theContextRecordedAtBuildTimeCanBeTurnedOff() throws Exception {
        JarRunner.Result r = JarRunner.run(work, List.of("-Dspring.aot.enabled=false"),
                "ingest", "--input", copySeeds().toString(), "--output", "out");

        assertFiveArticles(r);
        assertThat(log()).content()
                .doesNotContain(STARTED_AHEAD_OF_TIME).contains("started from its configuration classes");
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() throws Exception {
        JarRunner.Result unknown = JarRunner.run(work, "ingest", "--input", ".", "--output", "out", "--frobnicate");
        JarRunner.Result missingInput = JarRunner.run(work, "ingest", "--input", "no-such-folder", "--output", "out");
        JarRunner.Result noCommand = JarRunner.run(work);
        JarRunner.Result badGlob = JarRunner.run(work, "ingest", "--input", ".", "--output", "out", "--only", "site-[a");
        JarRunner.Result noSize = JarRunner.run(work, "ingest", "--input", ".", "--output", "out", "--max-file-size", "0");
        Path profiles = Files.createDirectories(work.resolve("profiles"));
        Files.writeString(profiles.resolve("example.com.json"), "{\"id\": \"example.com\", \"chromePatterns\": [\"(\"]}");
        JarRunner.Result badProfile = JarRunner.run(work, "ingest", "--input", ".", "--output", "out",
                "--profiles", profiles.toString());

        JarRunner.Result noRuns = JarRunner.run(work, "history", "--output", "out", "--last", "0");
        JarRunner.Result explainFolder = JarRunner.run(work, "explain", profiles.toString());

        for (JarRunner.Result r : List.of(unknown, missingInput, noCommand, badGlob, noSize, badProfile, noRuns, explainFolder)) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.stderr().strip().lines()).hasSize(1);
        }
        assertThat(unknown.stderr()).contains("--frobnicate");
        assertThat(missingInput.stderr()).contains("input folder not found: no-such-folder");
        assertThat(badGlob.stderr()).contains("--only is not a valid glob").contains("'site-[a'");
        assertThat(noSize.stderr()).contains("--max-file-size must be at least 1");
        assertThat(badProfile.stderr()).contains("example.com.json").contains("bad regular expression in \"chromePatterns\"");
        assertThat(noRuns.stderr()).contains("--last must be at least 1");
        assertThat(explainFolder.stderr()).contains("is a folder: explain shows one file");
        assertThat(work.resolve("out/runs")).as("no run was started").doesNotExist();
    }

    @Test
    void aFolderTheRunCannotWriteInIsOneLineBeforeAnythingStarts() throws Exception {
        Path file = Files.writeString(work.resolve("a-file"), "not a folder");

        JarRunner.Result output = JarRunner.run(work, "ingest", "--input", copySeeds().toString(),
                "--output", file.resolve("out").toString());
        JarRunner.Result repository = JarRunner.run(work, "ingest", "--input", copySeeds().toString(),
                "--output", "out", "--repository", file.resolve("repo").toString());

        assertThat(output.exitCode()).isEqualTo(1);
        assertThat(output.stderr().strip()).startsWith("newsprep: cannot write in the output folder: ").doesNotContain("\n");
        assertThat(repository.exitCode()).isEqualTo(1);
        assertThat(repository.stderr().strip()).startsWith("newsprep: cannot write in the repository folder: ")
                .doesNotContain("\n").doesNotContain("another ingest");
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (String command : List.of("ingest", "explain", "evaluate", "history", "memory")) {
            JarRunner.Result r = JarRunner.run(work, command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.stdout()).as(command).contains("Usage: newsprep " + command);
        }
    }

    @Test
    void explainShowsEveryLineWithItsVerdictKindAndRule() throws Exception {
        Path input = copySeeds();

        JarRunner.Result r = JarRunner.run(work, "explain", input.resolve("000_9167c36940e0c0e0.txt").toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).containsPattern("0038\\s+DROP\\s+copyright\\s+\\S+\\s+© The Asia Business Daily");
        assertThat(r.stdout()).containsPattern("0012\\s+KEEP\\s+body\\s+\\S+\\s+In the Kursk region");
    }

    @Test
    void aSecondIngestAgainstABusyRepositoryStopsNamesTheRunningRunAndWritesNothing() throws Exception {
        Path big = Files.createDirectories(work.resolve("big"));
        String body = Files.readString(seed("003_9c25aca4a981ec4d.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < 20000; i++) {
            Files.writeString(big.resolve("d" + i + ".txt"), body + "\nCopy number " + i + ".\n");
        }
        Process first = JarRunner.start(work, List.of(), "ingest", "--input", "big", "--output", "out", "--threads", "1");
        Path marker = work.resolve("out/.newsprep/running");
        for (int i = 0; i < 600 && !Files.exists(marker) && first.isAlive(); i++) {
            Thread.sleep(50);
        }
        assertThat(marker).as("the first run started").exists();

        JarRunner.Result second = JarRunner.run(work, "ingest", "--input", copySeeds().toString(), "--output", "out");

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.stderr().strip().lines()).hasSize(1);
        assertThat(second.stderr()).contains("another ingest is using this repository").contains("execution");
        assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isZero();
        try (var runs = Files.list(work.resolve("out/runs"))) {
            assertThat(runs).hasSize(1);
        }
    }

    private static void assertFiveArticles(JarRunner.Result r) throws Exception {
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.readAllLines(Path.of(r.lastStdoutLine()).resolve("articles.jsonl"))).hasSize(5);
    }

    private Path log() {
        return work.resolve("out/.newsprep/newsprep.log");
    }

    private Path copySeeds() throws Exception {
        Path input = Files.createDirectories(work.resolve("seeds-" + System.nanoTime()));
        for (String name : List.of("000_9167c36940e0c0e0.txt", "001_e63c77a8b3e5a699.txt", "002_edcc27ee5c39481f.txt",
                "003_9c25aca4a981ec4d.txt", "004_a0d0eacbd59f205c.txt")) {
            Files.copy(seed(name), input.resolve(name));
        }
        return input;
    }

    private static Path seed(String name) {
        return Path.of("src/test/resources/seeds", name).toAbsolutePath();
    }
}
