package io.newsprep.clean;

import io.newsprep.eval.BodyEvaluator;
import io.newsprep.eval.EvaluationReport;
import io.newsprep.eval.EvaluationResult;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.PipelineFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cleans the development split of the article-extraction benchmark and guards the body F1 against
 * regressions, for the text dumps and for the saved HTML pages. Predictions are left in
 * {@code target/dev-predictions.jsonl} and {@code target/dev-html-predictions.jsonl} for the benchmark's scorer.
 */
class DevSplitQualityTest {

    /**
     * The last measured F1 on the development split with the default cleaner (the line model decides text dumps;
     * the hand-made classifier, tuned on these pages, gets 0.943); a drop of more than 0.01 below it fails the build.
     */
    static final double RECORDED_F1 = 0.951;
    /** The same for the split's saved HTML pages, read through the HTML path. */
    static final double RECORDED_HTML_F1 = 0.978;
    private static final Path DEV = Path.of("..", "shared", "eval-dev");
    private static final int TIMING_PASSES = 15;

    @Test
    void bodyF1DoesNotDropBelowTheRecordedFigure() throws IOException {
        assumeTrue(Files.isDirectory(DEV.resolve("dumps")), "development split not present");
        Cleaner cleaner = Cleaner.withDefaults();
        List<Path> files;
        try (Stream<Path> s = Files.list(DEV.resolve("dumps"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> jsonl = new ArrayList<>();
        List<Dump> dumps = new ArrayList<>();
        for (Path f : files) {
            dumps.add(TestDumps.read(f));
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Dump d : dumps) {
            bodies.put(d.file().relativePath(), cleaner.clean(d, null).body());
        }
        long perDocMicros = warmCleaningMicrosPerDocument(cleaner, dumps);
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            jsonl.add(mapper.writeValueAsString(Map.of("source_file", e.getKey(), "body", e.getValue())));
        }
        Path out = Path.of("target", "dev-predictions.jsonl");
        Files.createDirectories(out.getParent());
        Files.write(out, jsonl, StandardCharsets.UTF_8);

        EvaluationResult result = new BodyEvaluator().evaluate(DEV.resolve("gold.jsonl"), out);
        System.out.println(EvaluationReport.format(result, 10));
        System.out.println("cleaning took " + perDocMicros + " µs of CPU per document (warm, best of "
                + TIMING_PASSES + " passes)");
        assertThat(result.f1()).isGreaterThanOrEqualTo(RECORDED_F1 - 0.01);
    }

    @Test
    void htmlBodyF1DoesNotDropBelowTheRecordedFigure() throws Exception {
        assumeTrue(Files.isDirectory(DEV.resolve("html")), "development split not present");
        Cleaner cleaner = Cleaner.withDefaults();
        DumpLoader loader = PipelineFactory.documentLoader();
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> jsonl = new ArrayList<>();
        try (Stream<Path> s = Files.list(DEV.resolve("html"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                Dump d = loader.load(SourceFile.of(DEV.resolve("html"), f));
                jsonl.add(mapper.writeValueAsString(Map.of("source_file", d.file().relativePath(),
                        "body", cleaner.clean(d, null).body())));
            }
        }
        Path out = Path.of("target", "dev-html-predictions.jsonl");
        Files.createDirectories(out.getParent());
        Files.write(out, jsonl, StandardCharsets.UTF_8);
        EvaluationResult result = new BodyEvaluator().evaluate(DEV.resolve("gold.jsonl"), out);
        System.out.println(EvaluationReport.format(result, 10));
        assertThat(result.f1()).isGreaterThanOrEqualTo(RECORDED_HTML_F1 - 0.01);
    }

    private static long warmCleaningMicrosPerDocument(Cleaner cleaner, List<Dump> dumps) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < TIMING_PASSES; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            for (Dump d : dumps) {
                cleaner.clean(d, null);
            }
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        return best / 1000 / Math.max(1, dumps.size());
    }
}
