package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/newsprep: the first ingest records a class-data archive, later runs start from it with the same output,
 * and an archive the JVM cannot use is ignored without a word on the console.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/newsprep").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void firstIngestRecordsTheArchiveAndLaterRunsStartFromItWithTheSameArticles() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        SeedCopies.write(input, 3);
        Path cache = work.resolve("cache");

        Launch first = launch(cache, "ingest", "--input", input.toString(), "--output", work.resolve("a").toString());
        assertThat(first.exitCode).as(first.stderr).isZero();
        List<Path> archives = archives(cache);
        assertThat(archives).hasSize(1);
        assertThat(Files.size(archives.get(0))).isPositive();

        Launch second = launch(cache, "ingest", "--input", input.toString(), "--output", work.resolve("b").toString());
        assertThat(second.exitCode).as(second.stderr).isZero();
        assertThat(archives(cache)).isEqualTo(archives);
        assertThat(articles(second)).isEqualTo(articles(first));

        Files.write(archives.get(0), "not an archive".getBytes(StandardCharsets.UTF_8));
        Launch damaged = launch(cache, "ingest", "--input", input.toString(), "--output", work.resolve("c").toString());
        assertThat(damaged.exitCode).as(damaged.stderr).isZero();
        assertThat(damaged.stdout + damaged.stderr).doesNotContain("shared archive").doesNotContain("CDS");
        assertThat(articles(damaged)).isEqualTo(articles(first));
    }

    @Test
    void otherCommandsRunWithoutRecordingAnArchive() throws Exception {
        Path cache = work.resolve("cache");
        Launch version = launch(cache, "--version");
        assertThat(version.exitCode).as(version.stderr).isZero();
        assertThat(version.stdout).isNotBlank();
        assertThat(archives(cache)).isEmpty();
    }

    private record Launch(int exitCode, String stdout, String stderr) {
    }

    private Launch launch(Path cache, String... args) throws Exception {
        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList());
        builder.environment().put("NEWSPREP_JAR", JarRunner.jar().toString());
        builder.environment().put("NEWSPREP_CDS_DIR", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process p = builder.directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("bin/newsprep did not finish: " + String.join(" ", args));
        }
        return new Launch(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<Path> archives(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    /** The run's articles with its identifier and times masked, which differ from run to run by design. */
    private static String articles(Launch launch) throws IOException {
        String[] lines = launch.stdout.strip().split("\n");
        Path folder = Path.of(lines[lines.length - 1]);
        return Files.readString(folder.resolve("articles.jsonl"), StandardCharsets.UTF_8)
                .replaceAll("\"(run_id|ingested_at)\":\"[^\"]*\"", "\"$1\":\"X\"")
                .replaceAll("[0-9]{8}T[0-9]{6}Z?[-_a-z0-9]*", "RUNID")
                .replaceAll("20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z", "TIME");
    }
}
