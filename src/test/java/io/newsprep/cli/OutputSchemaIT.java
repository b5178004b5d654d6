package io.newsprep.cli;

import io.newsprep.output.OutputSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Real runs of the packaged jar conform to the shipped JSON Schemas, and report.json keeps one shape. */
class OutputSchemaIT {

    private static final Path EVAL_DEV = Path.of("..", "shared", "eval-dev");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Objects whose keys are data (publisher domains, language codes), not part of the shape. */
    private static final Set<String> DATA_KEYED = Set.of("sources", "languages");

    @TempDir
    Path work;

    @Test
    void theSampleRunConforms() throws Exception {
        Path run = ingest(Path.of("input"), "sample");

        Conformance c = check(run);

        assertThat(c.articles).isEqualTo(5);
        assertThat(c.errors).isEmpty();
    }

    @Test
    void aRunWithRejectsConformsAndItsReportHasTheSameKeysAsOneWithout() throws Exception {
        Path clean = ingest(Path.of("input"), "clean");
        Path rejecting = ingest(RejectingFolder.write(work.resolve("rejecting-input")), "rejecting");

        Conformance c = check(rejecting);

        assertThat(c.rejects).isGreaterThanOrEqualTo(4);
        assertThat(c.errors).isEmpty();
        JsonNode withRejects = JSON.readTree(rejecting.resolve("report.json").toFile());
        JsonNode withoutRejects = JSON.readTree(clean.resolve("report.json").toFile());
        assertThat(withRejects.get("counts").get("rejects").asLong()).isPositive();
        assertThat(withoutRejects.get("counts").get("rejects").asLong()).isZero();
        assertThat(keyPaths(withRejects)).containsExactlyElementsOf(keyPaths(withoutRejects));
    }

    @Test
    void theDevelopmentDumpsAndPagesConform() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EVAL_DEV), "no ../shared/eval-dev beside the checkout");

        Conformance dumps = check(ingest(EVAL_DEV.resolve("dumps"), "dumps"));
        Conformance html = check(ingest(EVAL_DEV.resolve("html"), "html"));

        assertThat(dumps.articles).isPositive();
        assertThat(html.articles).isPositive();
        assertThat(dumps.errors).isEmpty();
        assertThat(html.errors).isEmpty();
    }

    private Path ingest(Path input, String name) throws Exception {
        JarRunner.Result r = JarRunner.run(work, "ingest", "--input", input.toAbsolutePath().toString(),
                "--output", work.resolve(name + "-output").toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return Path.of(r.lastStdoutLine());
    }

    private static Conformance check(Path run) throws IOException {
        Conformance c = new Conformance();
        c.articles = checkLines(run.resolve("articles.jsonl"), OutputSchemas.ARTICLE, c.errors);
        c.rejects = checkLines(run.resolve("rejects.jsonl"), OutputSchemas.REJECT, c.errors);
        OutputSchemas.REPORT.errors(Files.readString(run.resolve("report.json"), StandardCharsets.UTF_8))
                .forEach(e -> c.errors.add("report.json " + e));
        return c;
    }

    private static int checkLines(Path file, OutputSchemas schema, List<String> errors) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String where = file.getFileName() + ":" + (i + 1) + " ";
            schema.errors(lines.get(i)).forEach(e -> errors.add(where + e));
        }
        return lines.size();
    }

    /** Every key's path, with data-valued keys and array positions replaced by {@code *}. */
    static Set<String> keyPaths(JsonNode report) {
        Set<String> paths = new TreeSet<>();
        collect(report, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            boolean data = DATA_KEYED.contains(path);
            for (var e : node.properties()) {
                String child = path.isEmpty() ? e.getKey() : path + "." + (data ? "*" : e.getKey());
                paths.add(child);
                collect(e.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path + ".*", paths));
        }
    }

    private static final class Conformance {
        final List<String> errors = new ArrayList<>();
        int articles;
        int rejects;
    }
}
