package io.newsprep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Scores predicted article bodies against gold bodies with the benchmark's shingle metric. */
public final class BodyEvaluator {

    /** @param articles predicted articles, JSON Lines with an id ({@code id}, {@code source_file}, ...) and {@code body} */
    public EvaluationResult evaluate(Path gold, Path articles) {
        return evaluate(gold, articles, warning -> { });
    }

    /**
     * As {@link #evaluate(Path, Path)}; lines that are not JSON objects are skipped, as the benchmark's scorer
     * skips them, and each file with such lines is reported to {@code warnings} in one line.
     *
     * @throws IllegalArgumentException when a file is not UTF-8 text, or the gold file holds no document
     */
    public EvaluationResult evaluate(Path gold, Path articles, Consumer<String> warnings) {
        JsonlBodies reader = new JsonlBodies(warnings);
        Map<String, String> goldBodies = reader.gold(gold);
        if (goldBodies.isEmpty()) {
            throw new IllegalArgumentException(gold + " holds no gold document (one {\"id\", \"articleBody\"} object per line)");
        }
        return evaluate(goldBodies, reader.predictions(articles, goldBodies.keySet()));
    }

    /** Every gold id is scored; a missing prediction counts as an empty body. */
    public EvaluationResult evaluate(Map<String, String> gold, Map<String, String> predicted) {
        List<DocumentScore> scores = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(gold).entrySet()) {
            String pred = predicted.get(e.getKey());
            scores.add(DocumentScore.of(e.getKey(), ShingleMetric.compare(e.getValue(), pred == null ? "" : pred),
                    pred != null));
        }
        return new EvaluationResult(scores);
    }
}
