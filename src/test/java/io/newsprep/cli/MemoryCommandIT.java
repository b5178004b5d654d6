package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryCommandIT {

    @TempDir
    Path work;

    @Test
    void memoryShowsWhatIngestLearnedAboutAPublisherAndForgetsItOnRequest() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        for (String name : List.of("000_9167c36940e0c0e0.txt", "002_edcc27ee5c39481f.txt")) {
            Files.copy(Path.of("src/test/resources/seeds", name).toAbsolutePath(), input.resolve(name));
        }
        assertThat(JarRunner.run(work, "ingest", "--input", "input", "--output", "out").exitCode()).isZero();

        JarRunner.Result publishers = JarRunner.run(work, "memory", "--output", "out", "--min-docs", "2");
        JarRunner.Result lines = JarRunner.run(work, "memory", "--output", "out", "--source", "asiae.co.kr", "--min-docs", "2");
        JarRunner.Result reset = JarRunner.run(work, "memory", "--output", "out", "--reset", "--source", "asiae.co.kr");
        JarRunner.Result afterReset = JarRunner.run(work, "memory", "--output", "out");

        assertThat(publishers.exitCode()).as(publishers.stderr()).isZero();
        assertThat(publishers.stdout()).containsPattern("\\s2\\s+7\\s+asiae\\.co\\.kr");
        assertThat(lines.stdout()).containsPattern("2\\s+본문 바로가기").containsPattern("2\\s+text size");
        assertThat(reset.stdout()).contains("forgot 1 publisher(s)");
        assertThat(afterReset.stdout()).doesNotContain("asiae.co.kr");
    }

    @Test
    void memoryWithoutARepositoryIsBadUsage() throws Exception {
        JarRunner.Result r = JarRunner.run(work, "memory", "--output", "nothing-here");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("no job repository under");
    }
}
