package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A line model file of the user's own (as {@code train --output FILE} writes it) decides ingest and explain. */
class LineModelFileIT {

    private static final Path SHIPPED = Path.of("src/main/resources/model/line-model.txt");

    @TempDir
    Path work;

    /** The shipped model under another description: other bytes, so another version, the same decisions. */
    private Path ownModel() throws Exception {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8);
        String body = text.substring(0, text.lastIndexOf("checksum\t"))
                .replaceFirst("(?m)^description\t.*$", "description\tretrained on our own pages");
        String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(body.getBytes(StandardCharsets.UTF_8)));
        return Files.writeString(work.resolve("own-model.txt"), body + "checksum\t" + checksum + "\n");
    }

    private Path input() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        for (String name : List.of("000_9167c36940e0c0e0.txt", "001_e63c77a8b3e5a699.txt")) {
            Files.copy(Path.of("src/test/resources/seeds", name), input.resolve(name));
        }
        return input;
    }

    private static String version(Path file) throws Exception {
        String text = Files.readString(file);
        return text.substring(text.lastIndexOf("checksum\t") + "checksum\t".length()).strip().substring(0, 12);
    }

    @Test
    void ingestAndExplainUseTheGivenModelAndTheReportNamesItsVersion() throws Exception {
        Path model = ownModel();
        Path input = input();

        JarRunner.Result own = JarRunner.run(work, "ingest", "--input", input.toString(), "--output", "own",
                "--line-model-file", model.toString());
        JarRunner.Result shipped = JarRunner.run(work, "ingest", "--input", input.toString(), "--output", "shipped");

        assertThat(own.exitCode()).as(own.stderr()).isZero();
        assertThat(shipped.exitCode()).as(shipped.stderr()).isZero();
        String ownReport = Files.readString(Path.of(own.lastStdoutLine()).resolve("report.json"));
        String shippedReport = Files.readString(Path.of(shipped.lastStdoutLine()).resolve("report.json"));
        assertThat(ownReport).containsPattern("\"line_model\"\\s*:\\s*\"" + version(model) + "\"");
        assertThat(shippedReport).containsPattern("\"line_model\"\\s*:\\s*\"" + version(SHIPPED) + "\"");
        assertThat(version(model)).isNotEqualTo(version(SHIPPED));
        assertThat(bodies(Path.of(own.lastStdoutLine()))).isEqualTo(bodies(Path.of(shipped.lastStdoutLine())));

        JarRunner.Result explain = JarRunner.run(work, "explain", input.resolve("000_9167c36940e0c0e0.txt").toString(),
                "--line-model-file", model.toString());
        assertThat(explain.exitCode()).as(explain.stderr()).isZero();
        assertThat(explain.stdout()).contains("model:");
    }

    @Test
    void aMissingOrDamagedFileOrTheModelTurnedOffIsBadUsage() throws Exception {
        Path damaged = Files.writeString(work.resolve("damaged.txt"),
                Files.readString(ownModel()).replaceFirst("decoder\t", "decoder\t9"));
        Path input = input();

        for (List<String> options : List.of(List.of("--line-model-file", "no-such-model.txt"),
                List.of("--line-model-file", damaged.toString()),
                List.of("--line-model", "off", "--line-model-file", ownModel().toString()))) {
            List<String> args = new java.util.ArrayList<>(List.of("ingest", "--input", input.toString(), "--output", "out"));
            args.addAll(options);
            JarRunner.Result r = JarRunner.run(work, args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
            assertThat(r.stderr().strip().lines()).hasSize(1).allMatch(l -> l.contains("line-model") || l.contains("line model"));
        }
        assertThat(work.resolve("out/runs")).doesNotExist();
    }

    private static List<String> bodies(Path run) throws Exception {
        return Files.readAllLines(run.resolve("articles.jsonl")).stream()
                .map(l -> l.replaceAll("\"(run_id|ingested_at|id|doc_id|cluster_id)\":\"[^\"]*\"", "")).toList();
    }
}
