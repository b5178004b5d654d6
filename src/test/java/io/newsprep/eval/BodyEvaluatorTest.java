package io.newsprep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The evaluator gives the benchmark scorer's figures (score.py), to four decimals and better. */
class BodyEvaluatorTest {

    private static final double EXACT = 1e-9;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BodyEvaluatorTest.class.getResource("/eval/" + name).toURI());
    }

    @Test
    void handMadeCasesScoreAsTheBenchmarkScorerDoes() throws Exception {
        EvaluationResult r = new BodyEvaluator().evaluate(resource("gold.jsonl"), resource("articles.jsonl"));

        assertThat(r.precision()).isCloseTo(0.8666666666666667, within(EXACT));
        assertThat(r.recall()).isCloseTo(0.5729166666666667, within(EXACT));
        assertThat(r.f1()).isCloseTo(0.6898215147129764, within(EXACT));
        assertThat(r.documents()).extracting(DocumentScore::id).containsExactly("a", "b", "c", "d");
        DocumentScore a = r.documents().get(0);
        assertThat(a.precision()).isCloseTo(0.6, within(EXACT));
        assertThat(a.recall()).isCloseTo(0.6666666666666667, within(EXACT));
        assertThat(r.documents().get(2).recall()).isCloseTo(0.625, within(EXACT));
        DocumentScore missing = r.documents().get(3);
        assertThat(missing.predicted()).isFalse();
        assertThat(missing.precision()).isNull();
        assertThat(missing.recall()).isZero();
    }

    @Test
    void linesThatAreNotJsonObjectsAreSkippedAndReported(@TempDir Path temp) throws Exception {
        Path gold = Files.writeString(temp.resolve("gold.jsonl"), """
                {"id": "a", "articleBody": "one two three four five six"}
                {"id": "b", "articleBody": "seven eight nine ten eleven twelve",
                [1, 2]
                """);
        Path articles = Files.writeString(temp.resolve("articles.jsonl"), """
                {"id": "a", "body": "one two three four five six"}
                """);
        List<String> warnings = new ArrayList<>();

        EvaluationResult r = new BodyEvaluator().evaluate(gold, articles, warnings::add);

        assertThat(r.documents()).extracting(DocumentScore::id).containsExactly("a");
        assertThat(r.f1()).isCloseTo(1.0, within(EXACT));
        assertThat(warnings).containsExactly(gold + ": skipped 2 of 3 lines that are not JSON objects (line 2 and more)");
    }

    @Test
    void aGoldFileWithoutDocumentsOrNotInUtf8IsAnErrorNotAScoreOfZero(@TempDir Path temp) throws Exception {
        Path notJson = Files.writeString(temp.resolve("notes.jsonl"), "id;articleBody\na;one two three\n");
        Path latin1 = Files.write(temp.resolve("latin1.jsonl"),
                "{\"id\": \"a\", \"articleBody\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        BodyEvaluator evaluator = new BodyEvaluator();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> evaluator.evaluate(notJson, notJson, w -> { }))
                .withMessage(notJson + " holds no gold document (one {\"id\", \"articleBody\"} object per line)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> evaluator.evaluate(latin1, latin1, w -> { }))
                .withMessage(latin1 + " is not UTF-8 text (JSON Lines files are UTF-8)");
    }

    @Test
    void worstDocumentsShowWhatWasWronglyKeptAndDropped() throws Exception {
        EvaluationResult r = new BodyEvaluator().evaluate(resource("gold.jsonl"), resource("articles.jsonl"));

        assertThat(r.worst(2)).extracting(DocumentScore::id).containsExactly("d", "a");
        DocumentScore a = r.worst(2).get(1);
        assertThat(a.wronglyKept()).containsExactly("Menu Home", "Share this");
        assertThat(a.wronglyDropped()).containsExactly("It was fun");
        assertThat(EvaluationReport.format(r, 2))
                .contains("precision=0.8667 recall=0.5729 f1=0.6898 docs=4 predicted=3")
                .contains("wrongly kept: Menu Home")
                .contains("wrongly dropped: It was fun");
    }

    @Test
    void tokensFollowPythonWordCharacters() {
        assertThat(ShingleMetric.tokens("Ünïcödé wörds_and 123 ² x‿y e\u0301t\u00e9 본문 바로가기"))
                .containsExactly("Ünïcödé", "wörds_and", "123", "²", "x", "y", "e", "té", "본문", "바로가기");
    }

    @Test
    void aShortTextIsOneShingleAndAnEmptyTextNone() {
        assertThat(ShingleMetric.compare("Short text", "Short text").tp()).isEqualTo(1);
        ShingleMetric.Comparison empty = ShingleMetric.compare("", "");
        assertThat(empty.tp() + empty.fp() + empty.fn()).isZero();
    }

    @Test
    void devSplitAgreesWithTheBenchmarkScorerOnRawDumps(@TempDir Path tmp) throws IOException {
        Path dev = Path.of("..", "shared", "eval-dev");
        assumeTrue(Files.isDirectory(dev.resolve("dumps")), "development split not present");
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(dev.resolve("dumps"))) {
            for (Path p : s.sorted().toList()) {
                lines.add(mapper.writeValueAsString(Map.of("source_file", "dumps/" + p.getFileName(),
                        "body", Files.readString(p, StandardCharsets.UTF_8))));
            }
        }
        Path articles = tmp.resolve("raw.jsonl");
        Files.write(articles, lines, StandardCharsets.UTF_8);

        EvaluationResult r = new BodyEvaluator().evaluate(dev.resolve("gold.jsonl"), articles);

        // score.py on the same predictions: precision=0.493817075597578 recall=0.9897496687809507 f1=0.6588922121138834
        assertThat(r.precision()).isCloseTo(0.493817075597578, within(1e-5));
        assertThat(r.recall()).isCloseTo(0.9897496687809507, within(1e-5));
        assertThat(r.f1()).isCloseTo(0.6588922121138834, within(1e-5));
    }
}
