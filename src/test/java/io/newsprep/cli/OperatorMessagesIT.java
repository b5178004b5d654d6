package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsprep.store.TestRepositoryServer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator reads when a run is stopped, its repository is damaged or its disk is full: one line that says
 * what happened and what to do, never a stack trace or a connection pool's complaint. Real jar, real signals, real
 * HSQLDB files cut short, a real full disk where the test may mount one.
 */
class OperatorMessagesIT {

    @TempDir
    Path work;

    @Test
    void sigtermSaysInOneLineHowToResumeAndTheResumedRunSaysWhereItResumes() throws Exception {
        Path input = work.resolve("landing");
        Path output = work.resolve("out");
        List<String> files = SeedCopies.write(input, 3_000);
        String[] ingest = {"ingest", "--input", input.toString(), "--output", output.toString(), "--threads", "2"};
        Path stderr = work.resolve("stopped.err");
        Process run = start(stderr, ingest);
        assertThat(waitForStagedArticles(run, output, 200_000)).as("the run was stopped while cleaning").isTrue();
        run.destroy(); // SIGTERM
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();

        List<String> lines = nonBlankLines(Files.readString(stderr));
        assertThat(lines.stream().filter(l -> !l.startsWith("ingest: ") && !l.startsWith("learn: ")))
                .as("what a stopped run says").singleElement().satisfies(line -> assertThat(line)
                        .contains("stopped").contains("run the same command again to resume"));
        assertThat(String.join("\n", lines)).doesNotContain("Hikari").doesNotContain("Exception");
        assertThat(run.exitValue()).isEqualTo(143);

        JarRunner.Result resumed = JarRunner.run(work, ingest);
        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        Matcher where = Pattern.compile("resuming run \\S+ after file (\\d+) of 3000").matcher(resumed.stderr());
        assertThat(where.find()).as(resumed.stderr()).isTrue();
        long resumedAfter = Long.parseLong(where.group(1));
        assertThat(resumedAfter).isPositive();
        Matcher progress = Pattern.compile("ingest: (\\d+)/3000 files").matcher(resumed.stderr());
        while (progress.find()) {
            assertThat(Long.parseLong(progress.group(1))).as("progress counts on from the restart point")
                    .isGreaterThan(resumedAfter);
        }
        List<Path> runs = RunOutputs.completedRuns(output);
        assertThat(runs).hasSize(1);
        List<String> seen = new ArrayList<>(RunOutputs.sourceFiles(RunOutputs.jsonLines(runs.get(0).resolve("articles.jsonl"))));
        seen.addAll(RunOutputs.sourceFiles(RunOutputs.jsonLines(runs.get(0).resolve("rejects.jsonl"))));
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(files));
    }

    @Test
    void aRunFolderDamagedAfterAKillIsExplainedAndGivingTheRunUpAsToldWorks() throws Exception {
        Path input = work.resolve("landing");
        Path output = work.resolve("out");
        List<String> files = SeedCopies.write(input, 2_000);
        String[] ingest = {"ingest", "--input", input.toString(), "--output", output.toString(), "--threads", "2"};
        Process run = start(work.resolve("killed.err"), ingest);
        // several chunks in, so that one has surely committed
        assertThat(Kills.onceStagedArticlesPass(run, output, 3_000_000)).as("killed while cleaning").isPositive();
        Path staged = RunOutputs.stagedArticles(output).orElseThrow();
        cut(staged, 100); // what a lost write-back leaves

        JarRunner.Result refused = JarRunner.run(work, ingest);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(nonBlankLines(refused.stderr()).stream().filter(l -> !l.startsWith("newsprep: resuming run ")))
                .singleElement().satisfies(line -> assertThat(line)
                .contains("cannot be resumed").contains("delete " + staged.getParent())
                .doesNotContain("run the same command again"));
        deleteTree(staged.getParent());
        JarRunner.Result fresh = JarRunner.run(work, ingest);
        assertThat(fresh.exitCode()).as(fresh.stderr()).isZero();
        Path published = Path.of(fresh.lastStdoutLine());
        List<String> seen = new ArrayList<>(RunOutputs.sourceFiles(RunOutputs.jsonLines(published.resolve("articles.jsonl"))));
        seen.addAll(RunOutputs.sourceFiles(RunOutputs.jsonLines(published.resolve("rejects.jsonl"))));
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(files));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aRepositoryFileCutShortIsNamedWithWhatToDo() throws Exception {
        assumeFalse(TestRepositoryServer.chosen(), "the files of an HSQLDB repository");
        Path input = work.resolve("landing");
        SeedCopies.write(input, 5);
        for (String file : List.of("newsprep.script", "newsprep.data")) {
            Path output = work.resolve("out-" + file);
            String[] ingest = {"ingest", "--input", input.toString(), "--output", output.toString()};
            assertThat(JarRunner.run(work, ingest).exitCode()).isZero();
            Path damaged = output.resolve(".newsprep/repository").resolve(file);
            cut(damaged, file.endsWith(".script") ? Files.size(damaged) / 4 : 1_000);

            JarRunner.Result r = JarRunner.run(work, ingest);

            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
            assertThat(nonBlankLines(r.stderr())).singleElement().satisfies(line -> assertThat(line)
                    .contains(damaged.toString()).contains("damaged").contains("restore")
                    .contains("move it aside").doesNotContain("Exception:"));
        }
    }

    @Test
    void aFullDiskAtStartIsCalledAFullDisk() throws Exception {
        Path disk = Files.createDirectories(work.resolve("small-disk"));
        assumeTrue(mount(disk), "cannot mount a small tmpfs here (not root, or no mount permission);"
                + " RepositoryTroubleTest checks how the failure is told");
        try {
            Path output = Files.createDirectories(disk.resolve("out"));
            try (OutputStream filler = Files.newOutputStream(disk.resolve("filler"))) {
                byte[] block = new byte[64 * 1024];
                while (true) {
                    filler.write(block);
                }
            } catch (IOException full) {
                // the disk is full
            }
            Path input = work.resolve("landing");
            SeedCopies.write(input, 5);

            JarRunner.Result r = JarRunner.run(work, "ingest", "--input", input.toString(), "--output", output.toString());

            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
            assertThat(r.stderr()).contains("no space left").doesNotContain("another ingest");
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private static boolean mount(Path folder) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    }

    private static void cut(Path file, long size) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private Process start(Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarRunner.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        ServerRepositories.apply(builder, work);
        return builder.directory(work.toFile())
                .redirectOutput(work.resolve("stopped.out").toFile()).redirectError(stderr.toFile()).start();
    }

    private static boolean waitForStagedArticles(Process process, Path output, long bytes) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            Optional<Path> staged = RunOutputs.stagedArticles(output);
            if (staged.isPresent() && sizeOrZero(staged.get()) > bytes) {
                return true;
            }
            Thread.sleep(25);
        }
        return false;
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> nonBlankLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
