package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A reject whose cause lay outside the file's bytes is tried again on the next run, once the user has done what
 * its message says; a reject the bytes decided stands until the options that decided it change. Real jar, real
 * repository, real file permissions.
 */
class RetriedRejectsIT {

    private static final String ARTICLE = "000_9167c36940e0c0e0.txt";

    @TempDir
    Path work;

    @Test
    void aFileRejectedAsUnreadableIsAnArticleOnceItCanBeReadAndNothingElseComesAgain() throws Exception {
        Path landing = Files.createDirectories(work.resolve("landing"));
        Files.writeString(landing.resolve("plain.txt"), article(1));
        Path locked = Files.writeString(landing.resolve("locked.txt"), article(2));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        String[] ingest = {"ingest", "--input", landing.toString(), "--output", work.resolve("out").toString()};

        Path first = run(ingest);
        assertThat(sources(first, "articles.jsonl")).containsExactly("plain.txt");
        assertThat(RunOutputs.jsonLines(first.resolve("rejects.jsonl"))).singleElement()
                .satisfies(reject -> assertThat(reject.get("reason").asString()).isEqualTo("unreadable"));

        // what the message says to do; chmod leaves size and modification time as they were
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        Path second = run(ingest);
        assertThat(sources(second, "articles.jsonl")).as("the file that can now be read").containsExactly("locked.txt");
        assertThat(sources(second, "rejects.jsonl")).isEmpty();
        assertThat(RunOutputs.count(RunOutputs.report(second), "retried")).isEqualTo(1);

        Path third = run(ingest);
        assertThat(sources(third, "articles.jsonl")).isEmpty();
        assertThat(sources(third, "rejects.jsonl")).isEmpty();
        assertThat(RunOutputs.count(RunOutputs.report(third), "unchanged_skipped")).isEqualTo(2);
    }

    @Test
    void aTooLargeFileIsTriedOnEveryRunAndRejectsTheBytesDecidedWaitForOtherOptions() throws Exception {
        Path landing = Files.createDirectories(work.resolve("landing"));
        Files.writeString(landing.resolve("plain.txt"), article(1));
        Files.writeString(landing.resolve("empty.txt"), "  \n\n");
        StringBuilder big = new StringBuilder(article(2));
        for (int i = 0; big.length() < 1_300_000; i++) {
            big.append("Paragraph ").append(i).append(" of the long report describes the hearing in some detail.\n");
        }
        Files.writeString(landing.resolve("big.txt"), big);
        String out = work.resolve("out").toString();

        Path first = run("ingest", "--input", landing.toString(), "--output", out, "--max-file-size", "1");
        assertThat(reasons(first)).containsExactlyInAnyOrder("big.txt too_large", "empty.txt empty");

        Path same = run("ingest", "--input", landing.toString(), "--output", out, "--max-file-size", "1");
        assertThat(reasons(same)).as("too_large again, the limit unchanged; empty stands").containsExactly("big.txt too_large");
        assertThat(sources(same, "articles.jsonl")).isEmpty();

        Path larger = run("ingest", "--input", landing.toString(), "--output", out, "--max-file-size", "4");
        assertThat(sources(larger, "articles.jsonl")).as("the limit raised").containsExactly("big.txt");
        assertThat(reasons(larger)).as("a changed option decides the bytes' rejects again").containsExactly("empty.txt empty");
    }

    private static String article(int n) throws IOException {
        return Files.readString(Path.of("src/test/resources/seeds", ARTICLE), StandardCharsets.UTF_8)
                + "\nReport number " + n + " was filed today.\n";
    }

    private static List<String> sources(Path run, String file) throws IOException {
        return RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve(file)));
    }

    private static List<String> reasons(Path run) throws IOException {
        List<String> reasons = new ArrayList<>();
        for (JsonNode reject : RunOutputs.jsonLines(run.resolve("rejects.jsonl"))) {
            reasons.add(reject.get("source_file").asString() + " " + reject.get("reason").asString());
        }
        return reasons;
    }

    /**
     * Runs ingest to success and gives its run folder. Root reads files whatever their permissions, so as root
     * the jar runs without the capabilities that let it (setpriv), as an ordinary user would.
     */
    private Path run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarRunner.jar().toString()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(work, "stdout", ".txt");
        Path stderr = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        ServerRepositories.apply(builder, work);
        Process process = builder.directory(work.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("ingest did not finish within " + Duration.ofMinutes(5));
        }
        String err = Files.readString(stderr);
        assertThat(process.exitValue()).as(err).isZero();
        String[] lines = Files.readString(stdout).strip().split("\n");
        return Path.of(lines[lines.length - 1]);
    }
}
