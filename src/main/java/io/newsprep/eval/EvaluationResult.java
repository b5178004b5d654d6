package io.newsprep.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Scores of all gold documents: precision and recall are means over documents, F1 combines the two means. */
public record EvaluationResult(List<DocumentScore> documents) {

    public EvaluationResult {
        documents = List.copyOf(documents);
    }

    public double precision() {
        return documents.stream().map(DocumentScore::precision).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double recall() {
        return documents.stream().map(DocumentScore::recall).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long predictedCount() {
        return documents.stream().filter(DocumentScore::predicted).count();
    }

    /** The k documents with the lowest F1, worst first (ties by id). */
    public List<DocumentScore> worst(int k) {
        return documents.stream()
                .sorted(Comparator.comparingDouble(DocumentScore::f1).thenComparing(DocumentScore::id))
                .limit(k).toList();
    }
}
