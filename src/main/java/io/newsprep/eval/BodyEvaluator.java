package io.newsprep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scores predicted article bodies against gold bodies with the benchmark's shingle metric. */
public final class BodyEvaluator {

    /** @param articles predicted articles, JSON Lines with an id ({@code id}, {@code source_file}, ...) and {@code body} */
    public EvaluationResult evaluate(Path gold, Path articles) {
        JsonlBodies reader = new JsonlBodies();
        Map<String, String> goldBodies = reader.gold(gold);
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
