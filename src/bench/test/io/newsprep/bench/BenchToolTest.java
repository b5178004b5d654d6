package io.newsprep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchToolTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        return BenchTool.execute(command, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void anUnknownOptionPrintsTheProblemAndTheUsageWithoutAStackTrace() {
        int status = run(new CorpusGenerator(), "--out", temp.toString(), "--coutn", "5");

        assertThat(status).isEqualTo(BenchTool.EXIT_USAGE);
        assertThat(err.toString()).startsWith("CorpusGenerator: Unknown options: '--coutn', '5'")
                .contains("Usage: CorpusGenerator").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingRequiredOptionOrAWrongValueIsAUsageError() {
        assertThat(run(new IoFloor.Run(), "--input", temp.toString())).isEqualTo(BenchTool.EXIT_USAGE);
        assertThat(err.toString()).contains("Missing required option: '--output=FILE'");

        assertThat(run(new CorpusGenerator(), "--out", temp.toString(), "--kind", "pdf")).isEqualTo(BenchTool.EXIT_USAGE);
        assertThat(err.toString()).contains("'pdf' is not one of text, html");

        assertThat(run(new IoFloor.Run(), "--input", temp.toString(), "--output", "x", "--threads", "0"))
                .isEqualTo(BenchTool.EXIT_USAGE);
        assertThat(err.toString()).contains("--threads must be at least 1");
    }

    @Test
    void aFailureIsOneLineWithExitStatusOne() {
        int status = run(new CorpusGenerator(), "--out", temp.resolve("corpus").toString(),
                "--templates", temp.resolve("missing").toString());

        assertThat(status).isEqualTo(BenchTool.EXIT_FAILED);
        assertThat(err.toString().strip()).isEqualTo("CorpusGenerator: template folder not found: " + temp.resolve("missing"))
                .doesNotContain("\n");
    }

    @Test
    void theGeneratorWritesTheCorpusItIsAskedFor() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("t"));
        Files.writeString(templates.resolve("a.txt"), "Menu\nAn article body line that is long enough.\n");

        int status = run(new CorpusGenerator(), "--count", "7", "--out", temp.resolve("c").toString(),
                "--templates", templates.toString());

        assertThat(status).isZero();
        try (var files = Files.walk(temp.resolve("c"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(7);
        }
    }
}
