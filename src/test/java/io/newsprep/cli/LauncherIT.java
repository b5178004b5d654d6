package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/newsprep: the first ingest records a class-data archive (Java 17) or an ahead-of-time cache (Java 25 and
 * later), later runs start from it with the same output, and a cache the JVM cannot use is ignored without a
 * word on the console. The Java 25 part runs when such a JDK is found (NEWSPREP_IT_JAVA25, else /usr/lib/jvm).
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/newsprep").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void firstIngestRecordsTheArchiveAndLaterRunsStartFromItWithTheSameArticles() throws Exception {
        recordUseAndIgnoreADamagedCache(javaOfThisTest(), ".jsa");
    }

    @Test
    void withJava25TheFirstIngestRecordsAnAheadOfTimeCacheAndLaterRunsStartFromIt() throws Exception {
        Path java25 = java25();
        assumeTrue(java25 != null, "no JDK 25 or later found (set NEWSPREP_IT_JAVA25)");
        recordUseAndIgnoreADamagedCache(java25, ".aot");
    }

    private void recordUseAndIgnoreADamagedCache(Path java, String suffix) throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        SeedCopies.write(input, 3);
        Path cache = work.resolve("cache");

        Launch first = launch(java, cache, "ingest", "--input", input.toString(), "--output", work.resolve("a").toString());
        assertThat(first.exitCode).as(first.stderr).isZero();
        List<Path> archives = archives(cache);
        assertThat(archives).hasSize(1);
        assertThat(archives.get(0).getFileName().toString()).endsWith(suffix);
        assertThat(Files.size(archives.get(0))).isPositive();

        Launch second = launch(java, cache, "ingest", "--input", input.toString(), "--output", work.resolve("b").toString());
        assertThat(second.exitCode).as(second.stderr).isZero();
        assertThat(archives(cache)).isEqualTo(archives);
        assertThat(articles(second)).isEqualTo(articles(first));

        Files.write(archives.get(0), "not an archive".getBytes(StandardCharsets.UTF_8));
        Launch damaged = launch(java, cache, "ingest", "--input", input.toString(), "--output", work.resolve("c").toString());
        assertThat(damaged.exitCode).as(damaged.stderr).isZero();
        assertThat(damaged.stdout + damaged.stderr).doesNotContain("shared archive").doesNotContain("CDS")
                .doesNotContain("AOTCache").doesNotContain("AOTConfiguration");
        assertThat(articles(damaged)).isEqualTo(articles(first));
    }

    @Test
    void otherCommandsRunWithoutRecordingAnArchive() throws Exception {
        Path cache = work.resolve("cache");
        Launch version = launch(javaOfThisTest(), cache, "--version");
        assertThat(version.exitCode).as(version.stderr).isZero();
        assertThat(version.stdout).isNotBlank();
        assertThat(archives(cache)).isEmpty();
    }

    private record Launch(int exitCode, String stdout, String stderr) {
    }

    private static Path javaOfThisTest() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A java of release 25 or later: NEWSPREP_IT_JAVA25, else the first JDK under /usr/lib/jvm that says so. */
    private static Path java25() throws IOException {
        String named = System.getenv("NEWSPREP_IT_JAVA25");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.sorted().filter(home -> Files.isExecutable(home.resolve("bin/java")) && feature(home) >= 25)
                    .map(home -> home.resolve("bin/java")).findFirst().orElse(null);
        }
    }

    private static int feature(Path home) {
        try {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private Launch launch(Path java, Path cache, String... args) throws Exception {
        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList());
        builder.environment().put("NEWSPREP_JAR", JarRunner.jar().toString());
        builder.environment().put("NEWSPREP_CDS_DIR", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("NEWSPREP_JAVA", java.toString());
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
